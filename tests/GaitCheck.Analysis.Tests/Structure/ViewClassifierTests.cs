using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

public sealed class ViewClassifierTests(ITestOutputHelper output)
{
    public static TheoryData<CameraView, string> Cases()
    {
        var d = new TheoryData<CameraView, string>();
        foreach (var v in new[] { CameraView.Frontal, CameraView.Posterior, CameraView.LeftSagittal, CameraView.RightSagittal, CameraView.Oblique })
            foreach (var m in new[] { "sls", "run", "walk", "stand" }) d.Add(v, m);
        return d;
    }

    internal static SynthClip Make(CameraView view, string movement, SynthOptions o) => movement switch
    {
        "sls" => SyntheticSequences.SingleLegSquat(view, Side.Right, [(15, 15, 10), (20, 12, 6), (12, 18, 14)], o),
        "run" => SyntheticSequences.Gait(view, 120, 20, 7, o),
        "walk" => SyntheticSequences.Gait(view, 150, 30, 18, o, halfExcursion: 0.25, lift: 0.12),
        _ => SyntheticSequences.Standing(view, 60, o),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void View_is_found_in_every_view_and_movement(CameraView view, string movement)
    {
        var clip = Make(view, movement, new SynthOptions { NoisePx = 1.5, DropoutRate = 0.02, Seed = 7 });
        var est = ViewClassifier.Classify(clip.Sequence);
        output.WriteLine($"{est.View} {est.Confidence} {est.Reason}");
        Assert.Equal(view, est.View);
        Assert.InRange(est.Confidence, 0.3, 1);
        Assert.False(string.IsNullOrWhiteSpace(est.Reason));
    }

    [Fact]
    public void Posterior_view_is_found_even_when_the_model_labels_it_as_if_frontal()
    {
        var clip = Make(CameraView.Posterior, "sls", new SynthOptions { NoisePx = 1, MirrorAllLabels = true });
        Assert.Equal(CameraView.Posterior, ViewClassifier.Classify(clip.Sequence).View);
    }

    [Fact]
    public void Too_few_tracked_frames_give_unknown()
    {
        var clip = Make(CameraView.Frontal, "stand", new SynthOptions { DropoutRate = 1 });
        Assert.Equal(CameraView.Unknown, ViewClassifier.Classify(clip.Sequence).View);
    }
}
