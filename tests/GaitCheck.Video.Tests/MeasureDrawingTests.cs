using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

/// <summary>Key frames draw the lines that define FPPA and pelvic drop, in the overlay's palette.</summary>
public sealed class MeasureDrawingTests
{
    /// <summary>A left leg in valgus: hip (200,100), knee (230,200) medial of the hip→ankle line, ankle (200,300); right hip lower (pelvic drop).</summary>
    private static PoseFrame Leg()
    {
        var pts = Enumerable.Repeat(Keypoint.Missing, Skeleton.Count).ToArray();
        void Set(Landmark l, float x, float y) => pts[(int)l] = new Keypoint(x, y, 0.9f, 0.9f);
        Set(Landmark.LeftHip, 200, 100); Set(Landmark.LeftKnee, 230, 200); Set(Landmark.LeftAnkle, 200, 300);
        Set(Landmark.RightHip, 120, 115);
        return new PoseFrame { Index = 0, Time = 0, Points = pts };
    }

    private static double Distance(Vec3b px, Scalar c) =>
        Math.Sqrt(Math.Pow(px.Item0 - c.Val0, 2) + Math.Pow(px.Item1 - c.Val1, 2) + Math.Pow(px.Item2 - c.Val2, 2));

    private static int Near(Mat m, Scalar colour, Rect r, double tolerance = 30)
    {
        int n = 0;
        for (int y = r.Top; y < r.Bottom; y++)
            for (int x = r.Left; x < r.Right; x++)
                if (Distance(m.At<Vec3b>(y, x), colour) < tolerance) n++;
        return n;
    }

    [Fact]
    public void Fppa_draws_thigh_shank_and_the_thighs_extension_in_the_sides_colour()
    {
        using var m = new Mat(400, 400, MatType.CV_8UC3, Scalar.All(40));
        int drawn = MeasureDrawing.Draw(m, Leg(), [new MeasureMark(MeasureKind.Fppa, Side.Left, 33.4)], k => new Point2d(k.X, k.Y));
        Assert.Equal(1, drawn);
        Assert.True(Distance(m.At<Vec3b>(150, 215), OverlayStyle.Left) < 40, "thigh midpoint in the left colour");
        Assert.True(Distance(m.At<Vec3b>(250, 215), OverlayStyle.Left) < 40, "shank midpoint in the left colour");
        // The thigh's extension continues from the knee towards (260, 300): white dashes there, none on the mirror side.
        int white = Near(m, OverlayStyle.Midline, new Rect(245, 240, 25, 50));
        int mirror = Near(m, OverlayStyle.Midline, new Rect(140, 240, 25, 50));
        Assert.True(white > 20 && mirror == 0, $"extension white px {white}, mirror side {mirror}");
    }

    [Fact]
    public void Pelvic_drop_draws_the_pelvis_line_and_the_horizontal_reference()
    {
        using var m = new Mat(400, 400, MatType.CV_8UC3, Scalar.All(40));
        MeasureDrawing.Draw(m, Leg(), [new MeasureMark(MeasureKind.PelvicDrop, Side.Left, 10.6)], k => new Point2d(k.X, k.Y));
        Assert.True(Distance(m.At<Vec3b>(108, 160), OverlayStyle.Left) < 40, "pelvis line in the stance side's colour between the hips");
        Assert.True(Near(m, OverlayStyle.Midline, new Rect(100, 97, 80, 7)) > 20, "horizontal dashed white reference through the stance hip");
    }

    [Fact]
    public void A_mark_without_its_landmarks_is_not_drawn_and_key_frames_carry_the_marks()
    {
        using var m = new Mat(400, 400, MatType.CV_8UC3, Scalar.All(40));
        Assert.Equal(0, MeasureDrawing.Draw(m, Leg(), [new MeasureMark(MeasureKind.Fppa, Side.Right, 5)], k => new Point2d(k.X, k.Y)));
        using var frame = new Mat(400, 400, MatType.CV_8UC3, Scalar.All(40));
        using var plain = Cv2.ImDecode(KeyFrameStill.Jpeg(frame, Leg()), ImreadModes.Color);
        using var marked = Cv2.ImDecode(KeyFrameStill.Jpeg(frame, Leg(), marks: [new MeasureMark(MeasureKind.Fppa, Side.Left, 33.4)]), ImreadModes.Color);
        using var diff = new Mat();
        Cv2.Absdiff(plain, marked, diff);
        Assert.True(Cv2.CountNonZero(diff.CvtColor(ColorConversionCodes.BGR2GRAY).Threshold(40, 255, ThresholdTypes.Binary)) > 200);
    }
}
