using GaitCheck.Core;
using Microsoft.ML.OnnxRuntime;

namespace GaitCheck.Pose;

/// <summary>
/// Creates ONNX Runtime sessions the same way for every model: all graph optimisations (including the
/// NCHWc layout transformer), sequential execution, the given intra-op threads, and no spin-waiting in the
/// thread pool: on a 2-core machine shared with video decoding (or other processes) spinning threads steal
/// the cores they wait for; measured on this machine under load, the full landmark model ran in a median
/// 49-57 ms without spinning against 83-90 ms with it (2 threads, interleaved runs).
/// </summary>
public static class OrtSessionFactory
{
    public static InferenceSession Create(string onnxPath, int intraOpThreads)
    {
        if (!File.Exists(onnxPath))
            throw new GaitCheckException(ExitCode.ModelMissing, $"model file missing: {onnxPath} (run `gaitcheck models install`)");
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Math.Max(1, intraOpThreads),
            InterOpNumThreads = 1,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        try
        {
            return new InferenceSession(onnxPath, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new GaitCheckException(ExitCode.ModelInvalid, $"ONNX Runtime cannot load {onnxPath}: {e.Message}", e);
        }
    }
}
