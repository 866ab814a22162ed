using GaitCheck.Analysis;
using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Json;

namespace GaitCheck.Reporting.Text;

/// <summary>
/// The sentences of findings and drivers, from the analysis' typed facts (<see cref="Finding"/>, <see cref="DriverAssessment"/>).
/// Deliberately a screen, not a diagnosis.
/// </summary>
public static class FindingWords
{
    /// <summary>One finding: the side's mean, where it falls against the rule, whether the excess is beyond noise, and the reference.</summary>
    public static string Statement(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var rule = f.Rule;
        string unit = UnitText.After(f.Unit);
        string side = f.Side is { } sd ? (sd == Side.Left ? "Left" : "Right") : "Clip";
        string what = f.Movement == MovementKind.SingleLegSquat ? (f.N == 1 ? "rep" : "reps") : (f.N == 1 ? "stride" : "strides");
        string v = Inv.F(f.Value, 1) + unit;
        string typical = Inv.F(rule.TypicalUpTo, 1) + unit, elevated = Inv.F(rule.ElevatedFrom, 1) + unit;
        string where = f.Level switch
        {
            FindingLevel.Typical => $"within the typical range (up to {typical})",
            FindingLevel.Borderline => $"borderline (between {typical} and {elevated})",
            _ => $"elevated (from {elevated})",
        };
        string noise = f.Level == FindingLevel.Typical ? ""
            : f.BeyondNoise ? $" The excess over {typical} is larger than the measurement noise (±{Inv.F(f.NoiseBand, 1)}{unit})."
            : $" The excess over {typical} is within measurement noise (±{Inv.F(f.NoiseBand, 1)}{unit}); confirm with a repeat recording.";
        string source = f.MarkerProtocol is { } p ? $" (measured from skin markers, protocol {p})" : "";
        return $"{side} {f.MetricName}{source}: {v} (mean of {f.N} {what}) is {where}.{noise} Reference: {rule.Description} ({rule.Citation}).";
    }

    public static string DriverName(Driver d) => d switch
    {
        Driver.HipDrop => "Hip drop / gluteus medius weakness",
        Driver.FootOverpronation => "Foot overpronation",
        _ => "Knee collapsing inward (dynamic knee valgus)",
    };

    /// <summary>What a driver's status means in this clip, with the flagged values and what a clinician can check next.</summary>
    public static string DriverStatement(DriverAssessment d, AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(r);
        var movement = d.Movement;
        return d.Reason switch
        {
            DriverReason.CameraMoved => "Not assessed: the camera moved while filming, so angles measured in the frame do not describe the body. Film with the phone fixed on a tripod.",
            DriverReason.TooFew => $"Not assessed: too few repetitions for a reading (at least {Inv.I(FindingEngine.MinPerSide(movement))} {(movement is MovementKind.Running or MovementKind.Walking ? "strides" : "reps")} per side); film more.",
            DriverReason.Withheld => $"Not assessed: {string.Join(" and ", d.Withheld.Select(id => r.Metric(id)?.Name ?? id))} not measurable reliably without markers in this view (withheld by GaitCheck's synthetic validation).",
            _ => Judged(d, [.. r.Findings.Where(f => f.Drivers.Contains(d.Driver))]),
        };
    }

    private static string Judged(DriverAssessment d, List<Finding> mine)
    {
        string followUp = d.Driver switch
        {
            Driver.HipDrop => "hip abductor and external rotator strength (hand-held dynamometry) and a clinician-observed step-down or single-leg stance",
            Driver.FootOverpronation => "static foot posture (Foot Posture Index, FPI-6) and navicular drop; evidence linking rearfoot eversion to runner's knee is weak (Noehren et al. 2013)",
            _ => "hip abductor/external rotator and quadriceps strength, and a clinician-observed step-down test",
        };
        string flagged = string.Join("; ", mine.Where(f => f.Level != FindingLevel.Typical)
            .Select(f => $"{EnumNames.Lower(f.Side) ?? "clip"} {f.MetricName} {Inv.F(f.Value, 1)}{UnitText.After(f.Unit)}"));
        return d.Status switch
        {
            DriverStatus.NotAssessed => d.Driver switch
            {
                _ when d.Movement is MovementKind.DoubleLegSquat or MovementKind.Walking or MovementKind.Other =>
                    "Not assessed: reference values exist for the single-leg squat and running; film one of those from the front or behind.",
                Driver.FootOverpronation => "Not assessed: the rearfoot proxy needs a posterior view at ankle height.",
                Driver.KneeCollapse when d.Movement != MovementKind.SingleLegSquat => "Not assessed: judged on a single-leg squat filmed from the front or behind.",
                _ => "Not assessed: needs a frontal or posterior view of a single-leg squat or of running.",
            },
            DriverStatus.NoSigns => "No signs in this clip: the measured values are within the typical ranges. A single clip is a screen, not a diagnosis.",
            DriverStatus.Borderline => $"Possible signs, not beyond measurement noise: {flagged}. Confirm with a repeat recording and {followUp}.",
            _ => $"Signs present in this clip: {flagged}. This is a screen, not a diagnosis; a clinician can check {followUp}.",
        };
    }
}
