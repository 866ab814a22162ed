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
    /// <summary>The skin-marker protocol the value was measured with; null for a markerless value.</summary>
    public string? MarkerProtocol { get; init; }
    public required string Citation { get; init; }
    /// <summary>The movement the value was measured in (reps or strides).</summary>
    public required MovementKind Movement { get; init; }
    /// <summary>The single-measurement noise band the excess over typical was judged against (SDD/√2).</summary>
    public required double NoiseBand { get; init; }
    /// <summary>The rule judged against: typical and elevated values, their source.</summary>
    public required FindingRule Rule { get; init; }
}

/// <summary>Why a driver has the status it has; Reporting words it.</summary>
public enum DriverReason
{
    /// <summary>Judged from the findings of the metrics measured for it.</summary>
    Judged,
    /// <summary>Its metrics were measured on too few reps or strides for a reading.</summary>
    TooFew,
    /// <summary>Its metrics are withheld in this view by the synthetic validation (<see cref="DriverAssessment.Withheld"/>).</summary>
    Withheld,
    /// <summary>The camera moved while filming: nothing is assessed.</summary>
    CameraMoved,
}

/// <summary>One driver's status with the metrics behind it and the reason (Reporting.Text.FindingWords words it).</summary>
public sealed record DriverAssessment
{
    public required Driver Driver { get; init; }
    public required DriverStatus Status { get; init; }
    public required EvidenceStrength Evidence { get; init; }
    /// <summary>Metric ids that were measured for this driver.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }
    public required MovementKind Movement { get; init; }
    public DriverReason Reason { get; init; } = DriverReason.Judged;
    /// <summary>With <see cref="DriverReason.Withheld"/>: the ids of the withheld metrics.</summary>
    public IReadOnlyList<string> Withheld { get; init; } = [];
}

/// <summary>A factor video cannot assess, and what a clinician should examine instead.</summary>
public sealed record NotAssessedItem(string Factor, string Why, string ClinicianCheck);
