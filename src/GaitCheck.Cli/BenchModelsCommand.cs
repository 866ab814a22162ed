using System.CommandLine;
using GaitCheck.Pipeline.Bench;
using GaitCheck.Pose;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck bench models`: per-model inference time, ONNX Runtime vs OpenCV DNN, GFLOPs and GFLOP/s (subcommand of `bench`).</summary>
internal static class BenchModelsCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--dir", "-d")
        {
            Description = "Models folder (default: $GAITCHECK_MODELS, else the repository's models/)",
            DefaultValueFactory = _ => new DirectoryInfo(ModelStore.DefaultDirectory()),
        };
        var runs = new Option<int>("--runs") { Description = "Timed runs per model (heavy: a third)", DefaultValueFactory = _ => 50 };
        var cmd = new Command("models", "Median ms per inference of each model: ONNX Runtime (2 threads) vs OpenCV DNN on the .tflite; GFLOPs and GFLOP/s");
        cmd.Options.Add(dir);
        cmd.Options.Add(runs);
        cmd.SetAction(parse =>
        {
            ModelBenchmark.Run(parse.GetValue(dir)!.FullName, Math.Max(5, parse.GetValue(runs)), parse.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }
}
