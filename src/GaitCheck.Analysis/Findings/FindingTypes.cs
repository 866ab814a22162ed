using GaitCheck.Core;

namespace GaitCheck.Analysis.Findings;

/// <summary>The runner's-knee drivers GaitCheck's findings map to.</summary>
public enum Driver
{
    /// <summary>Hip drop / gluteus medius weakness: pelvic drop, hip adduction, FPPA, trunk lean.</summary>
    HipDrop,
    /// <summary>Foot overpronation: rearfoot eversion proxy (low evidence weight).</summary>
    FootOverpronation,
    /// <summary>Knee collapsing inward on the single-leg squat: FPPA.</summary>
    KneeCollapse,
}

/// <summary>How strongly the literature links a measure to patellofemoral pain.</summary>
public enum EvidenceStrength
{
    /// <summary>Cross-sectional or inconsistent evidence, or an unvalidated proxy.</summary>
    Low,
    /// <summary>Case-control or a single prospective study with a consistent direction.</summary>
    Moderate,
    /// <summary>Several prospective studies / systematic reviews agree.</summary>
    Strong,
}

/// <summary>Where a value falls against the literature reference values.</summary>
public enum FindingLevel { Typical, Borderline, Elevated }

/// <summary>Overall status of one driver in this clip.</summary>
public enum DriverStatus
{
    /// <summary>None of the driver's metrics could be measured in this view/movement.</summary>
    NotAssessed,
    /// <summary>Measured; every value typical.</summary>
    NoSigns,
    /// <summary>At least one value borderline, none elevated beyond measurement noise.</summary>
    Borderline,
    /// <summary>At least one value elevated.</summary>
    SignsPresent,
}

/// <summary>
/// One metric on one side compared with its literature reference. <see cref="BeyondNoise"/> is true only when the
/// value exceeds the typical upper limit by more than the metric's noise band, so a borderline-noise value is never
/// presented as a clear deviation.
/// </summary>
public sealed record Finding
{
    public required string MetricId { get; init; }
    public required string MetricName { get; init; }
    public required Side? Side { get; init; }
    /// <summary>Mean over reps/strides, rounded to the metric's precision.</summary>
    public required double Value { get; init; }
    public required string Unit { get; init; }
    public required int N { get; init; }
    public required FindingLevel Level { get; init; }
    public required bool BeyondNoise { get; init; }
    public required IReadOnlyList<Driver> Drivers { get; init; }
    public required EvidenceStrength Evidence { get; init; }
    /// <summary>Plain-language sentence for the report.</summary>
    public required string Statement { get; init; }
    public required string Citation { get; init; }
}

/// <summary>One driver's status with the metrics behind it and a plain-language summary.</summary>
public sealed record DriverAssessment
{
    public required Driver Driver { get; init; }
    public required string Name { get; init; }
    public required DriverStatus Status { get; init; }
    public required EvidenceStrength Evidence { get; init; }
    /// <summary>Metric ids that were measured for this driver.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }
    public required string Statement { get; init; }
}

/// <summary>A factor video cannot assess, and what a clinician should examine instead.</summary>
public sealed record NotAssessedItem(string Factor, string Why, string ClinicianCheck);
