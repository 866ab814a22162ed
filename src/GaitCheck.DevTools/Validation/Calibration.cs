using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Validation;

namespace GaitCheck.DevTools.Validation;

/// <summary>
/// Builds the validation status table (<see cref="MetricValidationTable"/>) from validation runs, keeping the tuning
/// and test grids apart: every choice is made on the tuning grid (the landmark source per metric, view and movement:
/// the one whose values, after the best straight-line correction, scatter least around the truth; the correction
/// itself, a least-squares line fitted where the truth varied enough to estimate a gain); the test grid then decides
/// only (a) whether the correction is kept (it must lower the test grid's MAE) and (b) the status, by
/// <see cref="MetricValidationTable.Judge"/>. Metrics with no ground truth in the grids are not in the table.
/// </summary>
public static class Calibration
{
    /// <summary>Fewest values a correction is fitted from.</summary>
    public const int MinValuesForCorrection = 8;

    /// <summary>A candidate (source) of one table row with its checks on a grid.</summary>
    public sealed record Candidate(LandmarkSource Source, IReadOnlyList<MetricCheck> Checks);

    public static MetricValidationTable Build(string pipeline, string measured,
        IReadOnlyDictionary<LandmarkSource, ValidationRun> tuning, IReadOnlyDictionary<LandmarkSource, ValidationRun> test)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(test);
        var entries = new List<MetricValidationEntry>();
        var keys = tuning.Values.SelectMany(r => r.Metrics).Select(Key).Where(k => k.View != null && k.Movement != null).Distinct().OrderBy(k => k.Movement, StringComparer.Ordinal)
            .ThenBy(k => k.View, StringComparer.Ordinal).ThenBy(k => k.Metric, StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            var def = MetricCatalog.All.FirstOrDefault(d => d.Id == key.Metric);
            if (def is null) continue;
            var candidates = tuning.Where(kv => HasSource(key.Metric) || kv.Key == LandmarkSource.Image)
                .Select(kv => new Candidate(kv.Key, kv.Value.Metrics.Where(m => Key(m) == key).ToList())).ToList();
            var chosen = candidates.Where(c => Finite(c.Checks).Count > 0)
                .OrderBy(c => Scatter(c.Checks, def)).ThenBy(c => c.Source).FirstOrDefault();
            if (chosen is null) continue;
            var tuneChecks = Finite(chosen.Checks);
            var correction = Fit(tuneChecks, def);
            var testChecks = test.TryGetValue(chosen.Source, out var tr) ? Finite(tr.Metrics.Where(m => Key(m) == key).ToList()) : [];
            var testRaw = Figures(testChecks, def);
            var testCorrected = correction is null ? null : Figures(testChecks.Select(c => c with { Measured = correction.Apply(c.Measured) }).ToList(), def);
            bool keep = correction is not null && testCorrected is not null && testRaw is not null && testCorrected.Mae < testRaw.Mae;
            var final = keep ? testCorrected : testRaw;
            var (status, reason) = final is null ? (ValidationStatus.NotValidated, "no value measured on the test grid") : MetricValidationTable.Judge(final, def);
            string why = Why(chosen, candidates, correction, keep, testRaw, testCorrected, def);
            entries.Add(new MetricValidationEntry
            {
                Metric = key.Metric, View = key.View!, Movement = key.Movement!, Source = chosen.Source, Correction = keep ? correction : null,
                Status = status, Reason = status == ValidationStatus.Withheld ? reason : "", Choice = why,
                Tuning = Figures(tuneChecks, def), Test = final, TestRaw = testRaw,
            });
        }
        return new MetricValidationTable { Pipeline = pipeline, Measured = measured, Entries = entries };
    }

    /// <summary>Metrics read from one frame's joint positions, for which image and world landmarks are candidates (timing, depth and distances use the image).</summary>
    public static bool HasSource(string metric) => metric is MetricCatalog.Fppa or MetricCatalog.PelvicDrop or MetricCatalog.HipAdduction
        or MetricCatalog.TrunkLeanLateral or MetricCatalog.RearfootEversion or MetricCatalog.KneeFlexionBottom or MetricCatalog.KneeFlexionContact
        or MetricCatalog.KneeFlexionPeakStance or MetricCatalog.TrunkForwardLean or MetricCatalog.MedialKneeDisplacement;

    /// <summary>The table's key of a check: metric, view class, movement class.</summary>
    public static (string Metric, string? View, string? Movement) Key(MetricCheck m) =>
        (m.Metric, Enum.TryParse<CameraView>(m.View, out var v) ? ValidationKeys.View(v) : null,
         Enum.TryParse<MovementKind>(m.Movement, out var mv) ? ValidationKeys.Movement(mv) : null);

    /// <summary>Least R² of measured on truth for a correction: below it the measurement hardly follows the truth, and inverting the line would mostly amplify noise.</summary>
    public const double MinR2ForCorrection = 0.5;

    /// <summary>
    /// Least-squares line of measured on truth, when the truth varies enough to estimate a gain, the measurement follows
    /// it (R² ≥ <see cref="MinR2ForCorrection"/>) and the gain lies in 0.3-3 (a steeper or flatter line would turn
    /// a degree of landmark noise into several).
    /// </summary>
    public static MetricCorrection? Fit(IReadOnlyList<MetricCheck> checks, MetricDefinition def)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Count < MinValuesForCorrection) return null;
        var f = Figures(checks, def);
        if (f?.Gain is not double || !(f.R2 >= MinR2ForCorrection)) return null;
        var (gain, intercept, _) = ValidationStats.Fit(checks.Select(c => c.Truth).ToList(), checks.Select(c => c.Measured).ToList());
        return gain is >= 0.3 and <= 3 ? new MetricCorrection(Math.Round(intercept, 4), Math.Round(gain, 4)) : null;
    }

    /// <summary>Figures of a set of checks in the table's form (gain only where the truth's SD reaches the table's minimum for the metric).</summary>
    public static ValidationFigures? Figures(IReadOnlyList<MetricCheck> checks, MetricDefinition def)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Count == 0) return null;
        var s = ValidationStats.Of("", "", "", checks);
        bool gainOk = s.TruthSd >= MetricValidationTable.MinTruthSdForGain(def);
        return new ValidationFigures
        {
            N = s.N - s.Missing, Mae = R(s.Mae), Bias = R(s.Bias), Gain = gainOk ? R(s.Gain) : null, R2 = gainOk && double.IsFinite(s.R2) ? R(s.R2) : null,
            SignChecked = s.SignN, SignRight = s.SignAgree, LeftMinusRight = double.IsFinite(s.LeftMinusRight) ? R(s.LeftMinusRight) : null,
            TruthSd = double.IsFinite(s.TruthSd) ? R(s.TruthSd) : 0,
        };
    }

    /// <summary>Tuning-grid error left after the best straight-line correction (raw MAE where no correction can be fitted).</summary>
    private static double Scatter(IReadOnlyList<MetricCheck> checks, MetricDefinition def)
    {
        var ok = Finite(checks);
        var c = Fit(ok, def);
        return c is null ? ok.Average(x => Math.Abs(x.Error)) : ok.Average(x => Math.Abs(c.Apply(x.Measured) - x.Truth));
    }

    /// <summary>Figures are stored to 3 decimals: enough for the table, and the same bytes on every machine.</summary>
    private static double R(double v) => Math.Round(v, 3, MidpointRounding.AwayFromZero);

    private static List<MetricCheck> Finite(IReadOnlyList<MetricCheck> checks) =>
        checks.Where(c => double.IsFinite(c.Measured) && double.IsFinite(c.Truth)).ToList();

    private static string Why(Candidate chosen, List<Candidate> all, MetricCorrection? fit, bool kept, ValidationFigures? raw, ValidationFigures? corrected, MetricDefinition def)
    {
        var parts = new List<string>();
        if (all.Count > 1)
            parts.Add($"{Name(chosen.Source)} landmarks: least tuning-grid scatter ({string.Join(", ", all.Where(c => Finite(c.Checks).Count > 0).Select(c => $"{Name(c.Source)} {Scatter(c.Checks, def):0.00}"))})");
        if (fit is null) parts.Add("no correction (too few values, too little spread of the truth, or a measurement that does not follow it)");
        else if (kept) parts.Add($"correction kept: test-grid MAE {raw!.Mae:0.00} raw → {corrected!.Mae:0.00} corrected");
        else parts.Add($"correction fitted but dropped: it did not lower the test-grid MAE ({raw?.Mae:0.00} raw, {corrected?.Mae:0.00} corrected)");
        return string.Join("; ", parts);
    }

    private static string Name(LandmarkSource s) => s == LandmarkSource.Image ? "image" : "world";
}
