using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>
/// Summarises the per-rep/per-stride tables into one <see cref="MetricSummary"/> per applicable metric: per-side
/// mean ± SD, min, max and worst; left − right asymmetry judged against the noise band (a difference inside the
/// band is reported as "within measurement noise", never as a difference); the literature threshold; and, for a
/// metric the view cannot measure, no values but the filming advice. A metric the synthetic validation withheld in
/// this view (<see cref="MetricPolicy"/>) gets no values either, but its validation figures and the reason; a corrected
/// metric keeps the statistics of its raw values beside the corrected ones.
/// </summary>
public static class MetricSummarizer
{
    public static List<MetricSummary> Summarize(MovementKind movement, CameraView view, IReadOnlyList<RepRow> reps,
        IReadOnlyList<StrideRow> strides, double? cadence, double frameIntervalSeconds, MetricPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(reps);
        ArgumentNullException.ThrowIfNull(strides);
        policy ??= MetricPolicy.None(view, movement);
        var result = new List<MetricSummary>();
        foreach (var def in MetricCatalog.All.Where(d => d.AppliesTo(movement)))
        {
            double noise = def.NoiseIsFrameQuantised ? Math.Max(def.NoiseBand, Math.Round(2000 * frameIntervalSeconds)) : def.NoiseBand;
            var rule = FindingRules.For(def.Id, movement);
            var threshold = rule is null ? null : new ThresholdInfo
            {
                TypicalUpTo = rule.TypicalUpTo, ElevatedFrom = rule.ElevatedFrom, Description = rule.Description, Citation = rule.Citation,
                Groups = rule.Groups,
            };
            if (!def.ValidIn(view))
            {
                result.Add(Base(def, noise, threshold) with { Reported = false, NotReportedReason = def.FilmingAdvice, Sides = [] });
                continue;
            }
            var entry = policy.Entry(def.Id);
            if (policy.Withheld(def.Id))
            {
                result.Add(Base(def, noise, threshold) with { Reported = false, Withheld = true, Validation = entry, Sides = [] });
                continue;
            }
            bool squat = movement is MovementKind.SingleLegSquat or MovementKind.DoubleLegSquat;
            var sides = SideStatsOf(def, reps, strides, squat, cadence, raw: false);
            bool corrected = policy.Correction(def.Id) is not null;
            result.Add(Base(def, noise, threshold) with
            {
                Reported = true,
                Sides = sides,
                Asymmetry = Asym(def, sides, noise),
                Validation = entry,
                Corrected = corrected,
                RawSides = corrected ? SideStatsOf(def, reps, strides, squat, cadence, raw: true) : [],
            });
        }
        return result;
    }

    private static List<SideStats> SideStatsOf(MetricDefinition def, IReadOnlyList<RepRow> reps, IReadOnlyList<StrideRow> strides, bool squat, double? cadence, bool raw)
    {
        var sides = new List<SideStats>();
        if (def.Id == MetricCatalog.Cadence)
        {
            if (cadence is double c && double.IsFinite(c)) sides.Add(Stats(def, null, [c]));
            return sides;
        }
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            var values = squat
                ? reps.Where(r => r.StanceSide == side).Select(r => Value(raw ? r.RawValues : r.Values, def.Id))
                : strides.Where(r => r.Side == side).Select(r => Value(raw ? r.RawValues : r.Values, def.Id));
            var list = values.Where(double.IsFinite).ToList();
            if (list.Count > 0) sides.Add(Stats(def, side, list));
        }
        return sides;
    }

    private static MetricSummary Base(MetricDefinition def, double noise, ThresholdInfo? threshold) => new()
    {
        Id = def.Id, Name = def.Name, Unit = def.Unit, Event = def.Event, Experimental = def.Experimental,
        Reported = false, Sides = [], NoiseBand = noise, NoiseSource = def.NoiseSource, Threshold = threshold, Citation = def.Citation,
    };

    private static double Value(IReadOnlyDictionary<string, double> values, string id) =>
        values.TryGetValue(id, out double v) ? v : double.NaN;

    /// <summary>Mean, sample SD, min, max, worst of <paramref name="v"/>, each rounded to the metric's precision.</summary>
    public static SideStats Stats(MetricDefinition def, Side? side, IReadOnlyList<double> v)
    {
        ArgumentNullException.ThrowIfNull(def);
        ArgumentNullException.ThrowIfNull(v);
        double mean = v.Average();
        double sd = v.Count >= 2 ? Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Count - 1)) : double.NaN;
        double min = v.Min(), max = v.Max();
        double worst = def.Worse switch { WorseDirection.Higher => max, WorseDirection.Lower => min, _ => double.NaN };
        return new SideStats
        {
            Side = side, N = v.Count, Mean = def.Round(mean), Sd = def.Round(sd), Min = def.Round(min), Max = def.Round(max), Worst = def.Round(worst),
        };
    }

    private static Asymmetry? Asym(MetricDefinition def, List<SideStats> sides, double noise)
    {
        var l = sides.FirstOrDefault(s => s.Side == Side.Left);
        var r = sides.FirstOrDefault(s => s.Side == Side.Right);
        if (l is null || r is null) return null;
        double diff = def.Round(l.Mean - r.Mean);
        bool within = Math.Abs(diff) < noise;
        string n = Inv.F(noise, def.Decimals), d = Inv.F(diff, def.Decimals);
        string statement = within
            ? $"left − right = {d} {def.Unit}: within measurement noise (±{n} {def.Unit}), no side difference can be claimed"
            : $"left − right = {d} {def.Unit}: larger than the measurement noise (±{n} {def.Unit}); {(diff > 0 ? "left" : "right")} is higher";
        return new Asymmetry { LeftMinusRight = diff, NoiseBand = noise, WithinNoise = within, Statement = statement };
    }
}
