using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

/// <summary>Faces are blurred by default in the overlay video and the key frames, from the pose's face landmarks.</summary>
public sealed class FaceBlurTests
{
    private const int W = 360, H = 640, Dx = 200;

    /// <summary>A standing figure facing the camera, right of the overlay's time and legend text.</summary>
    private static PoseFrame Figure(int index)
    {
        var pts = Enumerable.Repeat(Keypoint.Missing, Skeleton.Count).ToArray();
        void Set(Landmark l, float x, float y) => pts[(int)l] = new Keypoint(Dx + x, y * 2, 0.9f, 0.9f);
        Set(Landmark.Nose, 90, 40);
        Set(Landmark.LeftEye, 96, 34); Set(Landmark.RightEye, 84, 34); Set(Landmark.LeftEar, 102, 38); Set(Landmark.RightEar, 78, 38);
        Set(Landmark.MouthLeft, 94, 45); Set(Landmark.MouthRight, 86, 45);
        Set(Landmark.LeftShoulder, 115, 80); Set(Landmark.RightShoulder, 65, 80);
        Set(Landmark.LeftHip, 108, 170); Set(Landmark.RightHip, 72, 170);
        Set(Landmark.LeftKnee, 112, 235); Set(Landmark.RightKnee, 68, 235);
        Set(Landmark.LeftAnkle, 114, 295); Set(Landmark.RightAnkle, 66, 295);
        return new PoseFrame { Index = index, Time = index / 30.0, Points = pts };
    }

    /// <summary>A frame full of sharp detail: a seeded random 4-px checker of grey levels.</summary>
    private static Mat Detailed()
    {
        var m = new Mat(H, W, MatType.CV_8UC3);
        var rng = new Random(14);
        for (int y = 0; y < H; y += 4)
            for (int x = 0; x < W; x += 4)
                Cv2.Rectangle(m, new Rect(x, y, 4, 4), Scalar.All(rng.Next(256)), -1);
        return m;
    }

    /// <summary>The inner 60% of the face region (the part no skeleton bone crosses), in frame pixels.</summary>
    private static Rect FaceCore()
    {
        var r = FaceBlur.Region(Figure(0))!.Value;
        return new Rect(r.X + r.Width / 5, r.Y + r.Height / 5, r.Width * 3 / 5, r.Height * 3 / 5);
    }

    private static double LaplacianVariance(Mat bgr, Rect r)
    {
        using var roi = new Mat(bgr, r);
        using var grey = new Mat();
        Cv2.CvtColor(roi, grey, ColorConversionCodes.BGR2GRAY);
        using var lap = new Mat();
        Cv2.Laplacian(grey, lap, MatType.CV_64F);
        Cv2.MeanStdDev(lap, out _, out var sd);
        return sd.Val0 * sd.Val0;
    }

    private static double MeanAbsDiff(Mat a, Mat b, Rect r)
    {
        using var ra = new Mat(a, r);
        using var rb = new Mat(b, r);
        using var d = new Mat();
        Cv2.Absdiff(ra, rb, d);
        return Cv2.Mean(d).Val0;
    }

    [Fact]
    public void Face_region_covers_the_head_with_margin()
    {
        var r = FaceBlur.Region(Figure(0))!.Value;
        // Every face landmark inside, and the square at least the head's size (0.45 x shoulder-to-hip = 81 px) times the margin.
        foreach (var p in Figure(0).Points.Take((int)Landmark.MouthRight + 1).Where(p => !p.IsMissing))
            Assert.True(r.Contains(new Point((int)p.X, (int)p.Y)), $"{p.X},{p.Y} outside {r}");
        Assert.True(r.Width >= FaceBlur.Margin * FaceBlur.HeadPerTorso * 180 - 1, $"side {r.Width}");
        Assert.Null(FaceBlur.Region(null));
    }

    [Fact]
    public void Overlay_video_frame_has_no_sharp_detail_in_the_face_unless_no_blur()
    {
        using var input = Detailed();
        var core = FaceCore();
        double inputVar = LaplacianVariance(input, core);
        foreach (bool blur in new[] { true, false })
        {
            string path = Path.Combine(RepoPaths.Actual("faceblur"), blur ? "blurred.avi" : "sharp.avi");
            using (var w = new OverlayWriter(path, W, H, 30, blur))
            {
                for (int i = 0; i < 3; i++) w.Write(input, Figure(i), i / 30.0);
                w.Complete();
            }
            using var back = VideoSource.Open(path);
            using var f = new Mat();
            Assert.True(back.Read(f, out _, out _));
            double outVar = LaplacianVariance(f, core), diff = MeanAbsDiff(input, f, core);
            if (blur)
            {
                Assert.True(outVar < 0.02 * inputVar, $"Laplacian variance {outVar:F0} in the blurred face vs {inputVar:F0} in the input");
                Assert.True(diff > 20, $"face region differs from the input by {diff:F1} grey levels on average");
            }
            else
            {
                Assert.True(outVar > 0.3 * inputVar, $"--no-blur keeps the detail: {outVar:F0} vs {inputVar:F0}");
            }
        }
    }

    [Fact]
    public void Key_frame_has_no_sharp_detail_in_the_face()
    {
        using var input = Detailed();
        foreach (bool blur in new[] { true, false })
        {
            using var still = Cv2.ImDecode(KeyFrameStill.Jpeg(input, Figure(0), blur), ImreadModes.Color);
            // The still is the person's box scaled to 480 px high: map the face core into it the same way.
            var pts = Figure(0).Points.Where(p => !p.IsMissing).ToList();
            double y0 = pts.Min(p => p.Y), y1 = pts.Max(p => p.Y), x0 = pts.Min(p => p.X), x1 = pts.Max(p => p.X);
            double h = (y1 - y0) * 1.4, w = Math.Max((x1 - x0) * 1.4, h * 0.75);
            var box = new Rect((int)Math.Floor((x0 + x1) / 2 - w / 2), (int)Math.Floor((y0 + y1) / 2 - h / 2), (int)Math.Ceiling(w), (int)Math.Ceiling(h))
                .Intersect(new Rect(0, 0, W, H));
            double s = (double)KeyFrameStill.Height / box.Height;
            var core = FaceCore();
            var inStill = new Rect((int)((core.X - box.X) * s), (int)((core.Y - box.Y) * s), (int)(core.Width * s), (int)(core.Height * s));
            using var crop = new Mat(input, box);
            using var reference = new Mat();
            Cv2.Resize(crop, reference, still.Size(), 0, 0, InterpolationFlags.Area);
            double refVar = LaplacianVariance(reference, inStill), outVar = LaplacianVariance(still, inStill);
            if (blur) Assert.True(outVar < 0.02 * refVar, $"key frame face: Laplacian variance {outVar:F0} vs {refVar:F0} unblurred");
            else Assert.True(outVar > 0.3 * refVar, $"--no-blur key frame keeps the detail: {outVar:F0} vs {refVar:F0}");
        }
    }

    [Fact]
    public void A_lost_frame_keeps_the_last_face_blurred_for_a_second()
    {
        var memory = new FaceMemory(fps: 10);
        var seen = memory.Next(Figure(0));
        Assert.NotNull(seen);
        for (int i = 0; i < 10; i++) Assert.Equal(seen, memory.Next(null));
        Assert.Null(memory.Next(null));
    }
}
