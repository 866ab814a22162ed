using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Bench;
using GaitCheck.Pose;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck bench models`: per-model inference time, ONNX Runtime vs OpenCV DNN, GFLOPs and GFLOP/s (subcommand of `bench`).</summary>
internal static class BenchModelsCommand
{
    /// <summary>Fewer runs give no stable median; more take hours with the heavy model.</summary>
    private const int MinRuns = 5, MaxRuns = 10_000;

    public static Command Create()
    {
        var dir = CliOptions.Path("--dir", "Models folder (default: $GAITCHECK_MODELS, else the repository's models/)", false, ModelStore.DefaultDirectory, "-d");
        var runs = CliOptions.Number("--runs", $"Timed runs per model, {MinRuns} to {MaxRuns} (heavy: a third)", 50);
        var cmd = new Command("models", "Median ms per inference of each model: ONNX Runtime (2 threads) vs OpenCV DNN on the .tflite; GFLOPs and GFLOP/s");
        cmd.Options.Add(dir);
        cmd.Options.Add(runs);
        cmd.SetAction(parse =>
        {
            int n = parse.GetValue(runs);
            if (n is < MinRuns or > MaxRuns) throw new GaitCheckException(ExitCode.Usage, $"--runs must be from {MinRuns} to {MaxRuns}, got {Inv.I(n)}");
            ModelBenchmark.Run(Path.GetFullPath(parse.GetValue(dir)!), n, parse.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }
}
