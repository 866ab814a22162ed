using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Core.Signal;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>
/// Sagittal contacts on pose output that went through the offline 6 Hz Butterworth (as `gaitcheck pose` writes it,
/// with the unfiltered model output kept in <see cref="PoseFrame.Raw"/>): the low-pass moves the heel's
/// asymmetric anterior peak, so Zeni's contact must be timed on the unfiltered track (GaitEventDetector.Timing.cs).
/// </summary>
public sealed class FilteredLandmarkEventTests(ITestOutputHelper output)
{
    /// <summary>60 fps running at 171 steps/min (stride 42 frames, stance 15): the synthetic validation's running clips.</summary>
    private static SynthClip Run(CameraView view, double noisePx) =>
        SyntheticSequences.Gait(view, 240, 42, 15, new SynthOptions { Fps = 60, NoisePx = noisePx, Seed = 7 }, firstLeftIc: 10);

    private static List<int> Contacts(IEnumerable<GaitEvent> events, Side side) =>
        events.Where(e => e.Side == side && e.Kind == GaitEventKind.InitialContact).Select(e => e.Frame).ToList();

    [Theory]
    [InlineData(CameraView.LeftSagittal, 0.0, 0)]
    [InlineData(CameraView.RightSagittal, 0.0, 0)]
    [InlineData(CameraView.LeftSagittal, 1.0, 1)]
    [InlineData(CameraView.RightSagittal, 1.0, 1)]
    public void Contacts_on_low_passed_pose_output_are_timed_on_the_unfiltered_heel(CameraView view, double noisePx, int tolerance)
    {
        var clip = Run(view, noisePx);
        var filtered = SequenceFilter.Offline(clip.Sequence, new OfflineFilterOptions());
        Assert.All(filtered.Frames, f => Assert.NotNull(f.Raw));
        var withRaw = GaitEventDetector.Detect(filtered, view);
        // The premise: on the low-passed landmarks alone (no Raw), the heel's peak moves off the true contact.
        var lowPassedOnly = new PoseSequence
        {
            Frames = filtered.Frames.Select(f => new PoseFrame { Index = f.Index, Time = f.Time, Points = f.Points, Status = f.Status, PoseScore = f.PoseScore }).ToList(),
            Video = filtered.Video, Model = filtered.Model, Filter = filtered.Filter, Notes = filtered.Notes,
        };
        var without = GaitEventDetector.Detect(lowPassedOnly, view);
        int shifted = 0;
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            var truth = Contacts(clip.Events, side).Where(f => f >= 5 && f < 235).ToList();
            var got = Contacts(withRaw, side);
            var old = Contacts(without, side);
            output.WriteLine($"{side}: truth [{string.Join(",", truth)}] unfiltered-timed [{string.Join(",", got)}] filtered-only [{string.Join(",", old)}]");
            foreach (int f in truth)
            {
                Assert.True(got.Count(g => Math.Abs(g - f) <= tolerance) == 1, $"{side} contact {f}: got [{string.Join(",", got)}]");
                if (!old.Any(g => Math.Abs(g - f) <= tolerance)) shifted++;
            }
        }
        Assert.True(shifted > 0, "the 6 Hz low-pass did not move any contact: the test no longer shows the effect");
    }
}
