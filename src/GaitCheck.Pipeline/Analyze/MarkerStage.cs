using System.Diagnostics;
using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Core.Markers;
using GaitCheck.Markers;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>What the marker stage hands on: the tracks (or none, with the reason as a note) and its cost.</summary>
/// <param name="Tracks">The accepted colour's tracks; null when markers were not asked for or none were found.</param>
/// <param name="Note">Why no markers are used, for the report's notes; null when markers are used or were not asked for.</param>
/// <param name="Seconds">Wall time of the stage (decoding included).</param>
/// <param name="DetectionSeconds">Detection and tracking time, decoding excluded.</param>
/// <param name="Structure">The clip's structure the protocol was chosen by, for the analysis to use rather than find again; null when markers were not asked for.</param>
public sealed record MarkerStageResult(MarkerTracks? Tracks, string? Note, double Seconds, double DetectionSeconds, ClipStructure? Structure = null)
{
    public static MarkerStageResult None { get; } = new(null, null, 0, 0);
    public IReadOnlyList<string> Notes => Note is null ? [] : [Note];
}

/// <summary>
/// `--markers`: finds the clip's view from the pose (the same structure analysis as the report's), picks the protocol
/// for that view, and tracks its stickers in a second decoding pass (GaitCheck.Markers) guided by the side-repaired landmarks.
/// </summary>
internal static class MarkerStage
{
    public static MarkerStageResult Run(string video, PoseSequence seq, AnalyzeSettings s, CancellationToken cancel)
    {
        if (s.Markers is null or "none") return MarkerStageResult.None;
        var sw = Stopwatch.StartNew();
        var structure = AnalysisStage.Structure(seq, s);
        string view = EnumNames.Camel(structure.View.View);
        if (MarkerProtocols.ForView(view) is not { } protocol)
            return new MarkerStageResult(null, $"Skin markers: no marker protocol for the {view} view (the protocols are for frontal and posterior views); markerless values are shown.", sw.Elapsed.TotalSeconds, 0, structure);
        var r = MarkerPass.Run(video, s.Start, s.End, structure.Sequence, protocol, s.Markers, cancel);
        string? note = r.Tracks is null ? $"Skin markers: {r.Reason}; markerless values are shown." : null;
        return new MarkerStageResult(r.Tracks, note, sw.Elapsed.TotalSeconds, r.DetectionMilliseconds / 1000, structure);
    }
}
