using GaitCheck.Pose.Tracking;
using OpenCvSharp;

namespace GaitCheck.Pose.Tests;

public sealed class RoiCalculatorTests
{
    [Fact]
    public void Upright_person_gives_unrotated_square_with_mediapipe_margin()
    {
        // Hips at (500, 800), full-body circle point 300 px above: rotation 0, side 2·300·1.25.
        var roi = RoiCalculator.FromAlignmentPoints(new Point2f(500, 800), new Point2f(500, 500));
        Assert.Equal(0f, roi.Rotation, 1e-5f);
        Assert.Equal(750f, roi.Size, 1e-3f);
        Assert.Equal(500f, roi.CenterX);
        Assert.Equal(800f, roi.CenterY);
    }

    [Fact]
    public void Person_lying_with_head_to_the_right_rotates_by_minus_90_degrees()
    {
        // Head direction = +x: atan2(0, 1) = 0, rotation = 90° − 0 = +90° (clockwise on screen maps crop-up to image-right).
        var roi = RoiCalculator.FromAlignmentPoints(new Point2f(100, 100), new Point2f(200, 100));
        Assert.Equal(MathF.PI / 2, roi.Rotation, 1e-5f);
        // The crop's top centre (u=128, v=0) must land on the head side (larger x).
        var top = roi.CropToImage(128, 0);
        Assert.True(top.X > roi.CenterX + roi.Size * 0.49f, $"top of crop maps to {top}");
        Assert.Equal(roi.CenterY, top.Y, 1e-3f);
    }

    [Fact]
    public void Warped_crop_and_projection_agree()
    {
        // A white dot at a known image point must appear in the crop where CropToImage says it is.
        using var img = new Mat(600, 800, MatType.CV_8UC3, Scalar.All(0));
        var roi = new RotatedRoi(400, 300, 400, 0.6f);
        var target = roi.CropToImage(64.5f, 192.5f);
        Cv2.Circle(img, new Point((int)MathF.Round(target.X), (int)MathF.Round(target.Y)), 3, Scalar.All(255), -1);
        using var warper = new CropWarper();
        var crop = warper.Warp(img, roi);
        using var gray = new Mat();
        Cv2.CvtColor(crop, gray, ColorConversionCodes.RGB2GRAY);
        Cv2.MinMaxLoc(gray, out _, out _, out _, out Point max);
        Assert.InRange(max.X, 61, 68);
        Assert.InRange(max.Y, 189, 196);
    }

    [Fact]
    public void Normalize_radians_wraps_into_minus_pi_pi()
    {
        Assert.Equal(-MathF.PI / 2, RoiCalculator.NormalizeRadians(3 * MathF.PI / 2), 1e-5f);
        Assert.Equal(0.5f, RoiCalculator.NormalizeRadians(0.5f + 2 * MathF.PI), 1e-5f);
    }

    [Fact]
    public void IoU_of_identical_and_disjoint_boxes()
    {
        var a = new Rect2f(0, 0, 10, 10);
        Assert.Equal(1f, RotatedRoi.IoU(a, a), 1e-6f);
        Assert.Equal(0f, RotatedRoi.IoU(a, new Rect2f(20, 20, 5, 5)));
    }
}
