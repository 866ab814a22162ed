using GaitCheck.Core;
using GaitCheck.DevTools.Bench;
using GaitCheck.Pose;

namespace GaitCheck.Pipeline.DevVerbs;

/// <summary>`gaitcheck bench pose` and `gaitcheck bench models`: figures printed to <c>log</c>, never timed tests.</summary>
public static class Benchmarks
{
    /// <summary>Fewer runs give no stable median; more take hours with the heavy model.</summary>
    public const int MinRuns = 5, MaxRuns = 10_000;

    /// <summary>Pose-stage fps, stage breakdown and peak RSS, ONNX Runtime against OpenCV DNN. Model: lite, full or heavy.</summary>
    public static void Pose(string video, string tflite, string model, TextWriter log) =>
        PoseBenchmark.Run(video, tflite, Enum.Parse<PoseModelKind>(model, ignoreCase: true), null, log);

    /// <summary>Median ms per inference of each model, ONNX Runtime against OpenCV DNN, GFLOPs and GFLOP/s.</summary>
    public static void Models(string modelsDir, int runs, TextWriter log)
    {
        if (runs is < MinRuns or > MaxRuns) throw new GaitCheckException(ExitCode.Usage, $"--runs must be from {MinRuns} to {MaxRuns}, got {Inv.I(runs)}");
        ModelBenchmark.Run(modelsDir, runs, log);
    }
}
