using GaitCheck.Core;

namespace GaitCheck.Analysis.Results;

/// <summary>Statistics of one metric on one side (Side null = clip-level, e.g. cadence). Values rounded to the metric's precision.</summary>
public sealed record SideStats
{
    public required Side? Side { get; init; }
    /// <summary>Number of reps/strides with a value.</summary>
    public required int N { get; init; }
    public required double Mean { get; init; }
    /// <summary>Sample standard deviation (NaN when N &lt; 2).</summary>
    public required double Sd { get; init; }
    public required double Min { get; init; }
    public required double Max { get; init; }
    /// <summary>The worst value (max or min, per the metric's direction); NaN when the metric has no worse direction.</summary>
    public required double Worst { get; init; }
}

/// <summary>Left − right difference of the side means, judged against the metric's noise band.</summary>
public sealed record Asymmetry
{
    public required double LeftMinusRight { get; init; }
    public required double NoiseBand { get; init; }
    /// <summary>True when |left − right| is below the noise band: no difference may be claimed.</summary>
    public required bool WithinNoise { get; init; }
    /// <summary>e.g. "left − right = 1.9 deg: within measurement noise (±8 deg)".</summary>
    public required string Statement { get; init; }
}

/// <summary>Literature reference values a metric is compared with (see <see cref="Findings.FindingRules"/>).</summary>
public sealed record ThresholdInfo
{
    /// <summary>Values up to this are typical.</summary>
    public required double TypicalUpTo { get; init; }
    /// <summary>Values from this are elevated; between the two is borderline.</summary>
    public required double ElevatedFrom { get; init; }
    public required string Description { get; init; }
    public required string Citation { get; init; }
    /// <summary>The study groups behind the cut-offs (mean ± SD), when the paper reports them.</summary>
    public IReadOnlyList<Findings.GroupNorm> Groups { get; init; } = [];
}

/// <summary>
/// One metric over the clip: definition facts, whether it is reported in this view and movement (and if not,
/// how to film it), per-side statistics, left–right asymmetry, noise band and literature threshold.
/// </summary>
public sealed record MetricSummary
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Unit { get; init; }
    public required string Event { get; init; }
    public required bool Experimental { get; init; }
    /// <summary>False when the view does not allow the metric: then <see cref="NotReportedReason"/> says how to film it and there are no values.</summary>
    public required bool Reported { get; init; }
    public string? NotReportedReason { get; init; }
    public required IReadOnlyList<SideStats> Sides { get; init; }
    public Asymmetry? Asymmetry { get; init; }
    /// <summary>Smallest detectable difference used as the noise band, in the metric's unit.</summary>
    public required double NoiseBand { get; init; }
    public required string NoiseSource { get; init; }
    /// <summary>
    /// What the synthetic validation concluded for this metric in this view and movement (status, landmark source,
    /// correction, tuning and test figures), or null when the table has no row for it or does not apply (exact landmarks).
    /// </summary>
    public Validation.MetricValidationEntry? Validation { get; init; }
    /// <summary>True when the validation withheld the metric in this view: <see cref="Reported"/> is false and no value is given.</summary>
    public bool Withheld { get; init; }
    /// <summary>True when <see cref="Sides"/> hold values corrected by the synthetic calibration; <see cref="RawSides"/> then hold the raw ones.</summary>
    public bool Corrected { get; init; }
    /// <summary>Statistics of the uncorrected values when <see cref="Corrected"/>; empty otherwise.</summary>
    public IReadOnlyList<SideStats> RawSides { get; init; } = [];
    public ThresholdInfo? Threshold { get; init; }
    public required string Citation { get; init; }
    /// <summary>
    /// Set when skin markers measured this metric: <see cref="Sides"/> then hold the protocol values, and this holds the
    /// protocol and the markerless values beside them. Null for a markerless metric.
    /// </summary>
    public MarkerMeasurement? Markers { get; init; }
}

/// <summary>How skin markers measured a metric, and what the pose model read for it beside them.</summary>
public sealed record MarkerMeasurement
{
    /// <summary>The protocol id ("frontal", "posterior").</summary>
    public required string Protocol { get; init; }
    public required string ProtocolName { get; init; }
    /// <summary>The sticker colour tracked.</summary>
    public required string Colour { get; init; }
    public required string Definition { get; init; }
    public required string Citation { get; init; }
    /// <summary>True when the literature threshold was measured with this protocol in this movement, so it is applied.</summary>
    public required bool ThresholdsApply { get; init; }
    /// <summary>The markerless metric's name (it may differ: the rearfoot proxy versus the clinical rearfoot angle).</summary>
    public required string MarkerlessName { get; init; }
    /// <summary>The pose model's values for the same metric; empty when none or withheld.</summary>
    public required IReadOnlyList<SideStats> MarkerlessSides { get; init; }
    /// <summary>True when the synthetic validation withholds the markerless value in this view.</summary>
    public required bool MarkerlessWithheld { get; init; }
}
