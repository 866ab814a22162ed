using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Reporting;
using GaitCheck.Reporting.Text;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>What the analysis stage hands on: the result, the report document, key-frame requests, a one-line headline and the wrong-view reason.</summary>
internal sealed record AnalysisOutput(AnalysisResult Result, ReportDocument Document, IReadOnlyDictionary<int, KeyFrameRequest> KeyFrames, string Headline, string? WrongView);

/// <summary>Adapter to the analysis library (the one place `analyze` touches its API).</summary>
internal static class AnalysisStage
{
    public static AnalysisOutput Run(PoseSequence seq, AnalyzeSettings s, MarkerStageResult? markers = null)
    {
        var result = Analyze(seq, s, markers);
        var doc = AnalysisReportAdapter.Build(result, Path.GetFileName(seq.Video.Path));
        return new AnalysisOutput(result, doc, AnalysisReportAdapter.KeyFrameRequests(result), TerminalText.Headline(doc), TerminalText.WrongView(result));
    }

    /// <summary>The clip's structure (view, movement, reps or gait events), metrics and findings, with the settings' forced view, movement, capture rate and tuning.</summary>
    public static AnalysisResult Analyze(PoseSequence seq, AnalyzeSettings s, MarkerStageResult? markers = null) =>
        ClipAnalyzer.FromStructure(markers?.Structure ?? Structure(seq, s), new AnalysisOptions
        {
            ForceView = s.View, ForceMovement = s.Movement, ForceStance = s.Stance, CaptureFps = s.CaptureFps, Tuning = s.Tuning ?? AnalysisTuning.Default,
            Markers = markers?.Tracks, StageNotes = markers?.Notes ?? [],
        });

    /// <summary>The clip's structure (view, side repair, movement, reps or gait events) with the settings' forced view, movement, stance, capture rate and tuning.</summary>
    public static ClipStructure Structure(PoseSequence seq, AnalyzeSettings s) =>
        StructureAnalyzer.Analyze(seq, new StructureOptions { ForceView = s.View, ForceMovement = s.Movement, ForceStance = s.Stance, CaptureFps = s.CaptureFps, Tuning = s.Tuning ?? AnalysisTuning.Default });
}
