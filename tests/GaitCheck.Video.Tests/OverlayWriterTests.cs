using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

[Collection("video")]
public sealed class OverlayWriterTests(VideoFixtures fx)
{
    /// <summary>A standing figure in a 180x320 frame: left limbs on the image's right (subject faces the camera).</summary>
    private static PoseFrame Figure(int index, double time)
    {
        var pts = Enumerable.Repeat(Keypoint.Missing, Skeleton.Count).ToArray();
        void Set(Landmark l, float x, float y) => pts[(int)l] = new Keypoint(x, y, 0.9f, 0.9f);
        Set(Landmark.Nose, 90, 40);
        Set(Landmark.LeftEye, 96, 34); Set(Landmark.RightEye, 84, 34); Set(Landmark.LeftEar, 102, 38); Set(Landmark.RightEar, 78, 38);
        Set(Landmark.LeftShoulder, 115, 80); Set(Landmark.RightShoulder, 65, 80);
        Set(Landmark.LeftElbow, 125, 125); Set(Landmark.RightElbow, 55, 125);
        Set(Landmark.LeftWrist, 130, 165); Set(Landmark.RightWrist, 50, 165);
        Set(Landmark.LeftHip, 108, 170); Set(Landmark.RightHip, 72, 170);
        Set(Landmark.LeftKnee, 112, 235); Set(Landmark.RightKnee, 68, 235);
        Set(Landmark.LeftAnkle, 114, 295); Set(Landmark.RightAnkle, 66, 295);
        Set(Landmark.LeftHeel, 110, 305); Set(Landmark.RightHeel, 70, 305);
        Set(Landmark.LeftFootIndex, 125, 310); Set(Landmark.RightFootIndex, 55, 310);
        return new PoseFrame { Index = index, Time = time, Points = pts };
    }

    private static double Distance(Vec3b px, Scalar c) =>
        Math.Sqrt(Math.Pow(px.Item0 - c.Val0, 2) + Math.Pow(px.Item1 - c.Val1, 2) + Math.Pow(px.Item2 - c.Val2, 2));

    [Fact]
    public void Left_and_right_are_drawn_in_their_legend_colours()
    {
        using var m = new Mat(320, 180, MatType.CV_8UC3, Scalar.All(40));
        OverlayStyle.Draw(m, Figure(0, 0), 0);
        Assert.True(Distance(m.At<Vec3b>(265, 113), OverlayStyle.Left) < 1, "left shin");
        Assert.True(Distance(m.At<Vec3b>(265, 67), OverlayStyle.Right) < 1, "right shin");
        Assert.True(Distance(m.At<Vec3b>(170, 90), OverlayStyle.Midline) < 1, "hip line");
        Assert.NotEqual(OverlayStyle.Left, OverlayStyle.Right);
    }

    [Fact]
    public void Key_frames_draw_the_skeleton_in_the_overlays_palette()
    {
        Assert.Equal(OverlayStyle.Bgr(Palette.Left), OverlayStyle.Left);
        Assert.Equal(OverlayStyle.Bgr(Palette.Right), OverlayStyle.Right);
        using var m = new Mat(320, 180, MatType.CV_8UC3, Scalar.All(40));
        byte[] jpg = KeyFrameStill.Jpeg(m, Figure(0, 0));
        using var still = Cv2.ImDecode(jpg, ImreadModes.Color);
        Assert.Equal(KeyFrameStill.Height, still.Rows);
        int left = 0, right = 0, oldRed = 0, rows = still.Rows, cols = still.Cols;
        for (int y = 0; y < rows; y++)
            for (int x = 0; x < cols; x++)
            {
                var px = still.At<Vec3b>(y, x);
                if (Distance(px, OverlayStyle.Left) < 40) left++;
                if (Distance(px, OverlayStyle.Right) < 40) right++;
                if (Distance(px, new Scalar(40, 39, 214)) < 40) oldRed++;   // the key frames' former right-side red
            }
        Assert.True(left > 200 && right > 200, $"left {left} px, right {right} px in the overlay's colours");
        Assert.Equal(0, oldRed);
    }

    [Fact]
    public void Completed_overlay_is_a_playable_video_with_the_skeleton_and_no_temp_file()
    {
        string path = Path.Combine(RepoPaths.Actual("overlay"), "overlay.mp4");
        File.Delete(path);
        int n = 0;
        using (var src = VideoSource.Open(fx.H264))
        using (var w = new OverlayWriter(path, src.Info.Width, src.Info.Height, src.Info.Fps))
        using (var frame = new Mat())
        {
            while (src.Read(frame, out int i, out double t))
            {
                using var before = frame.Clone();
                w.Write(frame, Figure(i, t), t);
                using var diff = new Mat();
                Cv2.Absdiff(before, frame, diff);
                Assert.Equal(0, Cv2.CountNonZero(diff.Reshape(1)));   // the caller's frame is untouched
                n++;
            }
            Assert.False(File.Exists(path));                           // nothing at the final path before Complete
            w.Complete();
        }
        Assert.True(File.Exists(path));
        Assert.False(File.Exists(AtomicFile.TempPathFor(path)));
        using var back = VideoSource.Open(path);
        Assert.Equal(FrameEncoder.FfmpegPath() is null ? "mpeg4" : "h264", back.Info.Codec);   // browsers play H.264
        Assert.Equal((VideoFixtures.Width, VideoFixtures.Height), (back.Info.Width, back.Info.Height));
        using var f = new Mat();
        int read = 0;
        while (back.Read(f, out _, out _))
        {
            if (read == 10)
            {
                Assert.True(Distance(f.At<Vec3b>(265, 113), OverlayStyle.Left) < 60, "left shin colour after encoding");
                Assert.True(Distance(f.At<Vec3b>(265, 67), OverlayStyle.Right) < 60, "right shin colour after encoding");
                Cv2.ImWrite(Path.Combine(RepoPaths.Actual("overlay"), "overlay_frame10.png"), f);
            }
            read++;
        }
        Assert.Equal(n, read);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Overlay_not_completed_leaves_no_file(bool ffmpeg)
    {
        string path = Path.Combine(RepoPaths.Actual("overlay"), "abandoned.mp4");
        File.Delete(path);
        Assert.Throws<InvalidDataException>(void () =>
        {
            using var w = new OverlayWriter(path, 64, 64, 30, preferFfmpeg: ffmpeg);
            using var m = new Mat(64, 64, MatType.CV_8UC3, Scalar.All(128));
            w.Write(m, null, 0);
            if (!ffmpeg) Assert.True(File.Exists(AtomicFile.TempPathFor(path)));   // the ffmpeg CLI may still buffer the first frame
            throw new InvalidDataException("simulated failure mid-clip");
        });
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(AtomicFile.TempPathFor(path)));
    }

    [Fact]
    public void Unsupported_extension_is_a_usage_error()
    {
        var e = Assert.Throws<GaitCheckException>(() => new OverlayWriter(Path.Combine(RepoPaths.Actual("overlay"), "x.gif"), 64, 64, 30));
        Assert.Equal(ExitCode.Usage, e.Code);
    }

    [Fact]
    public void Wrong_frame_size_is_rejected()
    {
        string path = Path.Combine(RepoPaths.Actual("overlay"), "wrong.mp4");
        using var w = new OverlayWriter(path, 64, 64, 30);
        using var m = new Mat(32, 64, MatType.CV_8UC3);
        Assert.Throws<ArgumentException>(() => w.Write(m, null, 0));
    }
}
