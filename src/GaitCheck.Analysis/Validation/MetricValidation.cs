using GaitCheck.Analysis.Metrics;

namespace GaitCheck.Analysis.Validation;

/// <summary>What the synthetic validation concluded about one metric in one view and movement.</summary>
public enum ValidationStatus
{
    /// <summary>Passed on the test grid: every sign right where |truth| ≥ 3, gain within 0.6-1.4 (where the truth varied enough to estimate it), MAE within the noise band.</summary>
    Validated,
    /// <summary>Failed on the test grid: not shown as a number, not used for findings.</summary>
    Withheld,
    /// <summary>The grid has no ground truth for it (descriptive values, no validation claim).</summary>
    NotValidated,
}

/// <summary>
/// Error figures of one metric/view/movement on a validation grid (error = measured − truth at the true event):
/// n, MAE, bias, gain (least-squares slope of measured on truth; null where the truth's spread was below
/// <see cref="MetricValidationTable.MinTruthSdForGain"/> so a slope is not estimable), R², values sign-checked
/// (|truth| ≥ 3) and right, the left-minus-right difference of the mean errors, and the truth's spread.
/// </summary>
public sealed record ValidationFigures
{
    public int N { get; init; }
    public double Mae { get; init; }
    public double Bias { get; init; }
    public double? Gain { get; init; }
    public double? R2 { get; init; }
    public int SignChecked { get; init; }
    public int SignRight { get; init; }
    public double? LeftMinusRight { get; init; }
    public double TruthSd { get; init; }
}

/// <summary>
/// A linear correction fitted on the tuning grid: measured ≈ <see cref="Offset"/> + <see cref="Gain"/> · truth, so
/// the corrected value is (measured − offset) / gain. Kept only where it lowered the test grid's error.
/// </summary>
public sealed record MetricCorrection(double Offset, double Gain)
{
    public double Apply(double raw) => (raw - Offset) / Gain;
}

/// <summary>One row of the validation status table.</summary>
public sealed record MetricValidationEntry
{
    public required string Metric { get; init; }
    /// <summary>"frontal", "posterior" or "sagittal".</summary>
    public required string View { get; init; }
    /// <summary>"squat" (single- and double-leg) or "gait" (running and walking).</summary>
    public required string Movement { get; init; }
    /// <summary>Landmarks the metric is computed from (chosen on the tuning grid).</summary>
    public LandmarkSource Source { get; init; } = LandmarkSource.Image;
    /// <summary>Correction applied to this pipeline's values, or null (raw values are reported).</summary>
    public MetricCorrection? Correction { get; init; }
    public required ValidationStatus Status { get; init; }
    /// <summary>The failed criteria of a withheld metric (what the report shows); empty otherwise.</summary>
    public string Reason { get; init; } = "";
    /// <summary>How the landmarks and the correction were chosen on the tuning grid (and whether the test grid kept the correction).</summary>
    public string Choice { get; init; } = "";
    /// <summary>Figures on the tuning grid, for the chosen source, before correction.</summary>
    public ValidationFigures? Tuning { get; init; }
    /// <summary>Figures on the test grid as reported (after the correction, when one is kept).</summary>
    public ValidationFigures? Test { get; init; }
    /// <summary>Figures on the test grid without the correction (equal to <see cref="Test"/> when there is none).</summary>
    public ValidationFigures? TestRaw { get; init; }
}

/// <summary>The movement classes and view classes the table is keyed by.</summary>
public static class ValidationKeys
{
    public static string? View(CameraView v) => v switch
    {
        CameraView.Frontal => "frontal",
        CameraView.Posterior => "posterior",
        CameraView.LeftSagittal or CameraView.RightSagittal => "sagittal",
        _ => null,
    };

    /// <summary>Double-leg squats share the single-leg squat's rows and walking shares running's: same landmarks, same geometry.</summary>
    public static string? Movement(MovementKind m) => m switch
    {
        MovementKind.SingleLegSquat or MovementKind.DoubleLegSquat => "squat",
        MovementKind.Running or MovementKind.Walking => "gait",
        _ => null,
    };
}
