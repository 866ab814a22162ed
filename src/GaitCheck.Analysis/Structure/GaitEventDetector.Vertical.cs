using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>Gait events from vertical foot trajectories (frontal and posterior views; toe-off refinement in sagittal views).</summary>
public static partial class GaitEventDetector
{
    private static List<GaitEvent> Vertical(PoseSequence seq, Side side, double leg, GaitTuning g)
    {
        var found = VerticalCandidates(seq, side, g);
        if (found is null) return [];
        // Each foot's trajectory also kinks at the other foot's events: anchor on the stance phases (GaitEventDetector.Frontal.cs).
        var kinks = found.Concat(VerticalCandidates(seq, side == Side.Left ? Side.Right : Side.Left, g) ?? []).ToList();
        if (StanceAnchored(seq, side, leg, kinks, g) is { } anchored)
            return Assemble(seq, side, anchored.Ics, anchored.Tos, (ic, to) => (ic + to + 1) / 2);
        // Contacts and toe-offs alternate: of two same-kind candidates in a row less than 0.3 s apart keep the stronger
        // (further apart, the event between them was simply missed).
        int close = MinDistance(seq, g);
        for (int i = found.Count - 1; i > 0; i--)
            if (i < found.Count && found[i].Ic == found[i - 1].Ic && found[i].Frame - found[i - 1].Frame < close)
                found.RemoveAt(found[i].Strength > found[i - 1].Strength ? i - 1 : i);
        var ics = found.Where(f => f.Ic).Select(f => f.Frame).ToList();
        var tos = found.Where(f => !f.Ic).Select(f => f.Frame).ToList();
        return Assemble(seq, side, ics, tos, (ic, to) => (ic + to + 1) / 2);
    }

    /// <summary>
    /// Kinks of one foot's vertical trajectory: peaks of the upward acceleration of its mean y (heel, ankle, toe) above
    /// 25% of its 97th percentile and 3× its noise, typed IC (the foot came down into it) or TO, refined on the heel (IC)
    /// or toe (TO) to ±1 frame (Frame; Peak = the unrefined frame of the acceleration peak); null when there is no clear signal.
    /// </summary>
    private static List<(int Frame, bool Ic, double Strength, int Peak)>? VerticalCandidates(PoseSequence seq, Side side, GaitTuning g)
    {
        int gap = MaxGap(seq, g);
        var heel = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftHeel)), gap);
        var toe = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), gap);
        int n = heel.Length;
        var foot = FootY(seq, side, g);      // less noisy detection signal
        var (d2, noise) = UpwardAcceleration(foot);
        double strong = Percentile(d2, g.KinkPercentile);
        double tau = Math.Max(g.KinkShare * strong, g.KinkNoiseFactor * noise);
        if (!(strong > 0) || !(tau > 0)) return null;
        var found = new List<(int Frame, bool Ic, double Strength, int Peak)>();
        foreach (int k in Peaks.Find(d2, tau, 3))
        {
            if (d2[k] < tau || k < 3 || k > n - 4) continue;
            // IC: the foot came down into k (was higher before); TO: it goes up after k.
            double before = foot[k] - Min(foot, k - 3, k - 1), after = foot[k] - Min(foot, k + 1, k + 3);
            if (!double.IsFinite(before) || !double.IsFinite(after)) continue;
            bool ic = before > after;
            int r = ArgMinSecondDiff(ic ? heel : toe, k - 1, k + 1);
            found.Add((r >= 0 ? r : k, ic, d2[k], k));
        }
        return found;
    }

    /// <summary>
    /// Change of velocity across each frame over a ±2-frame baseline, + = upward in the image (y points down): a kink
    /// at k gives its full velocity change at k and half at k±1, with half the noise of the ±1-frame second
    /// difference. Noise = its standard deviation estimated from the third difference (zero for smooth motion,
    /// std σ√20) robustly (MAD), scaled to σ√6/2.
    /// </summary>
    private static (double[] D2, double Noise) UpwardAcceleration(double[] y)
    {
        int n = y.Length;
        var d2 = new double[n];
        Array.Fill(d2, double.NaN);
        for (int k = 2; k < n - 2; k++) d2[k] = -(y[k + 2] - 2 * y[k] + y[k - 2]) / 2;
        return (d2, NoiseSigma(y) * Math.Sqrt(6) / 2);
    }

    /// <summary>
    /// Zeni's toe-off (maximum posterior toe excursion) comes late in running, where the foot keeps moving back after
    /// it leaves the belt. Each TO is moved to the toe's vertical take-off (sharpest upward acceleration of toe y,
    /// between the same foot's last contact and Zeni's TO) when that take-off stands clearly above the noise.
    /// </summary>
    private static List<int> TakeOff(PoseSequence seq, Side side, List<int> ics, List<int> tos, GaitTuning g)
    {
        var toeY = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), MaxGap(seq, g));
        var (d2, noise) = UpwardAcceleration(toeY);
        double tau = Math.Max(g.KinkNoiseFactor * noise, g.KinkShare * Percentile(d2, g.KinkPercentile));
        var r = new List<int>();
        foreach (int to in tos)
        {
            int ic = ics.LastOrDefault(i => i < to, -1);
            int best = -1;
            for (int k = Math.Max(ic + 3, to - MinDistance(seq, g)); k <= to && k < toeY.Length - 3; k++)
            {
                if (!double.IsFinite(d2[k]) || d2[k] < tau || (best >= 0 && d2[k] <= d2[best])) continue;
                // A take-off rises afterwards more than it came down before (not the landing's echo).
                double before = toeY[k] - Min(toeY, k - 3, k - 1), after = toeY[k] - Min(toeY, k + 1, k + 3);
                if (after > before) best = k;
            }
            r.Add(ic >= 0 && best >= 0 ? best : to);
        }
        return r;
    }

    private static double Min(double[] x, int from, int to)
    {
        double m = double.PositiveInfinity;
        for (int i = Math.Max(0, from); i <= Math.Min(x.Length - 1, to); i++) if (x[i] < m) m = x[i];
        return m;
    }

    /// <summary>Frame of the most negative second difference (sharpest upward acceleration in image y, which points down).</summary>
    private static int ArgMinSecondDiff(double[] y, int from, int to)
    {
        int best = -1; double bv = double.PositiveInfinity;
        for (int k = Math.Max(1, from); k <= Math.Min(y.Length - 2, to); k++)
        {
            double d2 = y[k + 1] - 2 * y[k] + y[k - 1];
            if (double.IsFinite(d2) && d2 < bv) { bv = d2; best = k; }
        }
        return best;
    }

    private static List<int> Refine(double[] raw, List<int> peaks, int half = 2)
    {
        var r = new List<int>();
        foreach (int p in peaks)
        {
            int q = Peaks.ArgMax(raw, p - half, p + half);
            if (q >= 0 && (r.Count == 0 || r[^1] != q)) r.Add(q);
        }
        return r;
    }

}
