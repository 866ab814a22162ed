using GaitCheck.Analysis;

using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests.RealClips;

/// <summary>
/// Rep start and end on the real frontal squat clip (60 fps) against the manual look in
/// tests/GaitCheck.Analysis.Tests/Structure/SquatFrontalManualCount.md ("descent starts ≈ 84-90, ~216, ~360";
/// "back up ≈ ~162, ~290, ~425", read from a contact sheet of every 6th frame).
/// <para>End = where the mid-hip is back within 5% of the rep depth of standing (SquatSegmenter, OpenCap's definition),
/// which is when the eye sees the subject back up: within 10 frames (1/6 s). Start = the same 5% crossing on the way
/// down, which comes before the eye notices the descent on a 6-frame contact sheet (the hip has dropped 10% of the depth
/// by frame 348 of rep 3, noted "~360"): at most 20 frames before the manual frame and at most 6 after it.</para>
/// </summary>
[Collection(RealClipCollection.Name)]
public sealed class SquatFrontalRepEdgeTests(RealClipPoses poses)
{
    private static readonly int[] ManualStart = [87, 216, 360], ManualEnd = [162, 290, 425];

    [Fact]
    public void Rep_ends_match_the_manual_frames_and_starts_come_just_before_the_visible_descent()
    {
        var s = StructureAnalyzer.Analyze(poses.Sequence(RealClipPoses.SquatFrontal));
        Assert.Equal(SquatFrontalManualCount.Reps, s.Reps.Count);
        for (int i = 0; i < s.Reps.Count; i++)
        {
            int start = s.Sequence.Frames[s.Reps[i].StartFrame].Index, end = s.Sequence.Frames[s.Reps[i].EndFrame].Index;
            Assert.InRange(end, ManualEnd[i] - 10, ManualEnd[i] + 10);
            Assert.InRange(start, ManualStart[i] - 20, ManualStart[i] + 6);
        }
    }
}
