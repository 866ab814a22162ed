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
    /// and bounds each stance; then
    /// <list type="bullet">
    /// <item>the ground level of a stance is the 90th percentile of the toe's image y from IC to Zeni's TO (image
    /// y points down);</item>
    /// <item>TO = the last frame of the stance, up to Zeni's TO, at which the toe is within δ of its ground level:
    /// in running the toe keeps moving back after it leaves the belt, so Zeni's TO comes 4–6 frames late at
    /// 60 fps;</item>
    /// <item>δ = max(1% of leg length, 3σ), σ = the toe's noise (robust, from the third difference);</item>
    /// <item>but never before the start of the toe's final rise into Zeni's TO (going back while each earlier frame
    /// is lower by more than max(0.2% leg length, 3σ)): a pose model's toe may creep up during stance, which would
    /// otherwise put TO early in the stance.</item>
    /// </list>
    /// Where the toe is a gap throughout, Zeni's frame is kept.
    /// </summary>
    private static (List<int> Ics, List<int> Tos) GroundContact(PoseSequence seq, Side side, double leg, List<int> ics, List<int> tos)
    {
        var toeY = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), MaxGap(seq));
        double sigma = NoiseSigma(toeY);
        double dToe = Math.Max(0.01 * leg, 3 * sigma), eps = Math.Max(0.002 * leg, 3 * sigma);
        int late = Math.Max(2, (int)Math.Round(0.15 / seq.MedianFrameInterval()));
        var newIcs = ics;
        var newTos = new List<int>(tos.Count);
        foreach (int to in tos)
        {
            int ic = newIcs.LastOrDefault(i => i < to, -1);
            int start = ic >= 0 ? ic : Math.Max(0, to - 2 * late);
            double ground = StanceLevel(toeY, start, to);
            int r = to;
            if (double.IsFinite(ground))
                for (int k = to; k > start; k--)
                    if (toeY[k] >= ground - dToe) { r = k; break; }
            // The final rise: back from Zeni's TO while each earlier frame is lower by more than the noise.
            int rise = to;
            while (rise - 1 > start && double.IsFinite(toeY[rise - 1]) && toeY[rise - 1] > toeY[rise] + eps) rise--;
            newTos.Add(Math.Max(r, rise));
        }
        return (newIcs, newTos);
    }

    private static double StanceLevel(double[] y, int from, int to)
    {
        var v = new List<double>();
        for (int i = Math.Max(0, from); i <= Math.Min(y.Length - 1, to); i++) if (double.IsFinite(y[i])) v.Add(y[i]);
        return v.Count >= 2 ? Percentile(v, 90) : double.NaN;
    }
}
