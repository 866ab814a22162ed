using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Markers;
using GaitCheck.Core.Signal;
using GaitCheck.Reporting;
using GaitCheck.Reporting.Json;
using GaitCheck.Reporting.Text;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>What `gaitcheck analyze-keypoints` asks for. View and Movement are names as the CLI takes them (null = auto).</summary>
public sealed record AnalyzeKeypointsRequest
{
    public required string File { get; init; }
    /// <summary>Folder for result.json; null = the keypoint file's folder.</summary>
    public string? OutDir { get; init; }
    public string? View { get; init; }
    public string? Movement { get; init; }
    public double? CaptureFps { get; init; }
    /// <summary>Apply the offline Butterworth + Hampel filter to a file saved unfiltered.</summary>
    public bool Filter { get; init; } = true;
    /// <summary>A markers.csv saved by `analyze --markers` with these keypoints: the protocol angles are measured from its tracks. Null = markerless.</summary>
    public string? Markers { get; init; }
}

/// <summary>What the run wrote and says: result.json's path, the terminal summary, and the wrong-view reason if any.</summary>
public sealed record AnalyzeKeypointsOutcome(string ResultPath, IReadOnlyList<string> Summary, string? WrongView);

/// <summary>`gaitcheck analyze-keypoints`: reruns the analysis (views, reps or gait events, metrics, findings) on saved keypoints → result.json.</summary>
public static class AnalyzeKeypoints
{
    public static AnalyzeKeypointsOutcome Run(AnalyzeKeypointsRequest q, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(q);
        new AnalyzeSettings { CaptureFps = q.CaptureFps }.Validate();
        var settings = new AnalyzeSettings { CaptureFps = q.CaptureFps, View = AnalyzeSettings.ParseView(q.View), Movement = AnalyzeSettings.ParseMovement(q.Movement) };
        var seq = KeypointFile.Load(q.File);
        if (seq.Frames.Count == 0) throw new GaitCheckException(ExitCode.BadKeypoints, $"{q.File} has no frames");
        if (q.Filter && IsUnfiltered(seq)) seq = SequenceFilter.Offline(seq, new OfflineFilterOptions());
        var markers = q.Markers is null ? null : new MarkerStageResult(MarkerCsvReader.Load(q.Markers, seq), null, 0, 0);
        string dir = Path.GetFullPath(q.OutDir ?? Path.GetDirectoryName(Path.GetFullPath(q.File))!);
        OutputFolder.RequireFolderPath(dir);
        foreach (string input in q.Markers is null ? [q.File] : new[] { q.File, q.Markers })
            OutputFolder.RefuseOverwritingInput(input, dir, [ReportWriter.ResultFile], charts: false);
        cancel.ThrowIfCancellationRequested();
        var result = AnalysisStage.Analyze(seq, settings, markers);
        string resultPath = Path.Combine(dir, ReportWriter.ResultFile);
        cancel.ThrowIfCancellationRequested();
        ResultJson.Save(result, resultPath);
        return new AnalyzeKeypointsOutcome(resultPath, [.. TerminalText.Lines(result)],
            TerminalText.WrongView(result) is { } why ? why + " (result.json lists the advice for each metric)" : null);
    }

    private static bool IsUnfiltered(PoseSequence seq) =>
        string.IsNullOrWhiteSpace(seq.Filter) || seq.Filter.Equals("none", StringComparison.OrdinalIgnoreCase);
}
