using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

public sealed class GaitEventTests(ITestOutputHelper output)
{
    public static TheoryData<CameraView, bool> Cases()
    {
        var d = new TheoryData<CameraView, bool>();
        foreach (var v in new[] { CameraView.Frontal, CameraView.Posterior, CameraView.LeftSagittal, CameraView.RightSagittal })
            foreach (var run in new[] { true, false }) d.Add(v, run);
        return d;
    }

    private static SynthClip Make(CameraView view, bool running, SynthOptions o) => running
        ? SyntheticSequences.Gait(view, 150, 20, 7, o)
        : SyntheticSequences.Gait(view, 180, 30, 18, o, halfExcursion: 0.25, lift: 0.12);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_data_gives_exact_events_strides_and_cadence(CameraView view, bool running)
    {
        var clip = Make(view, running, new SynthOptions());
        var r = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(running ? MovementKind.Running : MovementKind.Walking, r.Movement);
        AssertEvents(clip, r, tolerance: 0);
        Assert.NotNull(r.CadenceStepsPerMinute);
        Assert.Equal(clip.Cadence!.Value, r.CadenceStepsPerMinute!.Value, 6);
        var st = r.Strides[0];
        Assert.Equal(running ? 20 / 30.0 : 1.0, st.StrideTime, 6);
        Assert.Equal(running ? 7 / 30.0 : 18 / 30.0, st.ContactTime, 6);
        Assert.True(st.ContactFrame < st.MidstanceFrame && st.MidstanceFrame < st.ToeOffFrame && st.ToeOffFrame < st.NextContactFrame);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Noisy_data_with_dropouts_gives_events_within_one_frame(CameraView view, bool running)
    {
        var clip = Make(view, running, new SynthOptions { NoisePx = 1.5, DropoutRate = 0.02, Seed = 11 });
        var r = StructureAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(running ? MovementKind.Running : MovementKind.Walking, r.Movement);
        AssertEvents(clip, r, tolerance: 1);
        Assert.InRange(r.CadenceStepsPerMinute!.Value, clip.Cadence!.Value - 2, clip.Cadence.Value + 2);
    }

    [Fact]
    public void Variable_frame_rate_uses_frame_times()
    {
        var clip = Make(CameraView.LeftSagittal, true, new SynthOptions { TimeJitter = 0.3, Seed = 5 });
        var r = StructureAnalyzer.Analyze(clip.Sequence);
        AssertEvents(clip, r, tolerance: 0);
        foreach (var e in r.Events) Assert.Equal(clip.Sequence.Frames[e.Frame].Time, e.Time);
        Assert.InRange(r.CadenceStepsPerMinute!.Value, 175, 185);
    }

    private void AssertEvents(SynthClip clip, ClipStructure r, int tolerance)
    {
        foreach (var e in r.Events.Where(e => e.Kind != GaitEventKind.Midstance)) output.WriteLine($"got {e.Side} {e.Kind} {e.Frame}");
        foreach (var kind in new[] { GaitEventKind.InitialContact, GaitEventKind.ToeOff, GaitEventKind.Midstance })
            foreach (var side in new[] { Side.Left, Side.Right })
            {
                var truth = clip.Events.Where(e => e.Side == side && e.Kind == kind).Select(e => e.Frame).ToList();
                var got = r.Events.Where(e => e.Side == side && e.Kind == kind).Select(e => e.Frame).ToList();
                // Every true event strictly inside the clip (not at its first/last 2 frames) is found once, within tolerance; nothing spurious.
                var inner = truth.Where(f => f >= 2 && f < clip.Sequence.Frames.Count - 2).ToList();
                foreach (int f in inner) Assert.True(got.Count(g => Math.Abs(g - f) <= tolerance) == 1, $"{side} {kind} at {f}: got [{string.Join(",", got)}]");
                foreach (int g in got) Assert.True(truth.Any(f => Math.Abs(g - f) <= tolerance), $"{side} {kind} spurious at {g}: truth [{string.Join(",", truth)}]");
            }
    }
}
