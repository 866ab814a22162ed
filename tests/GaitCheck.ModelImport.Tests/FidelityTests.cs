using GaitCheck.Pose;
using OpenCvSharp;
using OpenCvSharp.Dnn;
using Xunit.Abstractions;

namespace GaitCheck.ModelImport.Tests;

/// <summary>
/// The converted landmark models under ONNX Runtime against the original .tflite under OpenCV DNN (an
/// independent implementation) on real person crops: 33 landmark x/y within 0.05 px of the 256-px input,
/// pose flag within 1e-3.
/// </summary>
[Collection("models")]
public class FidelityTests(ModelFixture fx, ITestOutputHelper output)
{
    public const float MaxPx = 0.05f, MaxFlag = 1e-3f;

    [Theory]
    [InlineData(PoseModelKind.Lite, "skier")]
    [InlineData(PoseModelKind.Lite, "coco196141")]
    [InlineData(PoseModelKind.Lite, "coco197388")]
    [InlineData(PoseModelKind.Lite, "cam01")]
    [InlineData(PoseModelKind.Lite, "cam03")]
    [InlineData(PoseModelKind.Full, "skier")]
    [InlineData(PoseModelKind.Full, "coco196141")]
    [InlineData(PoseModelKind.Full, "coco197388")]
    [InlineData(PoseModelKind.Full, "cam01")]
    [InlineData(PoseModelKind.Full, "cam03")]
    [InlineData(PoseModelKind.Heavy, "skier")]
    [InlineData(PoseModelKind.Heavy, "cam02")]
    public void Onnx_matches_tflite_under_opencv(PoseModelKind kind, string crop)
    {
        var box = TestCrops.ByName[crop];
        using var rgb = PersonCrop.FromBox(fx.Frame(box.Key), box.X0, box.Y0, box.X1, box.Y1);
        var ort = fx.Ort(kind).Run(rgb);
        var (cvLandmarks, cvFlag) = RunOpenCv(fx.OpenCv(kind), rgb);

        float maxXy = 0;
        for (int i = 0; i < LandmarkOutput.Count; i++)
            maxXy = Math.Max(maxXy, Math.Max(Math.Abs(ort.X(i) - cvLandmarks[i * 5]), Math.Abs(ort.Y(i) - cvLandmarks[i * 5 + 1])));
        float dFlag = Math.Abs(ort.PoseFlag - cvFlag);
        output.WriteLine($"{kind} {crop}: max |dx|,|dy| = {maxXy:E2} px, |d flag| = {dFlag:E2}, flag = {ort.PoseFlag:F4}");
        Assert.True(ort.PoseFlag > 0.5f, $"the crop should show a person (pose flag {ort.PoseFlag})");
        Assert.True(maxXy <= MaxPx, $"landmarks differ by {maxXy} px");
        Assert.True(dFlag <= MaxFlag, $"pose flag differs by {dFlag}");
        // Landmarks lie inside the crop: a sanity check that both ran on a real person, not on noise.
        Assert.InRange(ort.X(0), 0, 256);
        Assert.InRange(ort.Y(0), 0, 256);
    }

    /// <summary>OpenCV DNN on the .tflite: NCHW RGB in [0,1].</summary>
    internal static (float[] Landmarks, float Flag) RunOpenCv(Net net, Mat rgb)
    {
        using var blob = CvDnn.BlobFromImage(rgb, 1.0 / 255.0, new Size(256, 256), new Scalar(0, 0, 0), swapRB: false, crop: false);
        net.SetInput(blob);
        string[] names = ["Identity", "Identity_1"];
        var outs = new[] { new Mat(), new Mat() };
        try
        {
            net.Forward(outs, names);
            return (ToArray(outs[0]), ToArray(outs[1])[0]);
        }
        finally
        {
            foreach (var o in outs) o.Dispose();
        }
    }

    private static float[] ToArray(Mat m)
    {
        using var flat = m.Reshape(1, 1);
        flat.GetArray(out float[] a);
        return a;
    }
}
