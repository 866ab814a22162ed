using GaitCheck.Core;
using GaitCheck.Pose;
using GaitCheck.Synth.Scenarios;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Synth.Tests;

/// <summary>The full landmark model, loaded once for the class (an ONNX Runtime session).</summary>
public sealed class FullLandmarkModelFixture : IDisposable
{
    public LandmarkModel Model { get; } = new(new ModelStore(RepoPaths.Models).LandmarkPath(PoseModelKind.Full));
    public void Dispose() => Model.Dispose();
}

/// <summary>The point of the mannequin: BlazePose must see it as a person, with landmarks where the truth puts them.</summary>
public class LandmarkModelOnRenderTests(FullLandmarkModelFixture fixture) : IClassFixture<FullLandmarkModelFixture>
{
    [Theory]
    [InlineData(CameraPlacement.Frontal)]
    [InlineData(CameraPlacement.Posterior)]
    public void BlazePose_full_finds_the_mannequin_with_hips_and_knees_near_the_truth(CameraPlacement placement)
    {
        const int w = 480, h = 640;
        var sc = ScenarioPresets.Sls("lm", Side.Left, placement, 10, 4) with { Render = new RenderSpec { Width = w, Height = h, Noise = 2 } };
        var r = new SceneRenderer(sc, SynthRunner.MotionFor(sc));
        var truth = SynthRunner.TruthOnly(sc, "lm.mp4");
        int frame = truth.Reps[0].BottomFrame;
        var bgr = new byte[w * h * 3];
        r.Render(frame, bgr);
        var k = truth.Keypoints.Frames[frame].Points;

        // Square ROI around the true landmarks with a 25% margin (as BlazePose's ROI would be), warped to 256x256 RGB.
        float x0 = k.Min(p => p.X), x1 = k.Max(p => p.X), y0 = k.Min(p => p.Y), y1 = k.Max(p => p.Y);
        float side = Math.Max(x1 - x0, y1 - y0) * 1.25f, cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        float s = 256f / side;
        using var img = Mat.FromPixelData(h, w, MatType.CV_8UC3, bgr);
        using var rgb = new Mat();
        Cv2.CvtColor(img, rgb, ColorConversionCodes.BGR2RGB);
        using var m = Mat.FromPixelData(2, 3, MatType.CV_64FC1, new double[] { s, 0, 128 - s * cx, 0, s, 128 - s * cy });
        using var crop = new Mat();
        Cv2.WarpAffine(rgb, crop, m, new Size(256, 256), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(0));
        var o = fixture.Model.Run(crop);

        using (var dbg = crop.Clone())
        {
            for (int i = 23; i < 33; i++)
            {
                Cv2.Circle(dbg, new Point((int)o.X(i), (int)o.Y(i)), 3, Scalar.Red, -1);
                Cv2.Circle(dbg, new Point((int)((k[i].X - cx) * s + 128), (int)((k[i].Y - cy) * s + 128)), 3, Scalar.Lime, 1);
            }
            Cv2.CvtColor(dbg, dbg, ColorConversionCodes.RGB2BGR);
            Cv2.ImWrite(Path.Combine(RepoPaths.Actual("synth"), $"landmarks-{placement}.png"), dbg);
        }
        Assert.True(o.PoseFlag > 0.9f, $"pose flag {o.PoseFlag:F3}");
        // Hips sit on the joint centres within 4% of the figure's height; knees and ankles within 8% (BlazePose puts
        // a flexed knee lower than the joint centre, about where the kneecap is: a systematic bias the validation measures).
        double height = y1 - y0;
        foreach (var (lm, tol) in new[] { (Landmark.LeftHip, 0.04), (Landmark.RightHip, 0.04), (Landmark.LeftKnee, 0.08), (Landmark.RightKnee, 0.08), (Landmark.LeftAnkle, 0.08) })
        {
            int i = (int)lm;
            double px = (o.X(i) - 128) / s + cx, py = (o.Y(i) - 128) / s + cy;
            double err = Math.Sqrt((px - k[i].X) * (px - k[i].X) + (py - k[i].Y) * (py - k[i].Y));
            Assert.True(err < tol * height, $"{lm}: {err:F1} px from truth (figure {height:F0} px)");
        }
        // Left and right are not swapped: the model's left hip is on the same image side as the true left hip.
        Assert.Equal(Math.Sign(k[(int)Landmark.LeftHip].X - k[(int)Landmark.RightHip].X),
                     Math.Sign(o.X((int)Landmark.LeftHip) - o.X((int)Landmark.RightHip)));
    }
}
