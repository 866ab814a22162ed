using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

/// <summary>
/// The phone-style clip stores 1280x720 pixels with a rotation tag; it must come out upright 720x1280 and match the
/// upright H.264 original of the same recording (OpenCV's own auto-rotation is switched off; VideoSource rotates).
/// </summary>
[Collection("video")]
public sealed class VideoRotationTests(VideoFixtures fx)
{
    [Fact]
    public void Phone_mov_comes_out_upright_and_matches_the_upright_original()
    {
        using var rotated = VideoSource.Open(RepoPaths.Media("run-treadmill-sagittal/male_side_iphone_style.mov"));
        using var upright = VideoSource.Open(RepoPaths.Media("run-treadmill-sagittal/male_side.mp4"));
        Assert.Equal(90, rotated.Info.Rotation);
        Assert.Equal((720, 1280), (rotated.Info.Width, rotated.Info.Height));
        Assert.Equal("hevc", rotated.Info.Codec);
        using Mat a = new(), b = new(), wrong = new();
        Assert.True(rotated.Read(a, out _, out _));
        Assert.True(upright.Read(b, out _, out _));
        Assert.Equal((720, 1280), (a.Width, a.Height));
        double same = MeanAbsDiff(a, b);
        Cv2.Rotate(a, wrong, RotateFlags.Rotate180);          // upside down: what a wrong rotation direction gives
        double flipped = MeanAbsDiff(wrong, b);
        Assert.True(same < 6, $"upright frame differs from the original by {same:F2} grey levels");
        Assert.True(flipped > 3 * same, $"rotation check has no power: {flipped:F2} vs {same:F2}");
    }

    [Fact]
    public void Small_rotated_fixture_is_upright_portrait()
    {
        using var src = VideoSource.Open(fx.Rotated);
        using var frame = new Mat();
        int n = 0;
        while (src.Read(frame, out _, out _))
        {
            Assert.Equal((180, 320), (frame.Width, frame.Height));
            n++;
        }
        Assert.Equal(30, n);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Every_rotation_tag_is_undone(int degrees)
    {
        using var tagged = VideoSource.Open(fx.TaggedRotation(degrees));
        using var upright = VideoSource.Open(fx.H264);
        Assert.Equal(degrees, tagged.Info.Rotation);
        Assert.Equal((VideoFixtures.Width, VideoFixtures.Height), (tagged.Info.Width, tagged.Info.Height));
        using Mat a = new(), b = new(), wrong = new();
        Assert.True(tagged.Read(a, out _, out _));
        Assert.True(upright.Read(b, out _, out _));
        double same = MeanAbsDiff(a, b);
        Cv2.Rotate(a, wrong, RotateFlags.Rotate180);
        Assert.True(same < 3, $"{degrees}: upright frame differs by {same:F2} grey levels");
        Assert.True(MeanAbsDiff(wrong, b) > 3 * same);
    }

    private static double MeanAbsDiff(Mat a, Mat b)
    {
        using var d = new Mat();
        Cv2.Absdiff(a, b, d);
        Scalar m = Cv2.Mean(d);
        return (m.Val0 + m.Val1 + m.Val2) / 3;
    }
}
