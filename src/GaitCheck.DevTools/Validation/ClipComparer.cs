using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;

namespace GaitCheck.DevTools.Validation;

/// <summary>
/// Compares one clip's analysis with its ground truth. Reps are matched when a detected rep of the same stance
/// side has its bottom inside the true rep; strides by the nearest detected midstance / contact of the same
/// side (within half a stride); a true gait event with no detection of its side and kind within half a stride counts as
/// not found. Event frames are the decoded video frame numbers on both sides. Every metric is
/// compared at the TRUE event, so an event-detection error shows up as a metric error, as it would for a user.
/// </summary>
public static class ClipComparer
{
    /// <summary>True gait events this close to either end of the clip are not scored (no full stride around them).</summary>
    public const double EdgeSeconds = 0.2;

    public static void Compare(GroundTruth truth, AnalysisResult pose, PoseSequence poseSeq, AnalysisResult onTruth, ValidationRun run)
    {
        string clip = truth.Scenario.Name, view = truth.View.ToString(), mv = truth.Scenario.Movement.ToString();
        if (truth.Reps.Count > 0)
        {
            foreach (var r in truth.Reps)
            {
                var d = MatchRep(pose, r);
                var dt = MatchRep(onTruth, r);
                run.Events.Add(new EventCheck(clip, view, mv, "rep start", r.StanceSide, r.StartFrame, d is null ? null : VideoFrame(poseSeq, d.StartFrame), dt?.StartFrame));
                run.Events.Add(new EventCheck(clip, view, mv, "rep bottom", r.StanceSide, r.BottomFrame, d?.BottomVideoFrame, dt?.BottomFrame));
                run.Events.Add(new EventCheck(clip, view, mv, "rep end", r.StanceSide, r.EndFrame, d is null ? null : VideoFrame(poseSeq, d.EndFrame), dt?.EndFrame));
                foreach (var tv in truth.Values.Where(v => v.Event == "bottom" && v.Frame == r.BottomFrame))
                    run.Metrics.Add(new MetricCheck(clip, view, mv, tv.Metric, tv.Side, tv.Event, tv.Frame, tv.Value, Get(d?.Values, tv.Metric), Get(dt?.Values, tv.Metric)));
            }
            return;
        }
        double fps = truth.Fps, dur = truth.FrameCount / fps;
        int strideFrames = (int)Math.Round(fps * 120 / truth.Scenario.Gait.CadenceStepsPerMinute);
        foreach (var e in truth.Events.Where(e => e.Kind != TrueEventKind.Midstance && e.Time >= EdgeSeconds && e.Time <= dur - EdgeSeconds))
        {
            var kind = e.Kind == TrueEventKind.InitialContact ? GaitEventKind.InitialContact : GaitEventKind.ToeOff;
            run.Events.Add(new EventCheck(clip, view, mv, e.Kind.ToString(), e.Side, e.Frame,
                MatchEvent(pose.Events, e.Side, kind, e.Frame, strideFrames), MatchEvent(onTruth.Events, e.Side, kind, e.Frame, strideFrames)));
        }
        foreach (var tv in truth.Values)
        {
            if (tv.Event == "clip")
            {
                run.Metrics.Add(new MetricCheck(clip, view, mv, tv.Metric, tv.Side, tv.Event, tv.Frame, tv.Value, ClipMean(pose, tv.Metric), ClipMean(onTruth, tv.Metric)));
                continue;
            }
            bool mid = tv.Event == "midstance";
            double measured = Get(MatchStride(pose, poseSeq, tv, mid, strideFrames)?.Values, tv.Metric);
            double exact = Get(MatchStride(onTruth, truth.Keypoints, tv, mid, strideFrames)?.Values, tv.Metric);
            run.Metrics.Add(new MetricCheck(clip, view, mv, tv.Metric, tv.Side, tv.Event, tv.Frame, tv.Value, measured, exact));
        }
    }

    /// <summary>
    /// Video frame of the detected event of this side and kind nearest the true one, or null when there is none within
    /// half a stride (<paramref name="strideFrames"/>): an event further away belongs to another stride, so the true
    /// event was not found (rather than matched to a neighbour's detection).
    /// </summary>
    public static int? MatchEvent(IEnumerable<EventRow> detected, Side side, GaitEventKind kind, int trueFrame, int strideFrames)
    {
        var best = detected.Where(x => x.Side == side && x.Kind == kind).OrderBy(x => Math.Abs(x.VideoFrame - trueFrame)).ThenBy(x => x.VideoFrame).FirstOrDefault();
        return best is not null && 2 * Math.Abs(best.VideoFrame - trueFrame) <= strideFrames ? best.VideoFrame : null;
    }

    private static RepRow? MatchRep(AnalysisResult a, TruthRep r) =>
        a.Reps.Where(d => d.StanceSide == r.StanceSide && d.BottomVideoFrame >= r.StartFrame && d.BottomVideoFrame <= r.EndFrame)
              .OrderBy(d => Math.Abs(d.BottomVideoFrame - r.BottomFrame)).FirstOrDefault();

    private static StrideRow? MatchStride(AnalysisResult a, PoseSequence seq, TruthValue tv, bool midstance, int strideFrames) =>
        a.Strides.Where(s => tv.Side is null || s.Side == tv.Side)
            .Select(s => (s, d: Math.Abs((midstance ? s.MidstanceVideoFrame : VideoFrame(seq, s.ContactFrame)) - tv.Frame)))
            .Where(x => x.d <= strideFrames / 2).OrderBy(x => x.d).Select(x => x.s).FirstOrDefault();

    /// <summary>Decoded video frame number of sequence frame <paramref name="i"/> (i itself when out of range).</summary>
    private static int VideoFrame(PoseSequence s, int i) => i >= 0 && i < s.Frames.Count ? s.Frames[i].Index : i;

    private static double ClipMean(AnalysisResult a, string metric) =>
        a.Metric(metric) is { Reported: true } m && m.Sides.Count > 0 ? m.Sides.Average(s => s.Mean) : double.NaN;

    private static double Get(IReadOnlyDictionary<string, double>? values, string metric) =>
        values != null && values.TryGetValue(metric, out double v) ? v : double.NaN;
}
