using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Core.Signal;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Reporting;
using GaitCheck.Reporting.Session;

namespace GaitCheck.Pipeline.Session;

/// <summary>What a session run wrote: the folder, its report, and one line per clip for the terminal.</summary>
public sealed record SessionOutcome(string OutDir, string ReportPath, string JsonPath, IReadOnlyList<string> Lines, IReadOnlyList<string> Warnings);

/// <summary>
/// `gaitcheck session`: one report for one person's visit. Each clip is analysed into its own complete folder
/// OUT/clips/NAME (NAME = its role when given, else its file name; videos through <see cref="ClipPipeline"/>,
/// saved keypoints.json files through the same stages without a video), with the role's movement and view forced
/// when a role is given and recognised otherwise (<see cref="ClipRoles.Detect(Analysis.Results.AnalysisResult)"/>).
/// Then the clips are joined (<see cref="SessionReport.Build"/>: left against right, drivers over all clips) and
/// OUT/session.json and OUT/report.html are written, report.html last: a session folder with report.html is complete.
/// </summary>
public static class SessionRun
{
    public const string ClipsFolder = "clips";

    public static SessionOutcome Run(SessionRequest q, string outDir, AnalyzeSettings settings, TextWriter? log = null,
        CancellationToken cancel = default, IProgress<ProgressUpdate>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var details = q.Details();
        if (q.Clips.Count == 0) throw new GaitCheckException(ExitCode.Usage, "a session needs at least one clip (CLIP arguments, --clip ROLE=PATH or --session FILE)");
        foreach (var c in q.Clips) InputFile.RequireRegular(c.Path, "clip");
        OutputFolder.Prepare(outDir);
        outDir = Path.GetFullPath(outDir);
        foreach (var c in q.Clips)
            if (Path.GetFullPath(c.Path).StartsWith(Path.Combine(outDir, ClipsFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new GaitCheckException(ExitCode.Usage, $"--out {outDir} would overwrite the clip {c.Path}; choose another --out folder");
        ReportWriter.InvalidatePrevious(outDir);

        var names = FolderNames(q.Clips);
        var clips = new List<SessionClipReport>();
        var warnings = new List<string>();
        for (int i = 0; i < q.Clips.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var input = q.Clips[i];
            var given = input.Role is { } rn ? ClipRoles.Parse(rn) : null;
            var s = settings with
            {
                Movement = given is { } g1 ? ClipRoles.Movement(g1) : settings.Movement,
                View = given is { } g2 && ClipRoles.View(g2) is { } v ? v : settings.View,
            };
            string dir = Path.Combine(outDir, ClipsFolder, names[i]);
            log?.WriteLine($"session: clip {Inv.I(i + 1)}/{Inv.I(q.Clips.Count)} {Path.GetFileName(input.Path)} -> {ClipsFolder}/{names[i]}");
            var outcome = IsKeypoints(input.Path) ? FromKeypoints(input.Path, dir, s, cancel)
                : ClipPipeline.Run(input.Path, dir, s, log, cancel, progress, $"clip {Inv.I(i + 1)}/{Inv.I(q.Clips.Count)} ");
            warnings.AddRange((outcome.Warnings ?? []).Select(w => $"{names[i]}: {w}"));
            var result = outcome.Result ?? throw new InvalidOperationException("the clip pipeline returned no analysis");
            var detected = ClipRoles.Detect(result);
            var role = given ?? detected;
            string? mismatch = given is { } gr && detected != gr ? $"recognised as {ClipRoles.Name(detected)}" : null;
            if (mismatch != null) warnings.Add($"{names[i]}: given as {ClipRoles.Name(role)} but {mismatch}");
            string folder = ClipsFolder + "/" + names[i];
            var doc = outcome.Document with { OverlayVideo = outcome.Document.OverlayVideo is { } ov ? folder + "/" + ov : null };
            clips.Add(new SessionClipReport(new SessionClip(names[i], role, result), Path.GetFileName(input.Path), folder, given != null, doc)
            {
                RoleMismatch = mismatch,
                Overlay = doc.OverlayVideo,
            });
        }
        cancel.ThrowIfCancellationRequested();
        clips = [.. clips.OrderBy(c => c.Clip.Role)]; // squat left, squat right, running, walking: the report's order, whatever the typing order
        var report = SessionReport.Build(details, clips);
        string json = SessionJson.Save(report, outDir);
        string html = Path.Combine(outDir, ReportWriter.ReportFile);
        AtomicFile.WriteAllText(html, SessionHtml.Render(report));
        var lines = clips.Select(c => $"{c.Clip.Name}: {SessionHtml.RoleTitle(c.Clip.Role)} ({(c.RoleGiven ? "given" : "recognised")})")
            .Concat(report.Drivers.Select(d => $"{Reporting.Text.FindingWords.DriverName(d.Driver)}: {SessionWords.Status(d.Status)}"))
            .ToList();
        return new SessionOutcome(outDir, html, json, lines, warnings);
    }

    /// <summary>A saved keypoints.json (from `pose` or `analyze`) analysed without its video: no overlay or key frames.</summary>
    private static ClipOutcome FromKeypoints(string path, string dir, AnalyzeSettings s, CancellationToken cancel)
    {
        var seq = KeypointFile.Load(path);
        if (seq.Frames.Count == 0) throw new GaitCheckException(ExitCode.BadKeypoints, $"{path} has no frames");
        if (string.IsNullOrWhiteSpace(seq.Filter) || seq.Filter.Equals("none", StringComparison.OrdinalIgnoreCase))
            seq = SequenceFilter.Offline(seq, new OfflineFilterOptions());
        using var output = StagedOutput.Begin(dir, path);
        var outcome = output.Write(d => ClipPipeline.Finish(seq, null, d, s, cancel: cancel));
        output.Commit();
        return outcome with { OutDir = output.Dir };
    }

    private static bool IsKeypoints(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Each clip's folder: its role when given, else its file name; made unique (OutputName's rules).</summary>
    private static IReadOnlyList<string> FolderNames(IReadOnlyList<SessionClipInput> clips)
    {
        var names = new List<string>();
        foreach (var c in clips)
        {
            string b = c.Role is { } r ? ClipRoles.Name(ClipRoles.Parse(r)!.Value) : Batch.OutputName.Base(c.Path);
            string n = b;
            for (int k = 2; names.Contains(n, StringComparer.OrdinalIgnoreCase); k++) n = b + "-" + Inv.I(k);
            names.Add(n);
        }
        return names;
    }
}
