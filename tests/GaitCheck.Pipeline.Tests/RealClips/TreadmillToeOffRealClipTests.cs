using GaitCheck.Analysis;

namespace GaitCheck.Pipeline.Tests.RealClips;

/// <summary>
/// Sagittal toe-offs and contact (stance) times on the real treadmill clip (run-treadmill-sagittal/male_side.mp4,
/// 30 fps) against toe-offs looked up by eye: tests/GaitCheck.Analysis.Tests/Structure/TreadmillManualToeOff.md says
/// how they were made (first frame with the toe tip off the belt, ±1 frame). BlazePose's foot-index point lifts with
/// the heel about 0.1 s before the tip leaves the belt, so the toe-off rule for such a landmark is checked here
/// (GaitEventDetector.Ground.cs).
/// </summary>
[Collection(RealClipCollection.Name)]
public sealed class TreadmillToeOffRealClipTests(RealClipPoses poses)
{
    /// <summary>(GaitCheck's contact frame, manual toe-off frame) per side, from TreadmillManualToeOff.md.</summary>
    private static readonly (int Contact, int ToeOff)[] LeftManual =
        [(37, 47), (122, 132), (144, 154), (165, 175), (187, 197), (208, 218), (293, 303), (314, 324)];

    private static readonly (int Contact, int ToeOff)[] RightManual =
        [(112, 122), (133, 143), (154, 164), (176, 186), (198, 208), (219, 229), (240, 250)];

    /// <summary>Detected toe-offs within ±2 frames of the manual ones for at least 80% of the strides, none off by more than 3.</summary>
    [Fact]
    public void Toe_offs_match_the_manual_toe_offs()
    {
        var s = StructureAnalyzer.Analyze(poses.Sequence(RealClipPoses.Treadmill));
        Assert.Equal(CameraView.LeftSagittal, s.View.View);
        var frames = s.Sequence.Frames;
        var errors = new List<int>();
        var details = new List<string>();
        foreach (var (side, manual) in new[] { (Core.Side.Left, LeftManual), (Core.Side.Right, RightManual) })
        {
            var tos = s.Events.Where(e => e.Side == side && e.Kind == GaitEventKind.ToeOff).Select(e => frames[e.Frame].Index).ToList();
            Assert.NotEmpty(tos);
            foreach (var (_, to) in manual)
            {
                int nearest = tos.MinBy(t => Math.Abs(t - to));
                errors.Add(nearest - to);
                details.Add($"{side} {to}->{nearest}");
            }
        }
        string detail = string.Join("; ", details);
        Assert.All(errors, e => Assert.True(Math.Abs(e) <= 3, detail));
        int within2 = errors.Count(e => Math.Abs(e) <= 2);
        Assert.True(within2 >= 0.8 * errors.Count, $"{within2}/{errors.Count} within ±2: {detail}");
    }

    /// <summary>
    /// Real stances on this clip last about the same on every stride (10 frames from GaitCheck's contact for all 15
    /// looked up): every detected contact time within ±3 frames of its side's median, the two sides' medians within 2.
    /// </summary>
    [Fact]
    public void Contact_times_are_consistent_on_both_feet()
    {
        var s = StructureAnalyzer.Analyze(poses.Sequence(RealClipPoses.Treadmill));
        var medians = new List<double>();
        foreach (var side in new[] { Core.Side.Left, Core.Side.Right })
        {
            var ics = s.Events.Where(e => e.Side == side && e.Kind == GaitEventKind.InitialContact).Select(e => e.Frame).ToList();
            var tos = s.Events.Where(e => e.Side == side && e.Kind == GaitEventKind.ToeOff).Select(e => e.Frame).ToList();
            var contact = new List<int>();
            for (int i = 0; i < ics.Count; i++)
            {
                int next = i + 1 < ics.Count ? ics[i + 1] : int.MaxValue;
                int to = tos.FirstOrDefault(t => t > ics[i] && t < next, -1);
                if (to >= 0) contact.Add(to - ics[i]);
            }
            Assert.True(contact.Count >= 12, $"{side}: {contact.Count} stances");
            double median = contact.OrderBy(c => c).ElementAt(contact.Count / 2);
            string detail = $"{side} contact frames {string.Join(",", contact)} (median {median})";
            Assert.All(contact, c => Assert.True(Math.Abs(c - median) <= 3, detail));
            medians.Add(median);
        }
        Assert.True(Math.Abs(medians[0] - medians[1]) <= 2, $"medians {medians[0]} / {medians[1]}");
    }
}
