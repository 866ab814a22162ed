using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Reporting;
using GaitCheck.Reporting.Compare;

namespace GaitCheck.Pipeline.Compare;

/// <summary>What `gaitcheck compare` wrote and one line per change beyond noise.</summary>
public sealed record CompareOutcome(string ReportPath, string JsonPath, int Compared, IReadOnlyList<string> Lines);

/// <summary>
/// `gaitcheck compare BEFORE AFTER`: two session.json or result.json files → OUT/compare.json, OUT/charts/compare-*.png
/// and OUT/report.html (last: its presence marks the folder complete). Inputs are read and paired before anything is written.
/// </summary>
public static class CompareVisits
{
    public static CompareOutcome Run(string before, string after, string outDir)
    {
        var report = CompareReport.Build(VisitReadings.Load(before), VisitReadings.Load(after));
        OutputFolder.Prepare(outDir);
        outDir = Path.GetFullPath(outDir);
        foreach (string input in new[] { before, after })
            OutputFolder.RefuseOverwritingInput(input, outDir, [CompareReport.JsonFile, ReportWriter.ReportFile], charts: true);
        ReportWriter.InvalidatePrevious(outDir);
        var charts = report.Charts();
        foreach (var c in charts) AtomicFile.WriteAllBytes(Path.Combine(outDir, OutputFolder.ChartsFolder, c.FileName), c.Png);
        string json = Path.Combine(outDir, CompareReport.JsonFile);
        AtomicFile.WriteAllText(json, report.Json());
        string html = Path.Combine(outDir, ReportWriter.ReportFile);
        AtomicFile.WriteAllText(html, report.Html(charts));
        var lines = report.Changes.Where(c => c.Verdict != ChangeVerdict.WithinNoise)
            .Select(c => $"{c.Role} {c.MetricName}{(c.Side is { } s ? " " + s.ToString().ToLowerInvariant() : "")}: {CompareReport.Sentence(c)}").ToList();
        return new CompareOutcome(html, json, report.Changes.Count, lines);
    }
}
