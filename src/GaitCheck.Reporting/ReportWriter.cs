using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Reporting.Charts;
using GaitCheck.Reporting.Csv;
using GaitCheck.Reporting.Export;
using GaitCheck.Reporting.Html;
using GaitCheck.Reporting.Json;

namespace GaitCheck.Reporting;

/// <summary>
/// Writes a report folder: charts/*.png, summary.csv, one CSV per table, result.json (<see cref="ResultJson"/>), the
/// research exports angles.mot (<see cref="MotWriter"/>) and curves.csv (<see cref="CurvesWriter"/>), and report.html LAST. Every file goes through <see cref="AtomicFile"/>,
/// and a stale report.html is removed first, so a folder with report.html is always a complete one.
/// </summary>
public static class ReportWriter
{
    public const string ReportFile = "report.html";
    public const string ResultFile = "result.json";
    public const string SummaryCsv = "summary.csv";

    /// <summary>Deletes a previous run's report.html so a failure half-way cannot leave a folder that looks complete.</summary>
    public static void InvalidatePrevious(string dir)
    {
        string report = Path.Combine(dir, ReportFile);
        try { if (File.Exists(report)) File.Delete(report); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot replace {report}: {IoError.Reason(e)}", e);
        }
    }

    /// <summary>Writes everything; returns the paths written, report.html last.</summary>
    public static IReadOnlyList<string> Write(string dir, ReportDocument doc, AnalysisResult? result)
    {
        ArgumentNullException.ThrowIfNull(doc);
        InvalidatePrevious(dir);
        var written = WriteBeforeReport(dir, doc, result).ToList();
        written.Add(WriteReport(dir, doc));
        return written;
    }

    /// <summary>Everything but report.html: charts, CSV files and, when <paramref name="result"/> is given, result.json.</summary>
    public static IReadOnlyList<string> WriteBeforeReport(string dir, ReportDocument doc, AnalysisResult? result)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var written = new List<string>();
        foreach (var c in ChartsOf(doc))
        {
            string p = Path.Combine(dir, "charts", c.FileName);
            AtomicFile.WriteAllBytes(p, c.Png);
            written.Add(p);
        }
        string summary = Path.Combine(dir, SummaryCsv);
        AtomicFile.WriteAllText(summary, CsvWriter.Summary(doc.Metrics));
        written.Add(summary);
        foreach (var t in doc.Tables)
        {
            string p = Path.Combine(dir, t.Name + ".csv");
            AtomicFile.WriteAllText(p, CsvWriter.Table(t));
            written.Add(p);
        }
        if (result != null)
        {
            string p = Path.Combine(dir, ResultFile);
            ResultJson.Save(result, p);
            written.Add(p);
            string mot = Path.Combine(dir, MotWriter.FileName), curves = Path.Combine(dir, CurvesWriter.FileName);
            MotWriter.Save(result, mot);
            CurvesWriter.Save(result, curves);
            written.Add(mot);
            written.Add(curves);
        }
        return written;
    }

    /// <summary>Writes markers.csv: the tracked skin markers, one row per frame and marker.</summary>
    public static string WriteMarkers(string dir, Core.Markers.MarkerTracks tracks, PoseSequence seq)
    {
        string p = Path.Combine(dir, MarkerCsv.FileName);
        AtomicFile.WriteAllText(p, MarkerCsv.Write(tracks, seq));
        return p;
    }

    /// <summary>Writes report.html (call last: its presence marks the folder complete).</summary>
    public static string WriteReport(string dir, ReportDocument doc)
    {
        string report = Path.Combine(dir, ReportFile);
        AtomicFile.WriteAllText(report, HtmlReportWriter.Render(doc, ChartsOf(doc)));
        return report;
    }

    /// <summary>Charts are rendered once per document (cached by reference), so the PNG files and the report embed the same bytes.</summary>
    internal static IReadOnlyList<RenderedChart> ChartsOf(ReportDocument doc) =>
        Cache.GetValue(doc, d => new ChartsBox(ChartSet.Render(d))).Charts;

    private sealed record ChartsBox(IReadOnlyList<RenderedChart> Charts);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportDocument, ChartsBox> Cache = new();
}
