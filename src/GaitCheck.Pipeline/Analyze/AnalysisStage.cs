using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Core.Text;
using GaitCheck.Reporting;
using GaitCheck.Reporting.Json;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>What the analysis stage hands on: the report document, the result.json writer, key-frame requests and a one-line headline.</summary>
internal sealed record AnalysisOutput(AnalysisResult Result, ReportDocument Document, Action<Stream> WriteResultJson,
    IReadOnlyDictionary<int, string> KeyFrames, string Headline, string? WrongView);

/// <summary>Adapter to the analysis library (the one place `analyze` touches its API).</summary>
internal static class AnalysisStage
{
    public static AnalysisOutput Run(PoseSequence seq, AnalyzeSettings s)
    {
        var (structure, result) = Analyze(seq, s);
        var doc = AnalysisReportAdapter.Build(result, structure.Sequence, Path.GetFileName(seq.Video.Path));
        return new AnalysisOutput(result, doc, stream => ResultJson.Write(result, stream), AnalysisReportAdapter.KeyFrameRequests(result), Headline(doc), WrongView(result));
    }

    /// <summary>The clip's structure (view, movement, reps or gait events) and its metrics and findings.</summary>
    public static (ClipStructure Structure, AnalysisResult Result) Analyze(PoseSequence seq, AnalyzeSettings s)
    {
        var tuning = s.Tuning ?? AnalysisTuning.Default;
        var structure = StructureAnalyzer.Analyze(seq, new StructureOptions { ForceView = s.View, ForceMovement = s.Movement, CaptureFps = s.CaptureFps, Tuning = tuning });
        return (structure, ClipAnalyzer.FromStructure(structure, new AnalysisOptions { ForceView = s.View, ForceMovement = s.Movement, CaptureFps = s.CaptureFps, Tuning = tuning }));
    }

    /// <summary>A one-line reason when metrics apply to the movement but the view allows none of them; null otherwise.</summary>
    private static string? WrongView(AnalysisResult r)
    {
        if (r.Metrics.Count == 0 || r.AnyMetricReported) return null;
        string advice = r.Metrics.Select(m => m.NotReportedReason).FirstOrDefault(a => !string.IsNullOrEmpty(a)) ?? "film square to the front, back or side";
        return $"the {EnumNames.Camel(r.View.View)} view allows none of the {EnumNames.Camel(r.Movement.Kind)} metrics: {advice}";
    }

    private static string Headline(ReportDocument d)
    {
        var c = d.Clip;
        string movement = PascalWords.Split(c.Movement, '-');
        string what = movement + (c.StanceSide is { } st ? $" ({st.ToString().ToLowerInvariant()} stance)" : "")
            + (c.Reps > 0 ? $", {Inv.I(c.Reps)} reps" : "") + (c.Strides > 0 ? $", {Inv.I(c.Strides)} strides" : "");
        if (c.MovementNote is { } note) what += $" ({note})";
        var flagged = d.Findings.Where(f => f.Flagged).Select(f => $"{f.Title}{(f.Side is { } s ? " " + s.ToString().ToLowerInvariant() : "")}: {f.Status}")
            .Distinct(StringComparer.Ordinal).ToList();
        return $"analyze: {c.FileName}: {c.View} view, {what}; " + (flagged.Count == 0 ? "no findings beyond typical values" : "findings: " + string.Join("; ", flagged));
    }
}
