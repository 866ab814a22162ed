using GaitCheck.Analysis;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.Tests.RealClips;

/// <summary>
/// The Pose2Sim single-leg-stance cameras (1080x1920, 60 fps, 100 frames each): cam02 films the subject from the
/// front-ish, cam03 from behind (seen by eye on frame 50 of each). Views must be classified from pose output.
/// </summary>
[Collection(RealClipCollection.Name)]
public sealed class Pose2SimViewTests(RealClipPoses poses)
{
    [Theory]
    [InlineData(RealClipPoses.Pose2SimCam02, CameraView.Frontal)]
    [InlineData(RealClipPoses.Pose2SimCam03, CameraView.Posterior)]
    public void View_is_classified_from_the_landmarks(string clip, CameraView expected)
    {
        var r = poses.Get(clip);
        Assert.Equal(100, r.Frames);
        Assert.True(r.TrackedFraction >= 0.9, $"tracked {r.TrackedFraction:P1}");
        var s = StructureAnalyzer.Analyze(r.Sequence);
        Assert.True(s.View.View == expected, $"{clip}: {s.View.View} ({s.View.Confidence:F2}: {s.View.Reason}), expected {expected}");
    }

    [Fact]
    public void From_behind_the_subjects_left_hip_is_on_the_image_left()
    {
        // Posterior view: the subject's left is on the image LEFT (smaller x), the mirror of the frontal squat check.
        var seq = poses.Sequence(RealClipPoses.Pose2SimCam03);
        var tracked = seq.Frames.Where(f => f.Status != FrameStatus.Lost
            && !f[Landmark.LeftHip].IsMissing && !f[Landmark.RightHip].IsMissing).ToList();
        Assert.True(tracked.Count >= 90, $"{tracked.Count} frames with both hips");
        int correct = tracked.Count(f => f[Landmark.LeftHip].X < f[Landmark.RightHip].X);
        Assert.True(correct >= 0.95 * tracked.Count, $"left hip left of right hip on {correct}/{tracked.Count} frames");
    }
}
