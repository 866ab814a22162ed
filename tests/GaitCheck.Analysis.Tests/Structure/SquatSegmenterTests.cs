using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

public sealed class SquatSegmenterTests(ITestOutputHelper output)
{
    // Varying tempo (down, up) and pauses between reps, including a long pause and a very short one.
    private static readonly (int, int, int)[] Tempo = [(15, 15, 10), (24, 12, 30), (10, 20, 4), (18, 18, 12), (12, 26, 8)];

    public static TheoryData<CameraView, Side, int> Cases()
    {
        var d = new TheoryData<CameraView, Side, int>();
        int seed = 1;
        foreach (var v in new[] { CameraView.Frontal, CameraView.Posterior, CameraView.LeftSagittal, CameraView.RightSagittal, CameraView.Oblique })
            foreach (var s in new[] { Side.Left, Side.Right }) d.Add(v, s, seed++);
        return d;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_rep_is_found_within_one_frame_with_noise_dropouts_and_pauses(CameraView view, Side stance, int seed)
    {
        var clip = SyntheticSequences.SingleLegSquat(view, stance, Tempo, new SynthOptions { NoisePx = 1.5, DropoutRate = 0.03, Seed = seed });
        var result = StructureAnalyzer.Analyze(clip.Sequence);
        foreach (var r in result.Reps) output.WriteLine($"{r.StartFrame} {r.BottomFrame} {r.EndFrame} depth {r.Depth}");
        output.WriteLine(string.Join(" | ", clip.Reps));
        Assert.Equal(MovementKind.SingleLegSquat, result.Movement);
        Assert.Equal(stance, result.StanceSide);
        Assert.Equal(clip.Reps.Count, result.Reps.Count);
        Assert.True(result.RepsAveragable);
        for (int i = 0; i < clip.Reps.Count; i++)
        {
            var (s, b, e) = clip.Reps[i];
            var r = result.Reps[i];
            Assert.Equal(i + 1, r.Number);
            Assert.Equal(stance, r.StanceSide);
            Assert.InRange(r.StartFrame, s - 1, s + 1);
            Assert.InRange(r.BottomFrame, b - 1, b + 1);
            Assert.InRange(r.EndFrame, e - 1, e + 1);
            Assert.InRange(r.Depth, 0.25 / 0.88 * 0.9, 0.25 / 0.88 * 1.1);
            Assert.Equal(clip.Sequence.Frames[r.BottomFrame].Time, r.BottomTime);
        }
    }

    [Fact]
    public void A_hold_at_the_bottom_does_not_split_a_rep_and_back_to_back_reps_do_not_merge()
    {
        // Rep 2 holds at the bottom via a slow, wobbly path: emulate with two reps sharing no top pause.
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, [(15, 15, 0), (15, 15, 0), (15, 15, 20)], new SynthOptions { NoisePx = 1, Seed = 3 });
        var reps = SquatSegmenter.Segment(clip.Sequence, Side.Left);
        Assert.Equal(3, reps.Count);
        for (int i = 0; i < 3; i++) Assert.InRange(reps[i].BottomFrame, clip.Reps[i].Bottom - 1, clip.Reps[i].Bottom + 1);
    }

    [Fact]
    public void Standing_on_both_feet_before_and_after_the_reps_is_still_a_single_leg_squat()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Right, [(15, 15, 10), (15, 15, 10), (15, 15, 60)],
            new SynthOptions { NoisePx = 1, Seed = 2 }, leadIn: 60, bothFeetDown: 50);
        var result = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(MovementKind.SingleLegSquat, result.Movement);
        Assert.Equal(Side.Right, result.StanceSide);
        Assert.Equal(3, result.Reps.Count);
    }

    [Fact]
    public void Fewer_than_three_reps_are_flagged_as_not_averagable()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Posterior, Side.Right, [(15, 15, 10), (15, 15, 10)], new SynthOptions { NoisePx = 1 });
        var result = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(2, result.Reps.Count);
        Assert.False(result.RepsAveragable);
        Assert.Contains(result.Notes, n => n.Contains("not averaged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rep_cut_off_by_the_clip_end_is_dropped()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, [(15, 15, 10), (15, 15, 10), (15, 15, 0)], new SynthOptions());
        var cut = new PoseSequence { Video = clip.Sequence.Video, Frames = clip.Sequence.Frames.Take(clip.Reps[2].Bottom + 5).ToList() };
        var reps = SquatSegmenter.Segment(cut, Side.Left);
        Assert.Equal(2, reps.Count);
    }

    [Fact]
    public void Standing_still_has_no_reps_and_is_other()
    {
        var clip = SyntheticSequences.Standing(CameraView.Frontal, 90, new SynthOptions { NoisePx = 1.5 });
        var result = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(MovementKind.Other, result.Movement);
        Assert.Empty(result.Reps);
        Assert.Empty(result.Events);
    }
}
