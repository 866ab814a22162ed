using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck analyze-keypoints FILE [--out DIR] [--view V] [--movement M] [--no-filter] [--markers CSV]`: reruns the analysis on saved keypoints.</summary>
internal static class AnalyzeKeypointsCommand
{
    public static Command Create()
    {
        var file = CliOptions.PathArgument("file", "A gaitcheck-keypoints/1 JSON file (from `gaitcheck pose` or `analyze`)");
        var outDir = CliOptions.Path("--out", "Output folder for result.json (default: the keypoint file's folder)", required: false, "-o");
        var view = new Option<string?>("--view") { Description = "Camera view: auto (default), frontal, posterior, left-sagittal, right-sagittal, oblique" };
        var movement = new Option<string?>("--movement") { Description = "Movement: auto (default), single-leg-squat, double-leg-squat, running, walking, other" };
        var captureFps = CliOptions.Number<double>("--capture-fps", "Frame rate the clip was filmed at, for slow-motion video (default: the keypoint file's captureFps, if any)");
        var noFilter = new Option<bool>("--no-filter") { Description = "Do not apply the offline Butterworth + Hampel filter to an unfiltered file" };
        var markers = CliOptions.Path("--markers", "A markers.csv saved by `analyze --markers` with these keypoints: the protocol angles are measured from its tracks", required: false);
        var cmd = new Command("analyze-keypoints", "Analyse saved keypoints: views, reps or gait events, metrics and findings -> result.json");
        cmd.Arguments.Add(file);
        foreach (var o in new Option[] { outDir, view, movement, captureFps, noFilter, markers }) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            var r = AnalyzeKeypoints.Run(new AnalyzeKeypointsRequest
            {
                File = parse.GetValue(file)!,
                OutDir = parse.GetValue(outDir),
                View = parse.GetValue(view),
                Movement = parse.GetValue(movement),
                CaptureFps = parse.GetValue(captureFps),
                Filter = !parse.GetValue(noFilter),
                Markers = parse.GetValue(markers),
            }, CliApp.Cancel);
            var o = parse.InvocationConfiguration.Output;
            foreach (var line in r.Summary) o.WriteLine(line);
            o.WriteLine($"result: {r.ResultPath}");
            if (r.WrongView is { } wrong) throw new GaitCheckException(ExitCode.WrongView, wrong);
            return 0;
        });
        return cmd;
    }
}
