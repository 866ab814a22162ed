using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>Sagittal refinement of Zeni's toe-off to the frame the toe actually leaves the ground.</summary>
public static partial class GaitEventDetector
{
    /// <summary>
    /// In a profile view the ground is a fixed image height under the foot, so contact can be read from the foot's
    /// vertical position (as in O'Connor et al. 2007, "Automatic detection of gait events using kinematic data",
    /// Gait &amp; Posture 25:469-474, which times events from foot height). Zeni's IC (heel most anterior) is kept
    /// and bounds each stance; Zeni's TO (toe most posterior) comes late in running, because the toe keeps moving
    /// back after it leaves the belt, so it is moved back. How depends on what the toe landmark is:
    /// <list type="bullet">
    /// <item><b>A point that pivots on the ground</b> (a toe-tip marker, or exact landmarks): during push-off the foot
    /// rotates about the toe tip, so the heel rises while the toe stays down (Novacheck 1998, "The biomechanics of
    /// running", Gait &amp; Posture 7:77-95) and the toe's own departure is the toe-off. TO = the last stance frame,
    /// up to Zeni's TO, at which the toe is within δ of its ground level (the 90th percentile of its image y from IC to
    /// Zeni's TO; image y points down), δ = max(1% of leg length, 3σ), σ = the toe's noise (robust, from the third
    /// difference); but never before the start of the toe's final rise into Zeni's TO (going back while each earlier
    /// frame is lower by more than max(0.2% leg length, 3σ)).</item>
    /// <item><b>A point that rises with the heel</b> (a pose model's foot-index point): BlazePose places it on the
    /// forefoot above and behind the tip, so it lifts from heel-off on, about 0.1 s before the tip leaves the belt
    /// (real treadmill clip: tests/GaitCheck.Analysis.Tests/Structure/TreadmillManualToeOff.md; synthetic validation:
    /// pose toe-offs 3-6 frames early at 60 fps), and its "last frame on the ground" fires early or, when the toe
    /// creeps up through stance, anywhere. TO = the first frame after the toe's lowest stance position at which it is
    /// <see cref="GaitTuning.LiftedToeHeight"/> leg lengths above it, at most Zeni's TO (clearly airborne: about 10× the toe's
    /// noise on real pose output; not tuned to one clip: 0.05-0.08 all keep the real clip's stance times consistent and
    /// the synthetic validation's pose toe-offs at or above their previous accuracy).</item>
    /// </list>
    /// Which one: per side, the median over stances of (toe rise) / (heel rise) from each one's lowest stance
    /// position to Zeni's TO; below <see cref="GaitTuning.PivotRatio"/> the toe pivots (exact synthetic landmarks ~0.26, pose
    /// output of synthetic walking ~0.24), else it rises with the heel (pose output of synthetic running 0.55-0.82,
    /// of the real treadmill clip 0.77-0.87). Where the toe is a gap throughout, Zeni's frame is kept.
    /// </summary>
    private static (List<int> Ics, List<int> Tos) GroundContact(PoseSequence seq, Side side, double leg, List<int> ics, List<int> tos, GaitTuning g)
    {
        var toeY = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), MaxGap(seq, g));
        var heelY = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftHeel)), MaxGap(seq, g));
        int late = Math.Max(2, (int)Math.Round(g.StanceLookbackSeconds / seq.MedianFrameInterval()));
        var stances = tos.Select(to => (Start: StanceStart(ics, to, late), To: to)).ToList();
        var ratios = stances.Select(s => RiseRatio(toeY, heelY, s.Start, s.To)).Where(double.IsFinite).ToList();
        bool pivots = ratios.Count == 0 || Median(ratios) < g.PivotRatio;
        var newTos = pivots
            ? PivotDeparture(toeY, leg, stances, g)
            : stances.Select(s => LiftedToe(toeY, leg, s.Start, s.To, g)).ToList();
        return (ics, newTos);
    }

    private static int StanceStart(List<int> ics, int to, int late)
    {
        int ic = ics.LastOrDefault(i => i < to, -1);
        return ic >= 0 ? ic : Math.Max(0, to - 2 * late);
    }

    /// <summary>The toe pivots on the ground: last frame within δ of the ground level, not before the final rise.</summary>
    private static List<int> PivotDeparture(double[] toeY, double leg, List<(int Start, int To)> stances, GaitTuning g)
    {
        double sigma = NoiseSigma(toeY);
        double dToe = Math.Max(g.ToeGroundBand * leg, g.ToeNoiseFactor * sigma), eps = Math.Max(g.ToeRiseStep * leg, g.ToeNoiseFactor * sigma);
        var result = new List<int>(stances.Count);
        foreach (var (start, to) in stances)
        {
            double ground = StanceLevel(toeY, start, to, g.ToeGroundPercentile);
            int r = to;
            if (double.IsFinite(ground))
                for (int k = to; k > start; k--)
                    if (toeY[k] >= ground - dToe) { r = k; break; }
            // The final rise: back from Zeni's TO while each earlier frame is lower by more than the noise.
            int rise = to;
            while (rise - 1 > start && double.IsFinite(toeY[rise - 1]) && toeY[rise - 1] > toeY[rise] + eps) rise--;
            result.Add(Math.Max(r, rise));
        }
        return result;
    }

    /// <summary>The toe rises with the heel: first frame after its lowest stance point that is clearly above it.</summary>
    private static int LiftedToe(double[] toeY, double leg, int start, int to, GaitTuning g)
    {
        int low = LowestPoint(toeY, start, to);
        if (low < 0) return to;
        double lifted = toeY[low] - g.LiftedToeHeight * leg;
        for (int k = low + 1; k <= to; k++)
            if (double.IsFinite(toeY[k]) && toeY[k] <= lifted) return k;
        return to;
    }

    /// <summary>(toe rise) / (heel rise) from each one's lowest position in [start, to] to frame <paramref name="to"/>.</summary>
    private static double RiseRatio(double[] toeY, double[] heelY, int start, int to)
    {
        int t = LowestPoint(toeY, start, to), h = LowestPoint(heelY, start, to);
        if (t < 0 || h < 0 || !double.IsFinite(toeY[to]) || !double.IsFinite(heelY[to])) return double.NaN;
        double heelRise = heelY[h] - heelY[to];
        return heelRise > 0 ? (toeY[t] - toeY[to]) / heelRise : double.NaN;
    }

    /// <summary>Frame of the largest image y (lowest point) in [from, to], or -1 when all are gaps.</summary>
    private static int LowestPoint(double[] y, int from, int to)
    {
        int best = -1;
        for (int i = Math.Max(0, from); i <= Math.Min(y.Length - 1, to); i++)
            if (double.IsFinite(y[i]) && (best < 0 || y[i] > y[best])) best = i;
        return best;
    }

    private static double StanceLevel(double[] y, int from, int to, double percentile)
    {
        var v = new List<double>();
        for (int i = Math.Max(0, from); i <= Math.Min(y.Length - 1, to); i++) if (double.IsFinite(y[i])) v.Add(y[i]);
        return v.Count >= 2 ? Percentile(v, percentile) : double.NaN;
    }
}
