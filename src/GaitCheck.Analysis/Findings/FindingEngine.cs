using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Findings;

/// <summary>
/// Compares each summarised metric with its <see cref="FindingRule"/> and maps the result to the drivers.
/// A value counts as clearly elevated only when it exceeds the typical upper value by more than the single-measurement
/// 95% band, SDD/√2 (SDD = 1.96·√2·SEM, so SDD/√2 = 1.96·SEM; Weir 2005); otherwise it is at most borderline.
/// It returns facts (levels, reasons); Reporting.Text.FindingWords words them, deliberately as a screen, not a diagnosis.
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
    public static List<DriverAssessment> NoneAssessed(DriverReason reason, MovementKind movement) =>
        Enum.GetValues<Driver>().Select(d => new DriverAssessment
        {
            Driver = d, Status = DriverStatus.NotAssessed, Evidence = EvidenceStrength.Low, Metrics = [], Movement = movement, Reason = reason,
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
                    Drivers = rule.Drivers, Evidence = rule.Evidence, Citation = rule.Citation, Movement = movement, NoiseBand = band, Rule = rule, MarkerProtocol = m.Markers?.Protocol,
                });
            }
        }
        return findings;
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
                Driver = d, Status = status, Evidence = evidence, Metrics = measured, Movement = movement,
                Reason = tooFew ? DriverReason.TooFew : status == DriverStatus.NotAssessed && withheld.Count > 0 ? DriverReason.Withheld : DriverReason.Judged,
                Withheld = [.. withheld.Select(m => m.Id)],
            });
        }
        return list;
    }
}
