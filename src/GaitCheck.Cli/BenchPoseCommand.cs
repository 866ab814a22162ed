using System.CommandLine;
using GaitCheck.Pipeline.DevVerbs;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck bench pose VIDEO --tflite FILE`: end-to-end pose-stage fps, stage breakdown and peak RSS, ONNX Runtime vs OpenCV DNN (subcommand of `bench`).</summary>
internal static class BenchPoseCommand
{
    public static Command Create()
    {
        var video = CliOptions.PathArgument("video", "Clip to benchmark (e.g. a 1080p clip made by scripts/bench-pose.sh)");
        var tflite = CliOptions.Path("--tflite", "MediaPipe pose_landmark_*.tflite for the OpenCV DNN comparison run", required: true);
        var model = new Option<string>("--model", "-m") { Description = "lite, full or heavy", DefaultValueFactory = _ => "full" };
        model.AcceptOnlyFromAmong("lite", "full", "heavy");
        var cmd = new Command("pose", "Pose stage frames per second (decode -> landmarks -> filtered output), ONNX Runtime vs OpenCV DNN");
        cmd.Arguments.Add(video);
        cmd.Options.Add(tflite);
        cmd.Options.Add(model);
        cmd.SetAction(parse =>
        {
            Benchmarks.Pose(Path.GetFullPath(parse.GetValue(video)!), Path.GetFullPath(parse.GetValue(tflite)!), parse.GetValue(model)!,
                parse.InvocationConfiguration.Output);
            return 0;
        });
        return cmd;
    }
}
