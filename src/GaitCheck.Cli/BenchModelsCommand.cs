using System.CommandLine;
using GaitCheck.Pipeline.DevVerbs;
using GaitCheck.Pipeline.Models;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck bench models`: per-model inference time, ONNX Runtime vs OpenCV DNN, GFLOPs and GFLOP/s (subcommand of `bench`).</summary>
internal static class BenchModelsCommand
{
    public static Command Create()
    {
        var dir = CliOptions.Path("--dir", "Models folder (default: $GAITCHECK_MODELS, else the repository's models/, else ~/.local/share/gaitcheck/models)", false, ModelsVerb.DefaultDirectory, "-d");
        var runs = CliOptions.Number("--runs", $"Timed runs per model, {Benchmarks.MinRuns} to {Benchmarks.MaxRuns} (heavy: a third)", 50);
        var cmd = new Command("models", "Median ms per inference of each model: ONNX Runtime (2 threads) vs OpenCV DNN on the .tflite; GFLOPs and GFLOP/s");
        cmd.Options.Add(dir);
        cmd.Options.Add(runs);
        cmd.SetAction(parse =>
        {
            Benchmarks.Models(Path.GetFullPath(parse.GetValue(dir)!), parse.GetValue(runs), parse.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }
}
