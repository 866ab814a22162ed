using GaitCheck.Analysis.Findings;

namespace GaitCheck.Analysis.Results;

/// <summary>
/// Everything the analysis of one clip found, in the order a report presents it. Numbers are already rounded to
/// each metric's precision (angles 0.1°); NaN means "no value" and is written as JSON null. Serialise with
/// GaitCheck.Reporting.Json.ResultJson ("gaitcheck-analysis/1"): same input, same bytes.
/// </summary>
public sealed class AnalysisResult
{
    public const string FormatName = "gaitcheck-analysis/1";

    public string Format => FormatName;
    public required SourceInfo Source { get; init; }
    public required CaptureQuality Quality { get; init; }
    public required ViewInfo View { get; init; }
    public required MovementInfo Movement { get; init; }
    /// <summary>Gait events in time order (empty for squats).</summary>
    public required IReadOnlyList<EventRow> Events { get; init; }
    /// <summary>
    /// Squat reps with the metric values at each bottom (empty for gait): one row per rep for a single-leg squat; one row
    /// per rep and leg for a double-leg squat (so use <see cref="RepCount"/> to count reps).
    /// </summary>
    public required IReadOnlyList<RepRow> Reps { get; init; }
    /// <summary>Strides with their metric values (empty for squats).</summary>
    public required IReadOnlyList<StrideRow> Strides { get; init; }
    /// <summary>Every metric that applies to the movement, in catalog order; those the view cannot measure have <c>Reported = false</c> and filming advice.</summary>
    public required IReadOnlyList<MetricSummary> Metrics { get; init; }
    /// <summary>Metric values compared with literature references, per side.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
    /// <summary>One entry per driver (hip drop, foot overpronation, knee collapse).</summary>
    public required IReadOnlyList<DriverAssessment> Drivers { get; init; }
    /// <summary>What video cannot assess and what a clinician should examine instead.</summary>
    public required IReadOnlyList<NotAssessedItem> NotAssessed { get; init; }
    /// <summary>Plain-language notes: filming advice, caveats, how the structure was found.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>Time of each frame of the analysed sequence, seconds; the x axis of <see cref="Series"/>.</summary>
    public IReadOnlyList<double> FrameTimes { get; init; } = [];
    /// <summary>Per-frame series of the charted metrics (one value per <see cref="FrameTimes"/> entry); not written to result.json.</summary>
    public IReadOnlyList<Metrics.MetricFrameSeries> Series { get; init; } = [];
    /// <summary>Tracked fraction and blob size of each skin marker, when markers were tracked; empty otherwise.</summary>
    public IReadOnlyList<Core.Markers.MarkerTrackStats> MarkerTracking { get; init; } = [];
    public string Disclaimer { get; init; } = DefaultDisclaimer;

    public const string DefaultDisclaimer =
        "GaitCheck is a screening aid. Values are 2D projections from one camera and carry the measurement noise shown; " +
        "a single clip is a screen, not a diagnosis. Discuss findings with a clinician.";

    /// <summary>Number of distinct reps (a double-leg squat has two rows per rep).</summary>
    public int RepCount => Reps.Select(r => r.Number).Distinct().Count();

    /// <summary>True when at least one metric was measurable in this view and movement.</summary>
    public bool AnyMetricReported => Metrics.Any(m => m.Reported);

    /// <summary>A metric's summary by id, or null when it does not apply to the movement.</summary>
    public MetricSummary? Metric(string id) => Metrics.FirstOrDefault(m => m.Id == id);
}
