using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Markers;

/// <summary>
/// Joins the marker and markerless measurements of a clip: the metrics the protocol covers take the marker values
/// (for findings too) and keep the pose model's values beside them; a literature threshold stays only where the
/// paper measured it with the same protocol in the same movement.
/// </summary>
public static class MarkerSummaries
{
    /// <summary>The rows with marker values, each carrying the markerless values of the covered metrics from the matching pose row.</summary>
    public static List<RepRow> Join(IReadOnlyList<RepRow> withMarkers, IReadOnlyList<RepRow> markerless, IReadOnlySet<string> covered) =>
        withMarkers.Select((r, i) => r with { MarkerlessValues = Pick(markerless[i].Values, covered) }).ToList();

    /// <inheritdoc cref="Join(IReadOnlyList{RepRow}, IReadOnlyList{RepRow}, IReadOnlySet{string})"/>
    public static List<StrideRow> Join(IReadOnlyList<StrideRow> withMarkers, IReadOnlyList<StrideRow> markerless, IReadOnlySet<string> covered) =>
        withMarkers.Select((r, i) => r with { MarkerlessValues = Pick(markerless[i].Values, covered) }).ToList();

    private static SortedDictionary<string, double> Pick(IReadOnlyDictionary<string, double> values, IReadOnlySet<string> covered) =>
        new(values.Where(kv => covered.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);

    /// <summary>The summaries with the covered metrics labelled as marker measurements, the markerless statistics beside them.</summary>
    public static List<MetricSummary> Annotate(IReadOnlyList<MetricSummary> withMarkers, IReadOnlyList<MetricSummary> markerless,
        MarkerAngles markers, MovementKind movement)
    {
        ArgumentNullException.ThrowIfNull(withMarkers);
        ArgumentNullException.ThrowIfNull(markerless);
        ArgumentNullException.ThrowIfNull(markers);
        string movementName = Core.Json.EnumNames.Camel(movement);
        return withMarkers.Select(m =>
        {
            if (!m.Reported || !markers.Covers(m.Id)) return m;
            var angle = markers.Protocol.AngleFor(m.Id)!;
            var pose = markerless.First(x => x.Id == m.Id);
            bool thresholds = angle.ThresholdsFor.Contains(movementName);
            return m with
            {
                Name = angle.Name ?? m.Name,
                Experimental = false,
                Validation = null,
                Threshold = thresholds ? m.Threshold : null,
                Citation = angle.Citation,
                Markers = new MarkerMeasurement
                {
                    Protocol = markers.Protocol.Id, ProtocolName = markers.Protocol.Name, Colour = markers.Tracks.Colour,
                    Definition = angle.Definition, Citation = angle.Citation, ThresholdsApply = thresholds,
                    MarkerlessName = pose.Name, MarkerlessSides = pose.Sides, MarkerlessWithheld = pose.Withheld,
                },
            };
        }).ToList();
    }

    /// <summary>Notes on the markers: what they measured, how well each was tracked, and where they could not be used.</summary>
    public static List<string> Notes(MarkerAngles markers, CameraView view, MovementKind movement, IReadOnlyList<MetricSummary> metrics)
    {
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(metrics);
        var notes = new List<string>();
        var p = markers.Protocol;
        if (!markers.Applies)
        {
            notes.Add($"Skin markers: the {p.Id} protocol is for the {string.Join(" or ", p.Views)} view, but this clip is {Core.Json.EnumNames.Camel(view)}: markerless values are shown.");
            return notes;
        }
        var measured = metrics.Where(m => m.Markers is not null).ToList();
        if (measured.Count > 0)
            notes.Add($"Measured from skin markers ({markers.Tracks.Colour}, protocol {p.Id}: {p.Name}): {string.Join(", ", measured.Select(m => m.Name))}. The markerless values are shown beside them.");
        foreach (var m in measured.Where(m => !m.Markers!.ThresholdsApply && Findings.FindingRules.For(m.Id, movement) is not null))
            notes.Add($"{m.Name}: no literature threshold applied, because the published cut-offs were measured with a different protocol or movement ({m.Markers!.Citation}).");
        var poor = markers.Tracks.Stats().Where(s => s.TrackedFraction < 0.9).ToList();
        if (poor.Count > 0)
            notes.Add($"Markers tracked on fewer than 90% of frames: {string.Join(", ", poor.Select(s => $"{s.Id} {Inv.F(100 * s.TrackedFraction, 0)}%"))}. Check that they are visible, not covered by clothing, and contrast with it.");
        return notes;
    }
}
