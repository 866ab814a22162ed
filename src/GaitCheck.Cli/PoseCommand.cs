using System.CommandLine;
using GaitCheck.Pipeline.PoseExtraction;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck pose VIDEO --out DIR`: tracks the assessed person and writes keypoints.json/.csv and overlay.mp4.</summary>
internal static class PoseCommand
{
    public static Command Create()
    {
        var video = CliOptions.PathArgument("video", "Video file (H.264/HEVC/VP9 in mp4, mov, webm; rotation metadata honoured)");
        var outDir = CliOptions.Path("--out", "Output folder for keypoints.json, keypoints.csv, overlay.mp4", required: true, "-o");
        var model = new Option<string>("--model", "-m") { Description = "Landmark model: lite, full or heavy", DefaultValueFactory = _ => "full" };
        model.AcceptOnlyFromAmong("lite", "full", "heavy");
        var start = CliOptions.Number<double>("--start", "Start time in seconds");
        var end = CliOptions.Number<double>("--end", "End time in seconds");
        var person = new Option<string?>("--person") { Description = "X,Y pixel point (upright frame) on the person to assess; default: the largest, most central person" };
        var noOverlay = new Option<bool>("--no-overlay") { Description = "Do not write overlay.mp4" };
        var noBlur = new Option<bool>("--no-blur") { Description = "Do not blur faces in overlay.mp4 (blurred by default)" };
        var filter = new Option<string>("--filter") { Description = "offline (Butterworth 6 Hz + Hampel, default), online (One-Euro) or none", DefaultValueFactory = _ => "offline" };
        filter.AcceptOnlyFromAmong("offline", "online", "none");
        var noFlip = new Option<bool>("--no-flip") { Description = "Run the landmark model once per frame instead of averaging it with its mirror image (faster, not mirror-symmetric)" };
        var noRefine = new Option<bool>("--no-refine") { Description = "Do not refine landmarks from the model's heatmap (MediaPipe's RefineLandmarksFromHeatmap, kernel 7, which is on by default)" };

        var cmd = new Command("pose", "Track the assessed person's 33 BlazePose landmarks through a video");
        cmd.Arguments.Add(video);
        foreach (var o in new Option[] { outDir, model, start, end, person, noOverlay, noBlur, filter, noFlip, noRefine }) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            using var line = ProgressLine.For(parse);
            string dir = Path.GetFullPath(parse.GetValue(outDir)!);
            var r = ExtractPose.Run(new ExtractPoseRequest
            {
                Video = parse.GetValue(video)!,
                OutDir = dir,
                Model = parse.GetValue(model)!,
                Start = parse.GetValue(start),
                End = parse.GetValue(end),
                Person = parse.GetValue(person),
                Overlay = !parse.GetValue(noOverlay),
                Blur = !parse.GetValue(noBlur),
                Filter = parse.GetValue(filter)!,
                Flip = !parse.GetValue(noFlip),
                Refine = !parse.GetValue(noRefine),
            }, line, CliApp.Cancel);
            line?.Dispose();
            foreach (var w in r.Warnings) err.WriteLine($"gaitcheck: warning: {w}");
            parse.InvocationConfiguration.Output.WriteLine(r.Summary);
            return 0;
        });
        return cmd;
    }
}
