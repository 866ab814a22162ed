using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Core.Signal;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>
/// Frontal-view events when the pose model rates the swinging foot below visibility 0.5 (as BlazePose does when the
/// foot passes behind the stance leg): the offline filter turns the whole swing into a gap, so the toe-off at its
/// start cannot be seen on the filtered points; events are read from the raw track without the visibility gap
/// (GaitEventDetector.Timing.cs).
/// </summary>
public sealed class LowVisibilitySwingEventTests(ITestOutputHelper output)
{
    [Fact]
    public void Contacts_and_toe_offs_around_a_low_visibility_swing_are_found()
    {
        var clip = SyntheticSequences.Gait(CameraView.Frontal, 240, 42, 15, new SynthOptions { Fps = 60 }, firstLeftIc: 10);
        var swing = new Dictionary<Side, bool[]>();
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            var s = new bool[240];
            var ics = clip.Events.Where(e => e.Side == side && e.Kind == GaitEventKind.InitialContact).Select(e => e.Frame).ToList();
            foreach (var to in clip.Events.Where(e => e.Side == side && e.Kind == GaitEventKind.ToeOff).Select(e => e.Frame))
            {
                int next = ics.Where(f => f > to).DefaultIfEmpty(240).Min();
                for (int i = to + 1; i < next && i < 240; i++) if (i >= 0) s[i] = true;
            }
            swing[side] = s;
        }
        var feet = new[] { Landmark.LeftHeel, Landmark.LeftAnkle, Landmark.LeftFootIndex };
        var frames = clip.Sequence.Frames.Select((f, i) =>
        {
            var pts = (Keypoint[])f.Points.Clone();
            foreach (var side in new[] { Side.Left, Side.Right })
                if (swing[side][i])
                    foreach (var l in feet) { var p = pts[(int)Skeleton.Of(side, l)]; pts[(int)Skeleton.Of(side, l)] = new Keypoint(p.X, p.Y, 0.3f, p.Presence); }
            return new PoseFrame { Index = f.Index, Time = f.Time, Points = pts, Status = f.Status, PoseScore = f.PoseScore };
        }).ToList();
        var lowVis = new PoseSequence { Video = clip.Sequence.Video, Frames = frames, Model = clip.Sequence.Model, Notes = clip.Sequence.Notes };
        var filtered = SequenceFilter.Offline(lowVis, new OfflineFilterOptions());
        // The premise: the filtered points have the swing as a gap.
        Assert.Contains(filtered.Frames, f => f.Points[(int)Landmark.LeftFootIndex].IsMissing || float.IsNaN(f.Points[(int)Landmark.LeftFootIndex].X));

        var got = GaitEventDetector.Detect(filtered, CameraView.Frontal);
        var pointsOnly = new PoseSequence
        {
            Video = filtered.Video, Model = filtered.Model, Filter = filtered.Filter, Notes = filtered.Notes,
            Frames = filtered.Frames.Select(f => new PoseFrame { Index = f.Index, Time = f.Time, Points = f.Points, Status = f.Status, PoseScore = f.PoseScore }).ToList(),
        };
        var old = GaitEventDetector.Detect(pointsOnly, CameraView.Frontal);
        int missedBefore = 0;
        foreach (var side in new[] { Side.Left, Side.Right })
            foreach (var kind in new[] { GaitEventKind.InitialContact, GaitEventKind.ToeOff })
            {
                var truth = clip.Events.Where(e => e.Side == side && e.Kind == kind && e.Frame >= 8 && e.Frame < 232).Select(e => e.Frame).ToList();
                var g = got.Where(e => e.Side == side && e.Kind == kind).Select(e => e.Frame).ToList();
                var o = old.Where(e => e.Side == side && e.Kind == kind).Select(e => e.Frame).ToList();
                output.WriteLine($"{side} {kind}: truth [{string.Join(",", truth)}] raw-tracks [{string.Join(",", g)}] points-only [{string.Join(",", o)}]");
                foreach (int f in truth)
                {
                    Assert.True(g.Count(x => Math.Abs(x - f) <= 1) == 1, $"{side} {kind} {f}: got [{string.Join(",", g)}]");
                    if (!o.Any(x => Math.Abs(x - f) <= 1)) missedBefore++;
                }
            }
        Assert.True(missedBefore > 0, "the visibility gaps no longer hide any event: the test no longer shows the effect");
    }
}
