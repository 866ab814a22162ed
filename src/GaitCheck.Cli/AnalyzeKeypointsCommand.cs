using System.CommandLine;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Signal;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Reporting;
using GaitCheck.Reporting.Json;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck analyze-keypoints FILE [--out DIR] [--view V] [--movement M] [--no-filter]`: reruns the analysis on saved keypoints.</summary>
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
        var cmd = new Command("analyze-keypoints", "Analyse saved keypoints: views, reps or gait events, metrics and findings -> result.json");
        cmd.Arguments.Add(file);
        foreach (var o in new Option[] { outDir, view, movement, captureFps, noFilter }) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            new AnalyzeSettings { CaptureFps = parse.GetValue(captureFps) }.Validate();
            var options = new AnalysisOptions
            {
                ForceView = AnalyzeSettings.ParseView(parse.GetValue(view)),
                ForceMovement = AnalyzeSettings.ParseMovement(parse.GetValue(movement)),
                CaptureFps = parse.GetValue(captureFps),
            };
            var seq = KeypointFile.Load(path);
            if (seq.Frames.Count == 0) throw new GaitCheckException(ExitCode.BadKeypoints, $"{path} has no frames");
            if (!parse.GetValue(noFilter) && IsUnfiltered(seq)) seq = SequenceFilter.Offline(seq, new OfflineFilterOptions());
            CliApp.Cancel.ThrowIfCancellationRequested();
            var result = ClipAnalyzer.Analyze(seq, options);
            string dir = Path.GetFullPath(parse.GetValue(outDir) ?? Path.GetDirectoryName(Path.GetFullPath(path))!);
            OutputFolder.RequireFolderPath(dir);
            OutputFolder.RefuseOverwritingInput(path, dir, [ReportWriter.ResultFile], charts: false);
            string resultPath = Path.Combine(dir, "result.json");
            CliApp.Cancel.ThrowIfCancellationRequested();
            ResultJson.Save(result, resultPath);
            var o = parse.InvocationConfiguration.Output;
            foreach (var line in ResultSummaryText.Lines(result)) o.WriteLine(line);
            o.WriteLine($"result: {resultPath}");
            if (ResultSummaryText.WrongViewMessage(result) is { } wrong) throw new GaitCheckException(ExitCode.WrongView, wrong);
            return 0;
        });
        return cmd;
    }

    private static bool IsUnfiltered(PoseSequence seq) =>
        string.IsNullOrWhiteSpace(seq.Filter) || seq.Filter.Equals("none", StringComparison.OrdinalIgnoreCase);
}
