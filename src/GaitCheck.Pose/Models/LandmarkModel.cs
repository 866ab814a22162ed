using GaitCheck.Core;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// BlazePose GHUM 3D landmark model (converted ONNX, NHWC input "input_1" [1,256,256,3] RGB in [0,1])
/// run by ONNX Runtime. The session is created once; input and output buffers are allocated once and
/// bound through <see cref="OrtValue"/>s, so a call allocates only the returned arrays. Only the outputs
/// GaitCheck uses are fetched (landmarks "Identity" [1,195] = 39 x 5, pose flag "Identity_1" [1,1],
/// world landmarks "Identity_4" [1,117] = 39 x 3, and with <c>refine</c> the heatmap "Identity_3" [1,64,64,39],
/// which <see cref="HeatmapRefiner"/> applies as MediaPipe's graph does). All 39 landmarks are returned (33 body
/// + 6 auxiliary, of which 33 and 34 are MediaPipe's alignment points for the next ROI); world landmarks are cut
/// to the 33. Not thread-safe: one instance per thread.
/// Model card: "BlazePose GHUM 3D" (Bazarevsky et al. 2020, arXiv:2006.10204).
/// </summary>
public sealed class LandmarkModel : ILandmarkModel
{
    public const int InputSize = 256;
    public const int HeatmapSize = 64;
    private static readonly string[] OutputNames = ["Identity", "Identity_1", "Identity_4"];
    private static readonly string[] RefinedOutputNames = ["Identity", "Identity_1", "Identity_4", "Identity_3"];

    private readonly InferenceSession _session;
    private readonly RunOptions _run;
    private readonly NhwcInput _input;
    private readonly float[] _landmarks = new float[LandmarkOutput.ModelCount * 5];
    private readonly float[] _flag = new float[1];
    private readonly float[] _world = new float[LandmarkOutput.ModelCount * 3];
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly float[]? _heatmap;

    /// <param name="onnxPath">The converted landmark model.</param>
    /// <param name="intraOpThreads">ONNX Runtime threads for one inference.</param>
    /// <param name="refine">Fetch the heatmap and refine the landmarks from it (MediaPipe's graph does).</param>
    public LandmarkModel(string onnxPath, int intraOpThreads = 2, bool refine = false)
    {
        Name = Path.GetFileNameWithoutExtension(onnxPath) + " (onnxruntime" + (refine ? ", heatmap-refined)" : ")");
        _outputNames = refine ? RefinedOutputNames : OutputNames;
        _session = OrtSessionFactory.Create(onnxPath, intraOpThreads, InputSize, _outputNames, "a BlazePose landmark model");
        _run = new RunOptions();
        _input = new NhwcInput(InputSize, InputSize);
        _inputNames = [_session.InputMetadata.Keys.Single()];
        _inputs = [_input.Tensor];
        var outputs = new List<OrtValue>
        {
            OrtValue.CreateTensorValueFromMemory(_landmarks, [1, _landmarks.Length]),
            OrtValue.CreateTensorValueFromMemory(_flag, [1, 1]),
            OrtValue.CreateTensorValueFromMemory(_world, [1, _world.Length]),
        };
        if (refine)
        {
            _heatmap = new float[HeatmapSize * HeatmapSize * LandmarkOutput.ModelCount];
            outputs.Add(OrtValue.CreateTensorValueFromMemory(_heatmap, [1, HeatmapSize, HeatmapSize, LandmarkOutput.ModelCount]));
        }
        _outputs = [.. outputs];
    }

    public string Name { get; }

    public LandmarkOutput Run(Mat rgbCrop256)
    {
        ArgumentNullException.ThrowIfNull(rgbCrop256);
        _input.Set(rgbCrop256, 1.0 / 255.0);
        _session.Run(_run, _inputNames, _inputs, _outputNames, _outputs);
        var landmarks = (float[])_landmarks.Clone();
        if (_heatmap != null) HeatmapRefiner.Refine(landmarks, _heatmap, HeatmapSize, HeatmapSize, LandmarkOutput.ModelCount, InputSize);
        return new LandmarkOutput { PoseFlag = _flag[0], Landmarks = landmarks, World = _world[..(LandmarkOutput.Count * 3)] };
    }

    public void Dispose()
    {
        _input.Dispose();
        foreach (var v in _outputs) v.Dispose();
        _run.Dispose();
        _session.Dispose();
    }
}
