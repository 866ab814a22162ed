using GaitCheck.Analysis;
using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>
/// Recognition abstains when the evidence fits no movement: implausible gait, slow-motion playback, a rotated video,
/// a moving camera; and it splits a clip of left-leg then right-leg single-leg squats into its two sets.
/// </summary>
public sealed class RecognitionTests
{
    private static readonly SynthOptions Clean = new() { NoisePx = 0.5, Seed = 3 };

    [Fact]
    public void Plausible_running_and_walking_are_labelled_and_implausible_gait_is_not()
    {
        var run = MovementPlausibility.Gait(new(10, 170, 0.35, 0.25, 1, 0.03));
        Assert.Equal(MovementKind.Running, run.Kind);
        Assert.Equal(1, run.Confidence, 3);
        Assert.Equal(MovementKind.Walking, MovementPlausibility.Gait(new(10, 110, 0.62, 0.62, 1, 0.03)).Kind);
        // A squat read as running at 36 steps/min, and a sprint at 279: no person's gait.
        var slow = MovementPlausibility.Gait(new(4, 36, 0.6, 1.6, 1, 0.1));
        Assert.Null(slow.Kind);
        Assert.Contains("below walking's 60", slow.Reason, StringComparison.Ordinal);
        Assert.Null(MovementPlausibility.Gait(new(8, 279, 0.3, 0.12, 1, 0.05)).Kind);
        Assert.Null(MovementPlausibility.Gait(new(2, 170, 0.35, 0.25, 1, 0.03)).Kind);        // too few strides
        Assert.Null(MovementPlausibility.Gait(new(10, 170, 0.35, 0.25, 0.5, 0.03)).Kind);     // contacts do not alternate
        Assert.Null(MovementPlausibility.Gait(new(10, 170, 0.35, 0.25, 1, 0.4)).Kind);        // stride times do not repeat
        // A label near a limit is not given full confidence.
        var edge = MovementPlausibility.Gait(new(10, 131, 0.35, 0.25, 1, 0.03));
        Assert.Equal(MovementKind.Running, edge.Kind);
        Assert.True(edge.Confidence <= 0.6, $"confidence {edge.Confidence}");
    }

    [Fact]
    public void Slow_motion_running_is_caught_and_read_right_with_the_capture_rate()
    {
        // Running at 180 steps/min filmed at 120 fps and stored for playback at 30: 4 times slower on the file's clock.
        var clip = SyntheticSequences.Gait(CameraView.LeftSagittal, 600, 80, 28, Clean);
        var s = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(MovementKind.Other, s.Movement);
        Assert.True(s.SlowMotionSuspected);
        Assert.Contains("slow-motion", s.NotRecognisedReason, StringComparison.Ordinal);
        Assert.Contains("--capture-fps", s.NotRecognisedReason, StringComparison.Ordinal);
        Assert.Null(s.CadenceStepsPerMinute);

        var real = StructureAnalyzer.Analyze(clip.Sequence, new StructureOptions { CaptureFps = 120 });
        Assert.Equal(MovementKind.Running, real.Movement);
        Assert.InRange(real.CadenceStepsPerMinute!.Value, 175, 185);
        // The container's capture rate does the same.
        var tagged = new PoseSequence { Video = clip.Sequence.Video with { CaptureFps = 120 }, Frames = clip.Sequence.Frames, Model = "synthetic" };
        Assert.Equal(MovementKind.Running, StructureAnalyzer.Analyze(tagged).Movement);
    }

    [Fact]
    public void Left_then_right_leg_reps_in_one_clip_are_two_sets_compared_side_by_side()
    {
        var reps = new[] { (15, 15, 10), (15, 15, 10), (15, 15, 10) };
        var left = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, reps, Clean);
        var right = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Right, reps, Clean);
        var both = Concat(left.Sequence, right.Sequence);
        var s = StructureAnalyzer.Analyze(both);
        Assert.Equal(MovementKind.SingleLegSquat, s.Movement);
        Assert.Null(s.StanceSide);
        Assert.Equal(3, s.Reps.Count(r => r.StanceSide == Side.Left));
        Assert.Equal(3, s.Reps.Count(r => r.StanceSide == Side.Right));
        Assert.True(s.Reps.Where(r => r.StanceSide == Side.Left).Max(r => r.EndFrame) < s.Reps.Where(r => r.StanceSide == Side.Right).Min(r => r.StartFrame));
        Assert.Contains(s.Notes, n => n.StartsWith("both legs:", StringComparison.Ordinal));
        var fppa = ClipAnalyzer.FromStructure(s).Metric(MetricCatalog.Fppa)!;
        Assert.Equal(2, fppa.Sides.Count);
        Assert.NotNull(fppa.Asymmetry);
    }

    [Fact]
    public void A_rotated_video_is_not_recognised()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, [(15, 15, 10), (15, 15, 10), (15, 15, 10)], Clean);
        var seq = clip.Sequence;
        var rotated = new PoseSequence
        {
            Video = seq.Video with { Width = seq.Video.Height, Height = seq.Video.Width },
            Frames = seq.Frames.Select(f => new PoseFrame
            {
                Index = f.Index, Time = f.Time, Status = f.Status, PoseScore = f.PoseScore,
                Points = f.Points.Select(p => p with { X = seq.Video.Height - p.Y, Y = p.X }).ToArray(),   // 90° clockwise
            }).ToList(),
            Model = "synthetic",
        };
        var s = StructureAnalyzer.Analyze(rotated);
        Assert.Equal(MovementKind.Other, s.Movement);
        Assert.Contains("not upright", s.NotRecognisedReason, StringComparison.Ordinal);
        Assert.Empty(ClipAnalyzer.FromStructure(s).Findings);
    }

    [Fact]
    public void A_moving_camera_gives_no_label_and_no_findings_even_when_the_movement_is_forced()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, [(15, 15, 10), (15, 15, 10), (15, 15, 10)], Clean);
        var panned = new PoseSequence
        {
            Video = clip.Sequence.Video, Frames = clip.Sequence.Frames, Model = "synthetic",
            Notes = new SortedDictionary<string, string>(StringComparer.Ordinal) { [CameraMotion.PanNote] = "0.5000", [CameraMotion.PanMaxNote] = "0.6000" },
        };
        var s = StructureAnalyzer.Analyze(panned);
        Assert.Equal(MovementKind.Other, s.Movement);
        Assert.Contains("camera moves", s.NotRecognisedReason, StringComparison.Ordinal);

        var forced = ClipAnalyzer.Analyze(panned, new AnalysisOptions { ForceMovement = MovementKind.SingleLegSquat });
        Assert.Equal(MovementKind.SingleLegSquat, forced.Movement.Kind);
        Assert.NotNull(forced.Movement.CameraMoving);
        Assert.Empty(forced.Findings);
        Assert.All(forced.Drivers, d => Assert.Equal(DriverStatus.NotAssessed, d.Status));

        // The same clip from a fixed camera is a single-leg squat.
        Assert.Equal(MovementKind.SingleLegSquat, StructureAnalyzer.Analyze(clip.Sequence).Movement);
    }

    [Fact]
    public void Feet_that_alternate_are_never_a_double_leg_squat()
    {
        // Slow walking-like stepping whose hips bob: implausible gait, and not a squat either.
        var clip = SyntheticSequences.Gait(CameraView.Frontal, 240, 60, 20, Clean, halfExcursion: 0.25, lift: 0.2);
        var s = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.NotEqual(MovementKind.DoubleLegSquat, s.Movement);
    }

    private static PoseSequence Concat(PoseSequence a, PoseSequence b)
    {
        double dt = 1 / a.Video.Fps, offset = a.Frames[^1].Time + dt;
        var frames = a.Frames.Concat(b.Frames.Select(f => new PoseFrame
        {
            Index = f.Index + a.Frames.Count, Time = f.Time + offset, Status = f.Status, PoseScore = f.PoseScore, Points = f.Points,
        })).ToList();
        return new PoseSequence
        {
            Video = a.Video with { FrameCount = frames.Count, DurationSeconds = frames.Count * dt }, Frames = frames, Model = "synthetic",
        };
    }
}
