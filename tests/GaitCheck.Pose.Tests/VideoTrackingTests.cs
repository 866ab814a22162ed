using GaitCheck.Core;
using Xunit.Abstractions;

namespace GaitCheck.Pose.Tests;

/// <summary>
/// Tracking on real clips with the FULL model (raw landmarks, no filter): the assessed person is tracked on
/// ≥ 98% of frames; never switches to a bystander: the hip centre never jumps by more than 0.35 torso lengths
/// between consecutive tracked frames and stays inside the subject's hand-checked region (pixel box, checked
/// on overlay frames; the bystanders' hips lie outside it); left/right are anatomically consistent.
/// </summary>
[Collection(PoseModelsCollection.Name)]
public sealed class VideoTrackingTests(PoseModelsFixture models, ITestOutputHelper log)
{
    public static TheoryData<string, float, float, float, float> Clips => new()
    {
        // clip, hip-centre region xMin, xMax, yMin, yMax (upright pixels)
        { "single-leg-stance-4view/cam01.mp4", 150, 900, 450, 1300 },
        { "single-leg-stance-4view/cam02.mp4", 200, 720, 500, 1150 },
        { "single-leg-stance-4view/cam03.mp4", 250, 850, 550, 1200 },
        { "single-leg-stance-4view/cam04.mp4", 250, 850, 550, 1200 },
        { "squat-frontal/squat_frontal.mp4", 250, 650, 550, 1150 },
        { "run-treadmill-sagittal/male_side.mp4", 150, 550, 700, 1100 },
    };

    [Theory]
    [MemberData(nameof(Clips))]
    public void Subject_tracked_on_98_percent_of_frames_without_switching(string clip, float x0, float x1, float y0, float y1)
    {
        var seq = Track(clip, null);
        var tracked = seq.Frames.Where(f => f.Status != FrameStatus.Lost).ToList();
        double fraction = (double)tracked.Count / seq.Frames.Count;
        log.WriteLine($"{clip}: {tracked.Count}/{seq.Frames.Count} tracked, detected on {seq.Frames.Count(f => f.Status == FrameStatus.Detected)}");
        Assert.True(fraction >= 0.98, $"tracked on {fraction:P1} of frames");

        double torso = Median(tracked.Select(f => Dist(MidHip(f), Mid(f, Landmark.LeftShoulder, Landmark.RightShoulder))));
        double worstJump = 0;
        for (int i = 1; i < seq.Frames.Count; i++)
        {
            var a = seq.Frames[i - 1]; var b = seq.Frames[i];
            if (a.Status == FrameStatus.Lost || b.Status == FrameStatus.Lost) continue;
            worstJump = Math.Max(worstJump, Dist(MidHip(a), MidHip(b)) / torso);
        }
        var hips = tracked.Select(MidHip).ToList();
        log.WriteLine($"torso {torso:F0}px, worst hip jump {worstJump:F3} torso, hip x {hips.Min(h => h.X):F0}..{hips.Max(h => h.X):F0}, y {hips.Min(h => h.Y):F0}..{hips.Max(h => h.Y):F0}");
        Assert.True(worstJump <= 0.35, $"hip centre jumped {worstJump:F2} torso lengths between consecutive frames");
        Assert.All(hips, h => Assert.True(h.X >= x0 && h.X <= x1 && h.Y >= y0 && h.Y <= y1, $"hip centre {h} left the subject's region"));
    }

    [Fact]
    public void Frontal_squat_keeps_the_subjects_left_hip_on_the_image_right()
    {
        var seq = Track("squat-frontal/squat_frontal.mp4", null);
        var tracked = seq.Frames.Where(f => f.Status != FrameStatus.Lost).ToList();
        int anatomical = tracked.Count(f => f[Landmark.LeftHip].X > f[Landmark.RightHip].X);
        log.WriteLine($"left hip right of right hip on {anatomical}/{tracked.Count} frames");
        Assert.True(anatomical >= 0.98 * tracked.Count, $"left/right swapped on {tracked.Count - anatomical} frames");
    }

    [Fact]
    public void Rotated_hevc_mov_gives_upright_landmarks()
    {
        var seq = Track("run-treadmill-sagittal/male_side_iphone_style.mov", 1.0);
        Assert.Equal(720, seq.Video.Width);
        Assert.Equal(1280, seq.Video.Height);
        var tracked = seq.Frames.Where(f => f.Status != FrameStatus.Lost).ToList();
        Assert.True(tracked.Count >= 0.98 * seq.Frames.Count, $"tracked {tracked.Count}/{seq.Frames.Count}");
        Assert.All(tracked, f => Assert.True(f[Landmark.Nose].Y < MidHip(f).Y - 100, $"frame {f.Index}: head not above hips"));
    }

    private PoseSequence Track(string clip, double? end) => models.Track(clip, end);

    private static (double X, double Y) MidHip(PoseFrame f) => Mid(f, Landmark.LeftHip, Landmark.RightHip);
    private static (double X, double Y) Mid(PoseFrame f, Landmark a, Landmark b) => ((f[a].X + f[b].X) / 2.0, (f[a].Y + f[b].Y) / 2.0);
    private static double Dist((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
    private static double Median(IEnumerable<double> v) { var a = v.Order().ToArray(); return a[a.Length / 2]; }
}
