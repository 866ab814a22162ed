using GaitCheck.Pose;
using OpenCvSharp;
using Xunit.Abstractions;

namespace GaitCheck.ModelImport.Tests;

/// <summary>
/// The converted pose_detection model with MediaPipe's anchors, decoding and weighted NMS, on real images.
/// The model's own box is a fixed-size square near the head that MediaPipe never uses; the person's extent
/// is the full-body circle (<see cref="Detection.PersonBox"/>, MediaPipe's square ROI). It is compared with the
/// annotated person box made square (same centre, longer side), since a square ROI is what the detector predicts.
/// </summary>
[Collection("models")]
public class DetectorTests(ModelFixture fx, ITestOutputHelper output)
{
    [Fact]
    public void Anchor_grid_has_2254_anchors_like_the_model_output()
    {
        var a = SsdAnchors.Generate(224);
        Assert.Equal(2254, a.Length);
        Assert.Equal(2254, PoseDetector.AnchorCount);
        Assert.Equal(new Anchor(0.5f / 28, 0.5f / 28), a[0]);
        Assert.Equal(a[0], a[1]); // two anchors per cell
        Assert.Equal(new Anchor(1.5f / 28, 0.5f / 28), a[2]);
        Assert.Equal(new Anchor(0.5f / 14, 0.5f / 14), a[1568]);
        Assert.Equal(new Anchor(6.5f / 7, 6.5f / 7), a[^1]);
    }

    [Theory]
    [InlineData("skier")]
    [InlineData("cam01")]
    [InlineData("cam02")]
    [InlineData("cam03")]
    [InlineData("cam04")]
    public void Best_detection_covers_the_person(string name)
    {
        var box = TestCrops.ByName[name];
        var dets = fx.Detector.Detect(fx.Frame(box.Key));
        Assert.NotEmpty(dets);
        var best = dets[0];
        var truth = new Rect2f(box.X0, box.Y0, box.X1 - box.X0, box.Y1 - box.Y0);
        float iouSquare = PersonCrop.Iou(best.PersonBox, PersonCrop.Square(truth));
        float iouRect = PersonCrop.Iou(best.PersonBox, truth);
        float iouRaw = PersonCrop.Iou(new Rect2f(best.XMin, best.YMin, best.Width, best.Height), truth);
        output.WriteLine($"{name}: score {best.Score:F3}, {dets.Count} detections; IoU(person square, annotated square) = {iouSquare:F2}; " +
                         $"IoU(person square, annotated box) = {iouRect:F2}; IoU(model's raw box, annotated box) = {iouRaw:F2}");
        Assert.True(best.Score >= 0.5f);
        Assert.True(iouSquare >= 0.5f, $"IoU {iouSquare}");
        // The mid-hip keypoint lies inside the annotated person box.
        Assert.True(truth.Contains(best.Keypoints[0]), $"mid-hip {best.Keypoints[0]} outside {truth}");
    }

    [Fact]
    public void Skier_alignment_keypoints_match_coco_hips_and_shoulders()
    {
        var best = fx.Detector.Detect(fx.Frame(TestCrops.Skier.Key))[0];
        // COCO keypoints of annotation 785: left/right hip (424,203)/(393,214), left/right shoulder (399,108)/(358,129).
        var midHip = new Point2f((424 + 393) / 2f, (203 + 214) / 2f);
        var midShoulder = new Point2f((399 + 358) / 2f, (108 + 129) / 2f);
        float tol = 0.1f * (TestCrops.Skier.Y1 - TestCrops.Skier.Y0);
        Assert.True(Point2f.Distance(best.Keypoints[0], midHip) < tol, $"mid-hip {best.Keypoints[0]} vs {midHip}");
        Assert.True(Point2f.Distance(best.Keypoints[2], midShoulder) < tol, $"mid-shoulder {best.Keypoints[2]} vs {midShoulder}");
    }

    [Fact]
    public void Blank_images_have_nobody()
    {
        using var grey = new Mat(480, 640, MatType.CV_8UC3, Scalar.All(128));
        using var black = new Mat(1920, 1080, MatType.CV_8UC3, Scalar.All(0));
        Assert.Empty(fx.Detector.Detect(grey));
        Assert.Empty(fx.Detector.Detect(black));
    }
}
