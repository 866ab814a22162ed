using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;
using Xunit.Abstractions;

namespace GaitCheck.Synth.Tests;

/// <summary>
/// Frontal treadmill walking analysed on the EXACT true landmarks (no rendering, no pose model): the landing foot
/// slows gently to the belt, so its strongest kink comes ~0.2 s before contact; contacts must still be found within
/// ±1 frame (the double-support constraint of GaitEventDetector.Frontal.cs): 9/9 (0/9 before it). Toe-offs: 8/9
/// (the last one, 4 frames from the clip's end, is found 5 frames early; unchanged by that constraint).
/// KNOWN GAP, not asserted: posterior walking contacts are 4-5 frames LATE (0/9), because the stance cue's valley
/// falls on the contact itself (the stance foot slides towards the camera), so the contact lies outside its window.
/// </summary>
public class WalkingFrontalTruthTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(CameraPlacement.Frontal, 0.9, 0.85)]
    public void Walking_contacts_and_toe_offs_within_one_frame(CameraPlacement cam, double minIc, double minTo)
    {
        var sc = ScenarioPresets.Walk("walk-" + cam.ToString().ToLowerInvariant(), cam);
        var truth = SynthRunner.TruthOnly(sc, sc.Name + ".mp4");
        var r = ClipAnalyzer.Analyze(truth.Keypoints);
        Assert.Equal(MovementKind.Walking, r.Movement.Kind);
        foreach (var kind in new[] { TrueEventKind.InitialContact, TrueEventKind.ToeOff })
        {
            int matched = 0, total = 0;
            var want = kind == TrueEventKind.InitialContact ? GaitEventKind.InitialContact : GaitEventKind.ToeOff;
            foreach (var t in truth.Events.Where(e => e.Kind == kind && e.Frame >= 2 && e.Frame <= truth.FrameCount - 3))
            {
                var near = r.Events.Where(e => e.Side == t.Side && e.Kind == want).OrderBy(e => Math.Abs(e.Frame - t.Frame)).FirstOrDefault();
                bool ok = near is not null && Math.Abs(near.Frame - t.Frame) <= 1;
                total++; if (ok) matched++;
                output.WriteLine($"{cam} {t.Side} {kind} truth {t.Frame} found {near?.Frame.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
            }
            Assert.True(total >= 8, $"only {total} true {kind}");
            double min = kind == TrueEventKind.InitialContact ? minIc : minTo;
            Assert.True(matched >= min * total, $"{cam} {kind}: only {matched}/{total} within ±1 frame");
        }
    }
}
