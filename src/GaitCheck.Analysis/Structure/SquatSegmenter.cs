using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Segments squat repetitions from the mid-hip vertical drop normalised to leg length, in the manner of
/// OpenCap's squat segmentation (stanfordnmbl/opencap-processing, ActivityAnalyses/squat_analysis.py,
/// <c>segment_squat</c>: pelvis height minima by prominence, rep start/end where the signal is back within 5% of
/// the rep's prominence, i.e. <c>peak_widths(rel_height=0.95)</c>; Uhlrich et al. 2023, PLOS Comput Biol 19(10):e1011462).
/// <para>Differences: the drop is the 2D image drop of the mid-hip divided by leg length; a rep's core is found
/// with hysteresis (enter above 40% of the clip's robust depth, leave below 15%), so a pause or wobble at the
/// bottom never splits a rep and a pause at the top always separates two; start and end are found separately,
/// each against its own local top level (the lowest drop between the neighbouring rep and this bottom):
/// start = the last frame at or above the top band (drop ≤ top + 5% of the rep depth) before the descent, end = the
/// first such frame after the ascent. Reps cut off by the clip's start or end are dropped.</para>
/// <para>The band is 5% of the rep depth only where noise needs it: it is 10σ of the raw mid-hip height's noise (robust,
/// from the third difference), at most 5% (OpenCap's band, which any real tracking noise reaches) and at least 0.05% of
/// the depth, so on noise-free data (exact synthetic landmarks) start and end are the onset and the return of the movement (a fixed 5% comes several frames late: the hip's drop grows with the square
/// of the knee angle at first). The bottom is the centre of the flat run within 0.2% of the depth of the
/// deepest point, i.e. mid-pause for a rep that pauses at the bottom.</para>
/// </summary>
public static class SquatSegmenter
{
    public const double EnterFraction = 0.40, ExitFraction = 0.15, EdgeFraction = 0.05;
    /// <summary>Start/end band above the top for noise-free data (fraction of the rep depth), and bottom plateau tolerance (fraction of the clip depth).</summary>
    public const double OnsetFraction = 0.0005, PlateauFraction = 0.002;
    /// <summary>Start/end band in units of the hip height's noise σ: with any real tracking noise it reaches OpenCap's 5%.</summary>
    public const double NoiseBand = 10;
    /// <summary>Smallest robust hip drop, in leg lengths, for a clip to contain squats at all.</summary>
    public const double MinDepth = 0.06;

    /// <summary>The normalised drop series (leg lengths, + = lower than the standing top), NaN where untracked.</summary>
    public static double[] Drop(PoseSequence seq, double leg)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var y = Smooth(FilledHipY(seq), 1);
        double top = Percentile(y, 2);
        return y.Select(v => (v - top) / leg).ToArray();
    }

    public static IReadOnlyList<SquatRep> Segment(PoseSequence seq, Side stanceSide)
    {
        ArgumentNullException.ThrowIfNull(seq);
        double leg = LegLength(seq);
        if (!(leg > 0) || seq.Frames.Count < 5) return [];
        var d = Drop(seq, leg);
        double depth = Percentile(d, 98);
        if (!(depth >= MinDepth)) return [];
        double enter = EnterFraction * depth, exit = ExitFraction * depth;
        // Noise of the RAW mid-hip height (the smoothing of Drop hides most of it from the third difference).
        double noise = NoiseSigma(FilledHipY(seq)) / leg;
        // Cores: above `enter`, until back below `exit`. A core not preceded by a top (below `exit`) since the clip's
        // start, or not closed before its end, is a rep cut off by the clip: kept only to bound its neighbours.
        var cores = new List<(int From, int To, bool Whole)>();
        int startCore = -1;
        bool topSeen = false;
        for (int i = 0; i < d.Length; i++)
        {
            if (double.IsNaN(d[i])) continue;
            if (startCore < 0 && d[i] < exit) topSeen = true;
            if (startCore < 0 && d[i] > enter) startCore = i;
            else if (startCore >= 0 && d[i] < exit) { cores.Add((startCore, i - 1, topSeen)); startCore = -1; topSeen = true; }
        }
        if (startCore >= 0) cores.Add((startCore, d.Length - 1, false));

        // The bottom of a slow rep is flat: find it on a further smoothed copy (triangular 5-point overall), which
        // moves it at most one frame towards the slower side of an asymmetric rep but keeps noise from wandering it.
        var dBottom = Smooth(d, 1);
        var reps = new List<SquatRep>();
        for (int c = 0; c < cores.Count; c++)
        {
            int bottom = PlateauCentre(dBottom, Peaks.ArgMax(dBottom, cores[c].From, cores[c].To), PlateauFraction * depth);
            int prevLimit = c > 0 ? cores[c - 1].To : 0, nextLimit = c + 1 < cores.Count ? cores[c + 1].From : d.Length - 1;
            double topBefore = MinIn(d, prevLimit, bottom), topAfter = MinIn(d, bottom, nextLimit);
            double levelStart = topBefore + Math.Max(OnsetFraction * (d[bottom] - topBefore), Math.Min(NoiseBand * noise, EdgeFraction * (d[bottom] - topBefore)));
            double levelEnd = topAfter + Math.Max(OnsetFraction * (d[bottom] - topAfter), Math.Min(NoiseBand * noise, EdgeFraction * (d[bottom] - topAfter)));
            int start = -1, end = -1;
            for (int i = bottom; i >= prevLimit; i--) if (d[i] <= levelStart) { start = i; break; }
            for (int i = bottom; i <= nextLimit; i++) if (d[i] <= levelEnd) { end = i; break; }
            if (start < 0 || end < 0 || !cores[c].Whole) continue;          // cut off by the clip's edge
            var f = seq.Frames;
            reps.Add(new SquatRep(reps.Count + 1, stanceSide, start, bottom, end, f[start].Time, f[bottom].Time, f[end].Time,
                Math.Round(d[bottom] - Math.Min(topBefore, topAfter), 4)));
        }
        return reps;
    }

    /// <summary>
    /// Centre of the flat bottom around <paramref name="peak"/>: the middle of the run of frames within
    /// <paramref name="tolerance"/> of the peak (a rep with a pause at the bottom has its bottom mid-pause).
    /// </summary>
    private static int PlateauCentre(double[] d, int peak, double tolerance)
    {
        if (peak < 0) return peak;
        int a = peak, b = peak;
        while (a > 0 && d[a - 1] >= d[peak] - tolerance) a--;
        while (b < d.Length - 1 && d[b + 1] >= d[peak] - tolerance) b++;
        return (a + b + 1) / 2;
    }

    /// <summary>Mid-hip image height with gaps up to 0.25 s filled.</summary>
    private static double[] FilledHipY(PoseSequence seq) =>
        FillGaps(MidHipY(seq), Math.Max(2, (int)Math.Round(0.25 / seq.MedianFrameInterval())));

    private static double MinIn(double[] d, int from, int to)
    {
        double m = double.PositiveInfinity;
        for (int i = Math.Max(0, from); i <= Math.Min(d.Length - 1, to); i++) if (double.IsFinite(d[i]) && d[i] < m) m = d[i];
        return double.IsPositiveInfinity(m) ? 0 : m;
    }
}
