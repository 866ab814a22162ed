using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Findings;

/// <summary>
/// Compares each summarised metric with its <see cref="FindingRule"/> and maps the result to the drivers.
/// A value counts as clearly elevated only when it exceeds the typical upper value by more than the single-measurement
/// 95% band, SDD/√2 (SDD = 1.96·√2·SEM, so SDD/√2 = 1.96·SEM; Weir 2005); otherwise it is at most borderline.
/// Wording is deliberately a screen, not a diagnosis.
/// </summary>
public static class FindingEngine
{
    /// <summary>
    /// Fewest repetitions (squats) or strides (gait) per side for a finding: below this the values are shown but not
    /// judged, "too few repetitions for a reading". Three reps is the usual clinical single-leg squat protocol (e.g.
    /// Herrington &amp; Munro 2010 took the mean of three trials); four strides per side cover two seconds of running.
    /// </summary>
    public const int MinRepsPerSide = 3, MinStridesPerSide = 4;

    /// <summary>The fewest values per side a finding needs for this movement.</summary>
    public static int MinPerSide(MovementKind movement) =>
        movement is MovementKind.SingleLegSquat or MovementKind.DoubleLegSquat ? MinRepsPerSide : MinStridesPerSide;

    /// <summary>One note per metric side that has a reference value but too few reps or strides to be judged.</summary>
    public static List<string> TooFewNotes(MovementKind movement, IReadOnlyList<MetricSummary> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        int min = MinPerSide(movement);
        string unit = movement is MovementKind.SingleLegSquat or MovementKind.DoubleLegSquat ? "reps" : "strides";
        return metrics.Where(m => m.Reported && FindingRules.For(m.Id, movement) is not null)
            .SelectMany(m => m.Sides.Where(sd => sd.N > 0 && sd.N < min).Select(sd =>
                $"{(sd.Side is { } x ? (x == Side.Left ? "Left" : "Right") + " " : "")}{m.Name}: {Inv.I(sd.N)} {(sd.N == 1 ? unit.TrimEnd('s') : unit)}, too few repetitions for a reading (at least {Inv.I(min)} {unit} per side); the value is shown but not judged."))
            .ToList();
    }

    /// <summary>Every driver not assessed, for the one reason given (e.g. a moving camera).</summary>
    public static List<DriverAssessment> NoneAssessed(string statement) =>
        Enum.GetValues<Driver>().Select(d => new DriverAssessment
        {
            Driver = d, Name = Name(d), Status = DriverStatus.NotAssessed, Evidence = EvidenceStrength.Low, Metrics = [], Statement = statement,
        }).ToList();

    public static List<Finding> Evaluate(MovementKind movement, IReadOnlyList<MetricSummary> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var findings = new List<Finding>();
        foreach (var m in metrics.Where(m => m.Reported))
        {
            var rule = FindingRules.For(m.Id, movement);
            if (rule is null) continue;
            foreach (var s in m.Sides.Where(s => s.N >= MinPerSide(movement) && double.IsFinite(s.Mean)))
            {
                double v = s.Mean;
                var level = v >= rule.ElevatedFrom ? FindingLevel.Elevated : v > rule.TypicalUpTo ? FindingLevel.Borderline : FindingLevel.Typical;
                double band = m.NoiseBand / Math.Sqrt(2);
                bool beyond = v - rule.TypicalUpTo > band;
                findings.Add(new Finding
                {
                    MetricId = m.Id, MetricName = m.Name, Side = s.Side, Value = v, Unit = m.Unit, N = s.N, Level = level, BeyondNoise = beyond,
                    Drivers = rule.Drivers, Evidence = rule.Evidence, Citation = rule.Citation,
                    Statement = Statement(m, s, rule, level, beyond, band, movement),
                });
            }
        }
        return findings;
    }

    private static string Statement(MetricSummary m, SideStats s, FindingRule rule, FindingLevel level, bool beyond, double band, MovementKind movement)
    {
        string unit = m.Unit == "deg" ? "°" : " " + m.Unit;
        string side = s.Side is { } sd ? (sd == Side.Left ? "Left" : "Right") : "Clip";
        string what = movement == MovementKind.SingleLegSquat ? (s.N == 1 ? "rep" : "reps") : (s.N == 1 ? "stride" : "strides");
        string v = Inv.F(s.Mean, 1) + unit;
        string typical = Inv.F(rule.TypicalUpTo, 1) + unit, elevated = Inv.F(rule.ElevatedFrom, 1) + unit;
        string where = level switch
        {
            FindingLevel.Typical => $"within the typical range (up to {typical})",
            FindingLevel.Borderline => $"borderline (between {typical} and {elevated})",
            _ => $"elevated (from {elevated})",
        };
        string noise = level == FindingLevel.Typical ? ""
            : beyond ? $" The excess over {typical} is larger than the measurement noise (±{Inv.F(band, 1)}{unit})."
            : $" The excess over {typical} is within measurement noise (±{Inv.F(band, 1)}{unit}); confirm with a repeat recording.";
        return $"{side} {m.Name}: {v} (mean of {s.N} {what}) is {where}.{noise} Reference: {rule.Description} ({rule.Citation}).";
    }

    /// <summary>Per-driver status from the findings and which driver metrics could be measured at all.</summary>
    public static List<DriverAssessment> Drivers(MovementKind movement, IReadOnlyList<MetricSummary> metrics, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(findings);
        var list = new List<DriverAssessment>();
        foreach (var d in Enum.GetValues<Driver>())
        {
            var rules = FindingRules.All.Where(r => r.Movement == movement && r.Drivers.Contains(d)).ToList();
            var measured = rules.Select(r => r.MetricId).Distinct()
                .Where(id => metrics.Any(m => m.Id == id && m.Reported && m.Sides.Any(sd => sd.N >= MinPerSide(movement)))).ToList();
            bool tooFew = measured.Count == 0 && rules.Any(r => metrics.Any(m => m.Id == r.MetricId && m.Reported && m.Sides.Any(sd => sd.N > 0)));
            var mine = findings.Where(f => f.Drivers.Contains(d)).ToList();
            var withheld = rules.Select(r => r.MetricId).Distinct().Select(id => metrics.FirstOrDefault(m => m.Id == id && m.Withheld)).OfType<MetricSummary>().ToList();
            var evidence = rules.Count > 0 ? rules.Max(r => r.Evidence) : EvidenceStrength.Low;
            DriverStatus status = measured.Count == 0 ? DriverStatus.NotAssessed
                : mine.Any(f => f.Level == FindingLevel.Elevated && f.BeyondNoise) ? DriverStatus.SignsPresent
                : mine.Any(f => f.Level != FindingLevel.Typical) ? DriverStatus.Borderline
                : DriverStatus.NoSigns;
            list.Add(new DriverAssessment
            {
                Driver = d, Name = Name(d), Status = status, Evidence = evidence, Metrics = measured,
                Statement = tooFew
                    ? $"Not assessed: too few repetitions for a reading (at least {Inv.I(MinPerSide(movement))} {(movement is MovementKind.Running or MovementKind.Walking ? "strides" : "reps")} per side); film more."
                    : status == DriverStatus.NotAssessed && withheld.Count > 0
                    ? $"Not assessed: {string.Join(" and ", withheld.Select(m => m.Name))} not measurable reliably without markers in this view (withheld by GaitCheck's synthetic validation)."
                    : DriverStatement(d, status, mine, movement),
            });
        }
        return list;
    }

    public static string Name(Driver d) => d switch
    {
        Driver.HipDrop => "Hip drop / gluteus medius weakness",
        Driver.FootOverpronation => "Foot overpronation",
        _ => "Knee collapsing inward (dynamic knee valgus)",
    };

    private static string DriverStatement(Driver d, DriverStatus status, List<Finding> mine, MovementKind movement)
    {
        string followUp = d switch
        {
            Driver.HipDrop => "hip abductor and external rotator strength (hand-held dynamometry) and a clinician-observed step-down or single-leg stance",
            Driver.FootOverpronation => "static foot posture (Foot Posture Index, FPI-6) and navicular drop; evidence linking rearfoot eversion to runner's knee is weak (Noehren et al. 2013)",
            _ => "hip abductor/external rotator and quadriceps strength, and a clinician-observed step-down test",
        };
        string flagged = string.Join("; ", mine.Where(f => f.Level != FindingLevel.Typical)
            .Select(f => $"{(f.Side == Side.Left ? "left" : f.Side == Side.Right ? "right" : "clip")} {f.MetricName} {Inv.F(f.Value, 1)}{(f.Unit == "deg" ? "°" : " " + f.Unit)}"));
        return status switch
        {
            DriverStatus.NotAssessed => d switch
            {
                _ when movement is MovementKind.DoubleLegSquat or MovementKind.Walking or MovementKind.Other =>
                    "Not assessed: reference values exist for the single-leg squat and running; film one of those from the front or behind.",
                Driver.FootOverpronation => "Not assessed: the rearfoot proxy needs a posterior view at ankle height.",
                Driver.KneeCollapse when movement != MovementKind.SingleLegSquat => "Not assessed: judged on a single-leg squat filmed from the front or behind.",
                _ => "Not assessed: needs a frontal or posterior view of a single-leg squat or of running.",
            },
            DriverStatus.NoSigns => "No signs in this clip: the measured values are within the typical ranges. A single clip is a screen, not a diagnosis.",
            DriverStatus.Borderline => $"Possible signs, not beyond measurement noise: {flagged}. Confirm with a repeat recording and {followUp}.",
            _ => $"Signs present in this clip: {flagged}. This is a screen, not a diagnosis; a clinician can check {followUp}.",
        };
    }
}
