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
        public readonly Option<double?> Start = new("--start") { Description = "Start time in seconds" };
        public readonly Option<double?> End = new("--end") { Description = "End time in seconds" };
        public readonly Option<string?> Person = new("--person") { Description = "X,Y pixel point (upright frame) on the person to assess; default: the largest, most central person" };
        public readonly Option<string?> View = new("--view") { Description = "Camera view: auto (default), frontal, posterior, left-sagittal, right-sagittal, oblique" };
        public readonly Option<string?> Movement = new("--movement") { Description = "Movement: auto (default), single-leg-squat, running, walking, other" };
        public readonly Option<FileInfo?> Config = new("--config") { Description = "JSON file with any of these settings (keys: model, start, end, person, view, movement, overlay, keyFrames, filter, models, threads); flags override it" };
        public readonly Option<bool> NoOverlay = new("--no-overlay") { Description = "Do not write overlay.mp4" };

        public void AddTo(Command cmd)
        {
            foreach (var o in new Option[] { Model, Start, End, Person, View, Movement, Config, NoOverlay }) cmd.Options.Add(o);
        }

        public AnalyzeSettings Read(ParseResult p)
        {
            var flags = new AnalyzeSettings
            {
                Model = AnalyzeSettings.ParseModel(p.GetValue(Model)),
                Start = p.GetValue(Start),
                End = p.GetValue(End),
                Person = AnalyzeSettings.ParsePerson(p.GetValue(Person)),
                View = AnalyzeSettings.ParseView(p.GetValue(View)),
                Movement = AnalyzeSettings.ParseMovement(p.GetValue(Movement)),
                Overlay = p.GetValue(NoOverlay) ? false : null,
            };
            var config = p.GetValue(Config);
            return config is null ? flags : AnalyzeSettings.LoadConfig(config.FullName).Over(flags);
        }
    }

    public static Command Create()
    {
        var video = new Argument<string>("video") { Description = "Video file (H.264/HEVC/VP9 in mp4, mov, webm)" };
        var outDir = new Option<string>("--out", "-o") { Description = "Output folder: report.html, result.json, *.csv, charts/*.png, keypoints.json, overlay.mp4", Required = true };
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
            using var cancel = CtrlC.Start();
            var r = ClipPipeline.Run(path, dir, s, parse.GetValue(CliApp.Verbose) ? err : null, cancel.Token);
            if (r.Document.Clip.Truncated)
                err.WriteLine($"gaitcheck: warning: {path} is damaged or truncated; analysed up to its last decodable frame");
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

/// <summary>Turns Ctrl+C into cancellation (exit code 130 via CliApp) for the duration of a command.</summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly ConsoleCancelEventHandler _handler;

    private CtrlC()
    {
        _handler = (_, e) => { e.Cancel = true; _cts.Cancel(); };
        Console.CancelKeyPress += _handler;
    }

    public static CtrlC Start() => new();
    public CancellationToken Token => _cts.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= _handler;
        _cts.Dispose();
    }
}
