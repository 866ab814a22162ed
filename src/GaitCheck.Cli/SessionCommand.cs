using System.CommandLine;
using GaitCheck.Pipeline.Session;

namespace GaitCheck.Cli;

/// <summary>
/// `gaitcheck session [CLIP...] [--clip ROLE=PATH...] [--session FILE] --out DIR`: one report for one person's visit
/// (several clips, roles given or recognised, subject and visit details).
/// </summary>
internal static class SessionCommand
{
    public static Command Create()
    {
        var clips = new Argument<string[]>("clips") { Description = "Clips whose role is recognised (video, or a saved keypoints.json)", Arity = ArgumentArity.ZeroOrMore };
        var clip = new Option<string[]>("--clip") { Description = "A clip with its role: ROLE=PATH, ROLE one of squat-left, squat-right, run-posterior, run-frontal, run-sagittal, walk (repeatable)", AllowMultipleArgumentsPerToken = false };
        var session = CliOptions.Path("--session", "Session JSON file: subject, visit and clips with roles (see README); flags override it", required: false);
        var outDir = CliOptions.Path("--out", "Output folder: report.html, session.json, clips/ROLE/ (each clip's own report folder)", required: true, "-o");
        var subject = new Option<string?>("--subject") { Description = "Subject ID" };
        var initials = new Option<string?>("--initials") { Description = "Subject's initials" };
        var date = new Option<string?>("--date") { Description = "Visit date, yyyy-MM-dd" };
        var painful = new Option<string?>("--painful-side") { Description = "Painful side: left, right, both or none" };
        var shoes = new Option<string?>("--shoes") { Description = "Shoes worn" };
        var speed = CliOptions.Number<double>("--speed", "Treadmill speed for the running clips, km/h");
        var notes = new Option<string?>("--notes") { Description = "Clinician notes" };
        var settings = new AnalyzeCommand.SettingsOptions();
        var cmd = new Command("session", "One report for one person's visit: several clips (squat each leg, running), legs compared, drivers synthesised");
        cmd.Arguments.Add(clips);
        foreach (var o in new Option[] { clip, session, outDir, subject, initials, date, painful, shoes, speed, notes }) cmd.Options.Add(o);
        settings.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var s = settings.Read(parse);
            var q = new SessionRequest
            {
                Clips = [.. (parse.GetValue(clips) ?? []).Select(p => new SessionClipInput(p, null)), .. (parse.GetValue(clip) ?? []).Select(SessionRequest.ParseClip)],
                SubjectId = parse.GetValue(subject), Initials = parse.GetValue(initials), Date = parse.GetValue(date),
                PainfulSide = parse.GetValue(painful), Shoes = parse.GetValue(shoes), TreadmillSpeedKmh = parse.GetValue(speed), Notes = parse.GetValue(notes),
            };
            if (parse.GetValue(session) is { } file) q = q.Over(SessionRequest.Load(file));
            var err = parse.InvocationConfiguration.Error;
            SessionOutcome r;
            using (var progress = ProgressLine.For(parse))
                r = SessionRun.Run(q, Path.GetFullPath(parse.GetValue(outDir)!), s, parse.GetValue(CliApp.Verbose) ? err : null, CliApp.Cancel, progress);
            foreach (var w in r.Warnings) err.WriteLine($"gaitcheck: warning: {w}");
            var o = parse.InvocationConfiguration.Output;
            foreach (var line in r.Lines) o.WriteLine(line);
            o.WriteLine($"session: {r.JsonPath}");
            o.WriteLine($"report: {r.ReportPath}");
            return 0;
        });
        return cmd;
    }
}
