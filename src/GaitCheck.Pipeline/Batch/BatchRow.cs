using GaitCheck.Core;
using GaitCheck.Reporting;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Pipeline.Batch;

/// <summary>
/// One row of batch-summary.csv: the input, its status and error, its view and movement, and the left/right
/// means of the key metrics, then the subject and session a manifest gave. Statuses: ok, wrong-view, skipped, failed,
/// crashed (the worker process died) and timeout (killed at the time limit). Each finished output folder keeps its own row in batch-row.csv so a resumed
/// batch can list inputs it skipped.
/// </summary>
public static class BatchRow
{
    public const string FileName = "batch-row.csv";

    /// <summary>Metric ids whose left/right means are columns of the summary.</summary>
    public static readonly IReadOnlyList<string> KeyMetrics =
        ["fppa", "pelvic_drop", "hip_adduction", "trunk_lean_lateral", "rearfoot_eversion_proxy", "knee_flexion_bottom", "knee_flexion_contact", "overstride", "ground_contact_time"];

    public static readonly IReadOnlyList<string> Columns = BuildColumns();

    private static List<string> BuildColumns()
    {
        var c = new List<string> { "input", "output", "status", "exit_code", "error", "seconds", "view", "view_confidence", "movement", "stance_side",
            "reps", "strides", "cadence_spm", "frames", "tracked_pct", "findings" };
        foreach (var m in KeyMetrics) { c.Add(m + "_left"); c.Add(m + "_right"); }
        c.Add("subject");
        c.Add("session");
        return c;
    }

    /// <summary>A finished input; <paramref name="wrongView"/> set makes the status "wrong-view" (report written, no metric measurable).</summary>
    public static IReadOnlyList<string> Ok(BatchInput input, string outDir, ReportDocument doc, double seconds, string? wrongView = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(doc);
        var c = doc.Clip;
        var row = new List<string> { input.Path, outDir, wrongView is null ? "ok" : "wrong-view", Inv.I(wrongView is null ? 0 : (int)ExitCode.WrongView), wrongView ?? "", Inv.F(seconds, 1), c.View, Inv.F(c.ViewConfidence, 2), c.Movement,
            c.StanceSide?.ToString().ToLowerInvariant() ?? "", Inv.I(c.Reps), Inv.I(c.Strides), c.CadenceStepsPerMinute is double cad ? Inv.F(cad, 1) : "",
            Inv.I(c.Frames), Inv.F(100 * c.TrackedFraction, 1),
            string.Join(";", doc.Findings.Where(f => f.Flagged).Select(f => f.Driver + (f.Side is { } s ? ":" + s.ToString().ToLowerInvariant() : "")).Distinct(StringComparer.Ordinal)) };
        foreach (var key in KeyMetrics)
        {
            var m = doc.Metrics.FirstOrDefault(x => x.Key == key);
            row.Add(Mean(m, Side.Left));
            row.Add(Mean(m, Side.Right));
        }
        AddGroup(row, input);
        return row;
    }

    /// <summary>An input that ended without a report: <paramref name="status"/> is failed, crashed or timeout.</summary>
    public static IReadOnlyList<string> Failed(BatchInput input, string outDir, ExitCode code, string error, double seconds, string status = "failed")
    {
        ArgumentNullException.ThrowIfNull(input);
        var row = new List<string> { input.Path, outDir, status, Inv.I((int)code) + " " + code, error, Inv.F(seconds, 1) };
        while (row.Count < Columns.Count - 2) row.Add("");
        AddGroup(row, input);
        return row;
    }

    /// <summary>A saved row with the subject and session the current run gives its input (a manifest may have changed them).</summary>
    public static IReadOnlyList<string> WithGroup(IReadOnlyList<string> row, BatchInput input)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(input);
        var r = row.Take(Columns.Count - 2).ToList();
        AddGroup(r, input);
        return r;
    }

    private static void AddGroup(List<string> row, BatchInput input)
    {
        row.Add(input.Options?.Subject ?? "");
        row.Add(input.Options?.Session ?? "");
    }

    public static void Save(string outDir, IReadOnlyList<string> row) =>
        AtomicFile.WriteAllText(Path.Combine(outDir, FileName), CsvWriter.Table(Columns, [row]));

    /// <summary>The saved row of a finished folder, marked "skipped"; null when absent or from another column layout (a row saved
    /// before the subject and session columns is read with them empty).</summary>
    public static IReadOnlyList<string>? LoadSkipped(string outDir)
    {
        string p = Path.Combine(outDir, FileName);
        if (!File.Exists(p)) return null;
        var lines = File.ReadAllLines(p);
        if (lines.Length != 2) return null;
        var row = CsvLine.Split(lines[1]).ToList();
        if (lines[0] == string.Join(",", Columns.Take(Columns.Count - 2))) row.AddRange(["", ""]); // saved before subject and session existed
        else if (lines[0] != string.Join(",", Columns)) return null;
        if (row.Count != Columns.Count) return null;
        row[2] = "skipped";
        return row;
    }

    private static string Mean(MetricSummary? m, Side side)
    {
        var s = m?.Sides.FirstOrDefault(x => x.Side == side) ?? m?.Sides.FirstOrDefault(x => x.Side is null && side == Side.Left);
        return s is { N: > 0 } ? Inv.F(s.Mean, 2) : "";
    }
}
