using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck analyze VIDEO --out DIR`: pose → analysis → report.html, result.json, CSV, charts, keypoints, overlay.</summary>
internal static class AnalyzeCommand
{
    /// <summary>The analysis flags shared with `batch`; each overrides the same key of --config.</summary>
    internal sealed class SettingsOptions
    {
        public readonly Option<string?> Model = new("--model", "-m") { Description = "Landmark model: lite, full (default) or heavy" };
        public readonly Option<double?> Start = CliOptions.Number<double>("--start", "Start time in seconds");
        public readonly Option<double?> End = CliOptions.Number<double>("--end", "End time in seconds");
        public readonly Option<string?> Person = new("--person") { Description = "X,Y pixel point (upright frame) on the person to assess; default: the largest, most central person" };
        public readonly Option<string?> View = new("--view") { Description = "Camera view: auto (default), frontal, posterior, left-sagittal, right-sagittal, oblique" };
        public readonly Option<string?> Movement = new("--movement") { Description = "Movement: auto (default), single-leg-squat, double-leg-squat, running, walking, other" };
        public readonly Option<double?> CaptureFps = CliOptions.Number<double>("--capture-fps", "Frame rate the clip was filmed at, for slow-motion video stored at a lower playback rate (default: the video's metadata, if it says)");
        public readonly Option<string> Config = CliOptions.Path("--config", "JSON file with any of these settings (keys: model, start, end, person, view, movement, captureFps, markers, overlay, keyFrames, blur, filter, models, threads); flags override it", required: false);
        public readonly Option<bool> NoOverlay = new("--no-overlay") { Description = "Do not write overlay.mp4" };
        public readonly Option<bool> NoBlur = new("--no-blur") { Description = "Do not blur faces in the overlay video and key frames (they are blurred by default)" };
        public readonly Option<string?> Markers = new("--markers") { Description = "Skin-marker stickers to track: none (default), auto, green, orange, pink or blue; the protocol angles then replace the markerless ones" };

        public void AddTo(Command cmd)
        {
            foreach (var o in new Option[] { Model, Start, End, Person, View, Movement, CaptureFps, Config, NoOverlay, NoBlur, Markers }) cmd.Options.Add(o);
        }

        /// <summary>The flags over the config file, each range-checked (usage error naming the flag or the config key).</summary>
        public AnalyzeSettings Read(ParseResult p) => new AnalyzeFlags
        {
            Model = p.GetValue(Model),
            Start = p.GetValue(Start),
            End = p.GetValue(End),
            Person = p.GetValue(Person),
            View = p.GetValue(View),
            Movement = p.GetValue(Movement),
            CaptureFps = p.GetValue(CaptureFps),
            Markers = p.GetValue(Markers),
            NoOverlay = p.GetValue(NoOverlay),
            NoBlur = p.GetValue(NoBlur),
            Config = p.GetValue(Config),
        }.Settings();
    }

    public static Command Create()
    {
        var video = CliOptions.PathArgument("video", "Video file (H.264/HEVC/VP9 in mp4, mov, webm)");
        var outDir = CliOptions.Path("--out", "Output folder: report.html, result.json, *.csv, charts/*.png, keypoints.json, overlay.mp4", required: true, "-o");
        var settings = new SettingsOptions();
        var cmd = new Command("analyze", "Analyse a video: single-leg squat or running metrics, findings and a printable report");
        cmd.Arguments.Add(video);
        cmd.Options.Add(outDir);
        settings.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var s = settings.Read(parse);
            string path = parse.GetValue(video)!;
            string dir = Path.GetFullPath(parse.GetValue(outDir)!);
            var err = parse.InvocationConfiguration.Error;
            ClipOutcome r;
            using (var progress = ProgressLine.For(parse))
                r = ClipPipeline.Run(path, dir, s, parse.GetValue(CliApp.Verbose) ? err : null, CliApp.Cancel, progress);
            foreach (var w in r.Warnings ?? []) err.WriteLine($"gaitcheck: warning: {w}");
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine(r.Headline);
            o.WriteLine($"report: {r.ReportPath}");
            if (r.WrongView is { } why)
            {
                err.WriteLine($"gaitcheck: error: {why} (the report lists how to film it)");
                return (int)ExitCode.WrongView;
            }
            return 0;
        });
        return cmd;
    }
}
