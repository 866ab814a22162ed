using GaitCheck.Core;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// BlazePose GHUM 3D landmark model (converted ONNX, NHWC input "input_1" [1,256,256,3] RGB in [0,1])
/// run by ONNX Runtime. The session is created once; input and output buffers are allocated once and
/// bound through <see cref="OrtValue"/>s, so a call allocates only the returned arrays. Only the three
/// outputs GaitCheck uses are fetched (landmarks "Identity" [1,195] = 39 x 5, pose flag "Identity_1" [1,1],
/// world landmarks "Identity_4" [1,117] = 39 x 3). All 39 landmarks are returned (33 body + 6 auxiliary, of
/// which 33 and 34 are MediaPipe's alignment points for the next ROI); world landmarks are cut to the 33. Not thread-safe: one instance per thread.
/// Model card: "BlazePose GHUM 3D" (Bazarevsky et al. 2020, arXiv:2006.10204).
/// </summary>
public sealed class LandmarkModel : ILandmarkModel
{
    public const int InputSize = 256;
    private static readonly string[] OutputNames = ["Identity", "Identity_1", "Identity_4"];

    private readonly InferenceSession _session;
    private readonly RunOptions _run;
    private readonly NhwcInput _input;
    private readonly float[] _landmarks = new float[LandmarkOutput.ModelCount * 5];
    private readonly float[] _flag = new float[1];
    private readonly float[] _world = new float[LandmarkOutput.ModelCount * 3];
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;
    private readonly string[] _inputNames;

    public LandmarkModel(string onnxPath, int intraOpThreads = 2)
    {
        Name = Path.GetFileNameWithoutExtension(onnxPath) + " (onnxruntime)";
        _session = OrtSessionFactory.Create(onnxPath, intraOpThreads, InputSize, OutputNames, "a BlazePose landmark model");
        _run = new RunOptions();
        _input = new NhwcInput(InputSize, InputSize);
        _inputNames = [_session.InputMetadata.Keys.Single()];
        _inputs = [_input.Tensor];
        _outputs =
        [
            OrtValue.CreateTensorValueFromMemory(_landmarks, [1, _landmarks.Length]),
            OrtValue.CreateTensorValueFromMemory(_flag, [1, 1]),
            OrtValue.CreateTensorValueFromMemory(_world, [1, _world.Length]),
        ];
    }

    public string Name { get; }

    public LandmarkOutput Run(Mat rgbCrop256)
    {
        ArgumentNullException.ThrowIfNull(rgbCrop256);
        _input.Set(rgbCrop256, 1.0 / 255.0);
        _session.Run(_run, _inputNames, _inputs, OutputNames, _outputs);
        return new LandmarkOutput { PoseFlag = _flag[0], Landmarks = (float[])_landmarks.Clone(), World = _world[..(LandmarkOutput.Count * 3)] };
    }

    public void Dispose()
    {
        _input.Dispose();
        foreach (var v in _outputs) v.Dispose();
        _run.Dispose();
        _session.Dispose();
    }
}
