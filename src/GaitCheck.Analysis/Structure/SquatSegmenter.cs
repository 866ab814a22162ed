using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Segments squat repetitions from the mid-hip vertical drop normalised to leg length, in the manner of
/// OpenCap's squat segmentation (stanfordnmbl/opencap-processing, ActivityAnalyses/squat_analysis.py,
/// <c>segment_squat</c>: pelvis height minima by prominence; rep start/end where the signal is back within 5% of
/// the rep's depth of the standing top, <c>peak_widths(rel_height=0.95)</c>, interpolated and rounded to the nearest
/// frame; Uhlrich et al. 2023, PLOS Comput Biol 19(10):e1011462).
/// <para>Event definitions (the same in the synthetic ground truth, GaitCheck.Synth TruthBuilder):
/// start = the frame nearest to where the drop, on the way down, crosses the standing top + 5% of the rep depth;
/// end = the same crossing on the way up; bottom = the middle of the time the drop spends within
/// <see cref="SquatTuning.BottomFraction"/> of the rep depth of its deepest point (mid-pause for a rep that holds at the bottom).</para>
/// <para>Differences from OpenCap: the drop is the 2D image drop of the mid-hip divided by leg length; a rep's core is
/// found with hysteresis (enter above 40% of the clip's robust depth, leave below 15%), so a pause or wobble at the
/// bottom never splits a rep and a pause at the top always separates two; start and end are found separately, each
/// against its own standing top, fitted as the median of the standing frames next to the crossing (<see cref="SquatEdges"/>)
/// rather than taken as the minimum, which landmark noise and drift pull low. Reps cut off by the clip's start or end
/// are dropped.</para>
/// <para>Why the bottom band is 10% and not narrower: BlazePose's mid-hip wanders slowly by 4-8% of the depth while the
/// body is still at the bottom (measured against exact truth on the synthetic grid: 1.3-2.7 px on a 30-36 px drop, a
/// drift, not white jitter: its frame-to-frame jitter is 0.15-0.2 px, so it cannot be estimated from the signal's
/// roughness); the middle of a narrower band follows the drift. On a rep whose descent and ascent take different times the middle of the band is not the middle of
/// the bottom (≈ 0.1 × (ascent − descent time) off for a cosine-shaped approach); that part is corrected from the
/// measured times of the descent and the ascent outside the band (<see cref="SquatTuning.ApproachRatio"/>).</para>
/// </summary>
public static class SquatSegmenter
{
    /// <summary>Start/end band above the standing top (fraction of the rep depth): OpenCap's 5% (<see cref="SquatTuning.EdgeFraction"/> of <see cref="AnalysisTuning.Default"/>).</summary>
    public static double EdgeFraction => AnalysisTuning.Default.Squat.EdgeFraction;

    /// <summary>The normalised drop series (leg lengths, + = lower than the standing top), NaN where untracked.</summary>
    public static double[] Drop(PoseSequence seq, double leg, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var t = (tuning ?? AnalysisTuning.Default).Squat;
        var y = Smooth(FilledHipY(seq, t), 1);
        double top = Percentile(y, t.TopPercentile);
        return y.Select(v => (v - top) / leg).ToArray();
    }

    public static IReadOnlyList<SquatRep> Segment(PoseSequence seq, Side stanceSide, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var t = (tuning ?? AnalysisTuning.Default).Squat;
        double leg = PoseAccess.LegLength(seq);
        if (!(leg > 0) || seq.Frames.Count < 5) return [];
        var d = Drop(seq, leg, tuning);
        double depth = Percentile(d, t.DepthPercentile);
        if (!(depth >= t.MinDepth)) return [];
        double enter = t.EnterFraction * depth, exit = t.ExitFraction * depth;
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

        int baselineFrames = Math.Max(3, (int)Math.Round(t.BaselineSeconds / seq.MedianFrameInterval()));
        var reps = new List<SquatRep>();
        for (int c = 0; c < cores.Count; c++)
        {
            if (!cores[c].Whole) continue;                                   // cut off by the clip's edge
            int peak = Peaks.ArgMax(d, cores[c].From, cores[c].To);
            if (peak < 0) continue;
            int prevLimit = c > 0 ? cores[c - 1].To : 0, nextLimit = c + 1 < cores.Count ? cores[c + 1].From : d.Length - 1;
            var (startPos, topBefore) = SquatEdges.Edge(d, peak, prevLimit, -1, baselineFrames, t);
            var (endPos, topAfter) = SquatEdges.Edge(d, peak, nextLimit, +1, baselineFrames, t);
            if (double.IsNaN(startPos) || double.IsNaN(endPos)) continue;    // never back at the top: cut off
            double repDepth = d[peak] - Math.Max(topBefore, topAfter);
            var (bandIn, bandOut) = SquatEdges.BottomBand(d, peak, cores[c].From, cores[c].To, t.BottomFraction * repDepth);
            // Middle of the bottom band, corrected for unequal descent and ascent times: with flanks of one shape scaled
            // in time, the band is entered ApproachRatio × (entry − start) before the descent stops and left
            // ApproachRatio × (end − exit) after the ascent starts.
            double bottomPos = (bandIn + bandOut) / 2 + t.ApproachRatio * ((bandIn - startPos) - (endPos - bandOut)) / 2;
            bottomPos = Math.Clamp(bottomPos, bandIn, bandOut);
            int start = (int)Math.Round(startPos), end = (int)Math.Round(endPos);   // np.rint, as OpenCap
            int bottom = Math.Clamp((int)Math.Round(bottomPos), start + 1, Math.Max(start + 1, end - 1));
            if (!(start < bottom && bottom < end)) continue;
            var f = seq.Frames;
            double atBottom = double.IsFinite(d[bottom]) ? d[bottom] : d[peak];
            reps.Add(new SquatRep(reps.Count + 1, stanceSide, start, bottom, end, f[start].Time, f[bottom].Time, f[end].Time,
                Math.Round(atBottom - Math.Min(topBefore, topAfter), 4)));
        }
        return reps;
    }

    /// <summary>Mid-hip image height with gaps up to <see cref="SquatTuning.MaxGapSeconds"/> filled.</summary>
    private static double[] FilledHipY(PoseSequence seq, SquatTuning t) =>
        FillGaps(MidHipY(seq), Math.Max(2, (int)Math.Round(t.MaxGapSeconds / seq.MedianFrameInterval())));
}
