using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

/// <summary>The capture rate a phone writes for slow motion, and the camera-motion meter.</summary>
[Collection("video")]
public sealed class CaptureRateAndCameraMotionTests(VideoFixtures fx)
{
    [Fact]
    public void The_android_capture_rate_is_read_and_a_plain_clip_has_none()
    {
        string tagged = Path.Combine(fx.Dir, "slowmo-tagged.mp4"), udta = Path.Combine(fx.Dir, "slowmo-tagged-moov-end.mp4");
        Ffmpeg($"-i \"{fx.H264}\" -c copy -metadata com.android.capture.fps=120.000000 -movflags use_metadata_tags+faststart \"{tagged}\"");
        Ffmpeg($"-i \"{fx.H264}\" -c copy -metadata com.android.capture.fps=239.76 -movflags use_metadata_tags \"{udta}\"");
        Assert.Equal(120, CaptureRateReader.Read(tagged)!.Value, 6);
        Assert.Equal(239.76, CaptureRateReader.Read(udta)!.Value, 6);
        Assert.Null(CaptureRateReader.Read(fx.H264));
        Assert.Null(CaptureRateReader.Read(fx.Random));
        Assert.Null(CaptureRateReader.Read(fx.TruncatedMp4));
        using var src = VideoSource.Open(tagged);
        Assert.Equal(120, src.Info.CaptureFps!.Value, 6);
    }

    [Fact]
    public void A_fixed_camera_reads_zero_and_a_pan_reads_its_speed()
    {
        using var scene = new Mat(720, 2400, MatType.CV_8UC3);
        Cv2.Randu(scene, Scalar.All(0), Scalar.All(255));
        Cv2.GaussianBlur(scene, scene, new Size(9, 9), 2);
        Assert.Equal(0, Measure(scene, pxPerFrame: 0), 3);
        // 12 px a frame on a 1280-px-wide frame at 30 fps = 0.28 frame widths per second.
        Assert.InRange(Measure(scene, pxPerFrame: 12), 0.26, 0.30);
    }

    /// <summary>Median background speed (frame widths per second) of 60 frames cut from <paramref name="scene"/>, moving by <paramref name="pxPerFrame"/>.</summary>
    private static double Measure(Mat scene, int pxPerFrame)
    {
        using var meter = new CameraMotionMeter(30);
        // A subject box in the middle of the frame (its pixels are ignored).
        var subject = new[] { new Keypoint(560, 200, 1, 1), new Keypoint(720, 600, 1, 1) };
        for (int i = 0; i < 60; i++)
        {
            using var frame = new Mat(scene, new Rect(i * pxPerFrame, 0, 1280, 720));
            meter.Add(frame, i / 30.0, subject);
        }
        var (median, _, samples) = meter.Summary();
        Assert.True(samples >= 5, $"{samples} samples");
        return median;
    }

    private static void Ffmpeg(string args)
    {
        var psi = new ProcessStartInfo("ffmpeg", "-v error -y -nostdin " + args) { RedirectStandardError = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
    }
}
