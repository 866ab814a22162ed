using GaitCheck.Analysis;
using GaitCheck.Core;

using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Structure;

public sealed class DegenerateInputTests
{
    private static PoseSequence Lost(int n) => new()
    {
        Video = new VideoInfo { Path = "x", Width = 100, Height = 100, Fps = 30 },
        Frames = Enumerable.Range(0, n).Select(i => new PoseFrame
        {
            Index = i, Time = i / 30.0, Status = FrameStatus.Lost,
            Points = Enumerable.Repeat(Keypoint.Missing, Skeleton.Count).ToArray(),
        }).ToList(),
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    public void Lost_or_empty_sequences_give_unknown_view_and_no_structure(int frames)
    {
        var s = StructureAnalyzer.Analyze(Lost(frames));
        Assert.Equal(CameraView.Unknown, s.View.View);
        Assert.Equal(MovementKind.Other, s.Movement);
        Assert.Empty(s.Reps);
        Assert.Empty(s.Events);
        Assert.Empty(s.Strides);
        Assert.Null(s.CadenceStepsPerMinute);
        Assert.Equal(0, s.SwapsRepaired);
    }

    [Fact]
    public void Forced_view_and_movement_are_used()
    {
        var clip = SyntheticSequences.Gait(CameraView.LeftSagittal, 120, 20, 7, new SynthOptions());
        var s = StructureAnalyzer.Analyze(clip.Sequence, new StructureOptions { ForceView = CameraView.LeftSagittal, ForceMovement = MovementKind.Walking });
        Assert.Equal(CameraView.LeftSagittal, s.View.View);
        Assert.Equal(1, s.View.Confidence);
        Assert.Equal(MovementKind.Walking, s.Movement);
        Assert.NotEmpty(s.Strides);
        Assert.Contains("forced", s.View.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, [(15, 15, 10), (15, 15, 10), (15, 15, 10)], new SynthOptions { NoisePx = 1, Seed = 9 });
        var a = StructureAnalyzer.Analyze(clip.Sequence);
        var b = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(a.Reps, b.Reps);
        Assert.Equal(a.Notes, b.Notes);
        Assert.Equal(a.View, b.View);
    }
}
