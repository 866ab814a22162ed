using System.Diagnostics;
using System.Text;
using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Pose.Extraction;

namespace GaitCheck.DevTools.Recognition;

/// <summary>One row: what the tool said of a <see cref="RecognitionCase"/>, and whether that is right.</summary>
/// <param name="Case">The clip or variant and the label it should get.</param>
/// <param name="Said">The label given ("not recognised", "single-leg squat (left)", "no person found", ...).</param>
/// <param name="Units">Reps or strides found ("3 reps", "32 strides", or "-").</param>
/// <param name="Findings">Findings reported (any level): a wrong label must have none.</param>
/// <param name="Reason">Why it was not recognised, or what limited it; empty otherwise.</param>
/// <param name="Seconds">Wall time of the row.</param>
public sealed record RecognitionRow(RecognitionCase Case, string Said, string Units, int Findings, string Reason, double Seconds)
{
    /// <summary>right, "wrong, no findings" (an abstention or harmless label), or "WRONG WITH FINDINGS".</summary>
    public string Verdict => Said == RecognitionTable.Label(Case.Expected) || Said.StartsWith(RecognitionTable.Label(Case.Expected) + " (", StringComparison.Ordinal)
        ? "right" : Findings == 0 ? "wrong, no findings" : "WRONG WITH FINDINGS";
}

/// <summary>
/// Runs the recognition table: makes each <see cref="RecognitionCase"/>'s clip (ffmpeg, cached in OUT/clips), runs the
/// full pipeline on it (pose with the defaults, then the analysis) and compares the label with the expected one.
/// </summary>
public static class RecognitionTable
{
    public static IReadOnlyList<RecognitionRow> Run(IEnumerable<RecognitionCase> cases, string mediaDir, string samplesDir, string outDir,
        string? modelsDir, Action<string>? log = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        string clips = Path.Combine(outDir, "clips");
        Directory.CreateDirectory(clips);
        var rows = new List<RecognitionRow>();
        foreach (var c in cases)
        {
            cancel.ThrowIfCancellationRequested();
            var sw = Stopwatch.StartNew();
            string src = c.Source.StartsWith(RecognitionCorpus.Samples, StringComparison.Ordinal)
                ? Path.Combine(samplesDir, c.Source[RecognitionCorpus.Samples.Length..]) : Path.Combine(mediaDir, c.Source);
            if (!File.Exists(src)) throw new GaitCheckException(ExitCode.InputNotFound, $"recognition table: {src} is missing (see ../shared/media/SOURCES.md)");
            string clip = c.FfmpegArgs is null ? src : MakeVariant(src, c, clips);
            var row = Analyse(c, clip, modelsDir, cancel) with { Seconds = Math.Round(sw.Elapsed.TotalSeconds, 1) };
            log?.Invoke($"{c.Name}: {row.Said} ({row.Units}, {row.Findings} findings) -> {row.Verdict} [{Inv.F(row.Seconds, 1)} s]");
            rows.Add(row);
        }
        return rows;
    }

    private static RecognitionRow Analyse(RecognitionCase c, string clip, string? modelsDir, CancellationToken cancel)
    {
        PoseSequence seq;
        try { seq = PoseExtractor.Run(clip, new PoseExtractionOptions { Overlay = false, ModelsDirectory = modelsDir }, cancel: cancel).Sequence; }
        catch (GaitCheckException e) when (e.Code == ExitCode.NoPerson) { return new RecognitionRow(c, "no person found", "-", 0, e.Message, 0); }
        var r = ClipAnalyzer.Analyze(seq);
        string said = Label(r.Movement.Kind) + (r.Movement.Kind == MovementKind.SingleLegSquat
            ? r.Movement.StanceSide is { } s ? $" ({(s == Side.Left ? "left" : "right")})" : " (both legs)" : "");
        string units = r.Reps.Count > 0 ? $"{Inv.I(r.Reps.Select(x => (x.Number, x.StanceSide)).Distinct().Count())} reps" : r.Strides.Count > 0 ? $"{Inv.I(r.Strides.Count)} strides" : "-";
        if (r.Movement.Kind == MovementKind.DoubleLegSquat) units = $"{Inv.I(r.Reps.Select(x => x.Number).Distinct().Count())} reps";
        string reason = r.Movement.NotRecognisedReason ?? r.Movement.CameraMoving ?? "";
        return new RecognitionRow(c, said, units, r.Findings.Count, reason, 0);
    }

    /// <summary>The table's word for a movement.</summary>
    public static string Label(ExpectedLabel e) => e switch
    {
        ExpectedLabel.NotRecognised => "not recognised",
        ExpectedLabel.SingleLegSquat => "single-leg squat",
        ExpectedLabel.DoubleLegSquat => "double-leg squat",
        ExpectedLabel.Running => "running",
        _ => "walking",
    };

    private static string Label(MovementKind k) => k switch
    {
        MovementKind.SingleLegSquat => Label(ExpectedLabel.SingleLegSquat),
        MovementKind.DoubleLegSquat => Label(ExpectedLabel.DoubleLegSquat),
        MovementKind.Running => Label(ExpectedLabel.Running),
        MovementKind.Walking => Label(ExpectedLabel.Walking),
        _ => Label(ExpectedLabel.NotRecognised),
    };

    /// <summary>The variant's clip, made once (written to a temporary name, then renamed).</summary>
    private static string MakeVariant(string src, RecognitionCase c, string clips)
    {
        string dst = Path.Combine(clips, c.Name + ".mp4");
        if (File.Exists(dst)) return dst;
        string tmp = dst + ".tmp.mp4";
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-loglevel", "error", "-nostdin", "-y", "-i", src }) psi.ArgumentList.Add(a);
        foreach (var a in c.FfmpegArgs!) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(tmp);
        using var p = Process.Start(psi) ?? throw new GaitCheckException(ExitCode.ExternalToolFailed, "cannot start ffmpeg");
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new GaitCheckException(ExitCode.ExternalToolFailed, $"ffmpeg failed making {c.Name}: {err.Trim()}");
        File.Move(tmp, dst, overwrite: true);
        return dst;
    }

    /// <summary>The table in markdown (the README's block between recognition-table markers).</summary>
    public static string Markdown(IReadOnlyList<RecognitionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.Append("| clip | variant | expected | said | reps / strides | findings | verdict | why not recognised |\n");
        sb.Append("|---|---|---|---|---:|---:|---|---|\n");
        foreach (var r in rows)
            sb.Append(Inv.C, $"| {r.Case.Name} | {Cell(r.Case.Variant)} | {Label(r.Case.Expected)} | {r.Said} | {r.Units} | {r.Findings} | {r.Verdict} | {Cell(r.Reason)} |\n");
        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
