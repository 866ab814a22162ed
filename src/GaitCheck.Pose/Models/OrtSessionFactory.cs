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
    /// <summary>
    /// Creates the session and checks that the graph is the expected model: one NHWC input of
    /// [1, <paramref name="inputSize"/>, <paramref name="inputSize"/>, 3] and every name in <paramref name="outputs"/>.
    /// Otherwise ModelInvalid, naming the file and <paramref name="what"/>, with the session released.
    /// </summary>
    public static InferenceSession Create(string onnxPath, int intraOpThreads, int inputSize, IReadOnlyList<string> outputs, string what)
    {
        var session = Create(onnxPath, intraOpThreads);
        var dims = session.InputMetadata.Count == 1 ? session.InputMetadata.Values.Single().Dimensions : [];
        bool inputOk = dims.Length == 4 && dims[0] is 1 or -1 && dims[1] == inputSize && dims[2] == inputSize && dims[3] == 3;
        string? missing = outputs.FirstOrDefault(o => !session.OutputMetadata.ContainsKey(o));
        if (inputOk && missing is null) return session;
        session.Dispose();
        string why = inputOk ? $"has no output '{missing}'" : $"does not take one [1,{inputSize},{inputSize},3] input";
        throw new GaitCheckException(ExitCode.ModelInvalid, $"{onnxPath} {why}: not {what}");
    }

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
