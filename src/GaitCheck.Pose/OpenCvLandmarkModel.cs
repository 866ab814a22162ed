using GaitCheck.Core;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace GaitCheck.Pose;

/// <summary>
/// The BlazePose landmark model run by OpenCV DNN straight from MediaPipe's .tflite (OpenCV's TFLite importer),
/// input NCHW RGB in [0,1]. The benchmark's comparison pipeline, and an independent runner for tests. Outputs
/// are recognised by size: 39·5 landmarks (all of them are kept, the auxiliary ones included), 1 pose flag,
/// 39·3 world landmarks (the first 33 kept); the segmentation and heatmap outputs are ignored.
/// </summary>
public sealed class OpenCvLandmarkModel : ILandmarkModel
{
    private readonly Net _net;
    private readonly string[] _outNames;
    private readonly Mat[] _outs;

    public OpenCvLandmarkModel(string tflitePath)
    {
        if (!File.Exists(tflitePath)) throw new GaitCheckException(ExitCode.ModelMissing, $"tflite model not found: {tflitePath}");
        _net = CvDnn.ReadNet(tflitePath) ?? throw new GaitCheckException(ExitCode.ModelInvalid, $"OpenCV DNN cannot read {tflitePath}");
        _net.SetPreferableBackend(Backend.OPENCV);
        _net.SetPreferableTarget(Target.CPU);
        _outNames = _net.GetUnconnectedOutLayersNames().Where(n => n != null).Select(n => n!).ToArray();
        _outs = _outNames.Select(_ => new Mat()).ToArray();
        Name = Path.GetFileNameWithoutExtension(tflitePath) + " (opencv-dnn)";
    }

    public string Name { get; }

    public LandmarkOutput Run(Mat rgbCrop256)
    {
        using (var blob = CvDnn.BlobFromImage(rgbCrop256, 1.0 / 255.0, new Size(256, 256), Scalar.All(0), swapRB: false, crop: false))
            _net.SetInput(blob);
        _net.Forward(_outs, _outNames);
        float[]? landmarks = null, world = null;
        float flag = float.NaN;
        foreach (var m in _outs)
        {
            long n = m.Total();
            if (n == 39 * 5) landmarks = Read(m, 39 * 5);
            else if (n == 39 * 3) world = Read(m, 33 * 3);
            else if (n == 1) flag = Read(m, 1)[0];
        }
        if (landmarks is null || world is null || float.IsNaN(flag))
            throw new GaitCheckException(ExitCode.ModelInvalid, $"{Name}: unexpected output layout ({string.Join(", ", _outs.Select(o => o.Total()))} values)");
        return new LandmarkOutput { PoseFlag = flag, Landmarks = landmarks, World = world };
    }

    private static float[] Read(Mat m, int count)
    {
        using var flat = m.Reshape(1, 1);
        flat.GetArray(out float[] data);
        return data.Length == count ? data : data[..count];
    }

    public void Dispose()
    {
        foreach (var m in _outs) m.Dispose();
        _net.Dispose();
    }
}
