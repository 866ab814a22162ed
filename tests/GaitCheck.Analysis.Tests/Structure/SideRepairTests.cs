using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

public sealed class SideRepairTests(ITestOutputHelper output)
{
    public static TheoryData<CameraView, string> Cases()
    {
        var d = new TheoryData<CameraView, string>();
        foreach (var v in new[] { CameraView.Frontal, CameraView.Posterior, CameraView.LeftSagittal, CameraView.RightSagittal })
            foreach (var m in new[] { "run", "sls" }) d.Add(v, m);
        return d;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Injected_swaps_are_all_repaired_and_counted(CameraView view, string movement)
    {
        // Swaps of 1, 4 and 9 frames on the legs and one of 6 frames on the arms, at frames where the limbs are apart.
        (string, int, int)[] swaps = movement == "run"
            ? [("legs", 27, 27), ("legs", 46, 49), ("legs", 85, 93), ("arms", 60, 65)]
            : [("legs", 20, 20), ("legs", 40, 43), ("legs", 70, 78), ("arms", 60, 65)];
        var o = new SynthOptions { NoisePx = 1.5, DropoutRate = 0.01, Seed = 3, Swaps = swaps };
        var clip = ViewClassifierTests.Make(view, movement, o);
        var r = StructureAnalyzer.Analyze(clip.Sequence);
        output.WriteLine(string.Join("\n", r.Notes));
        Assert.Equal(view, r.View.View);
        Assert.Equal(swaps.Length, r.SwapsRepaired);
        AssertLabelsMatchTruth(clip, r.Sequence);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_labels_are_left_alone(CameraView view, string movement)
    {
        var clip = ViewClassifierTests.Make(view, movement, new SynthOptions { NoisePx = 1.5, DropoutRate = 0.02, Seed = 4 });
        var r = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(0, r.SwapsRepaired);
        Assert.Same(clip.Sequence, r.Sequence);
    }

    [Fact]
    public void A_posterior_clip_labelled_as_if_frontal_is_relabelled_to_the_anatomical_sides()
    {
        var clip = ViewClassifierTests.Make(CameraView.Posterior, "sls", new SynthOptions { NoisePx = 1, MirrorAllLabels = true });
        var r = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(CameraView.Posterior, r.View.View);
        AssertLabelsMatchTruth(clip, r.Sequence);
        // Posterior view: the subject's left hip is on the image left.
        Assert.All(r.Sequence.Frames, f => Assert.True(f[Landmark.LeftHip].X < f[Landmark.RightHip].X));
        Assert.Equal(Side.Right, r.StanceSide);
    }

    [Fact]
    public void Repair_swaps_raw_and_world_points_with_the_filtered_ones()
    {
        var clip = ViewClassifierTests.Make(CameraView.Frontal, "run", new SynthOptions { Swaps = [("legs", 40, 44)] });
        var frames = clip.Sequence.Frames.Select(f => new PoseFrame
        {
            Index = f.Index, Time = f.Time, Points = f.Points, Raw = (Keypoint[])f.Points.Clone(),
            World = f.Points.Select(p => new WorldPoint(p.X, p.Y, 0)).ToArray(),
        }).ToList();
        var seq = new PoseSequence { Video = clip.Sequence.Video, Frames = frames };
        var rep = SideRepair.Repair(seq, CameraView.Frontal);
        Assert.Equal(1, rep.SwapsRepaired);
        Assert.Equal(5, rep.FramesRelabelled);
        Assert.Equal("5", rep.Sequence.Notes["structure.framesRelabelled"]);
        var f42 = rep.Sequence.Frames[42];
        Assert.Equal(f42.Points[(int)Landmark.LeftKnee], f42.Raw![(int)Landmark.LeftKnee]);
        Assert.Equal(f42.Points[(int)Landmark.LeftKnee].X, f42.World![(int)Landmark.LeftKnee].X);
        Assert.Equal(clip.Truth[42][(int)Landmark.LeftKnee].X, f42.Points[(int)Landmark.LeftKnee].X, 3);
    }

    /// <summary>Every tracked limb point of the repaired sequence is nearer its own true position than its partner's.</summary>
    private static void AssertLabelsMatchTruth(SynthClip clip, PoseSequence repaired)
    {
        int wrong = 0;
        var groups = SyntheticSequences.LegGroup.Concat(SyntheticSequences.ArmGroup).ToArray();
        for (int i = 0; i < repaired.Frames.Count; i++)
            foreach (var l in groups)
            {
                var p = repaired.Frames[i][l];
                if (p.IsMissing) continue;
                var own = clip.Truth[i][(int)l]; var other = clip.Truth[i][(int)Skeleton.Partner(l)];
                double dOwn = Math.Abs(p.X - own.X) + Math.Abs(p.Y - own.Y), dOther = Math.Abs(p.X - other.X) + Math.Abs(p.Y - other.Y);
                if (dOwn > dOther + 1e-3 && Math.Abs(dOwn - dOther) > 8) wrong++;   // ignore points where the two limbs overlap (< 8 px apart)
            }
        Assert.Equal(0, wrong);
    }
}
