using GaitCheck.Analysis.Findings;
using GaitCheck.Core;
using GaitCheck.Core.Json;

namespace GaitCheck.Analysis.Results;

/// <summary>A short plain-text summary of an <see cref="AnalysisResult"/> for the terminal (invariant culture).</summary>
public static class ResultSummaryText
{
    public static IEnumerable<string> Lines(AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string stance = r.Movement.StanceSide is { } s ? $" ({EnumNames.Lower(s)} stance)" : "";
        string counts = r.Reps.Count > 0 ? $", {Inv.I(r.RepCount)} reps" : r.Strides.Count > 0 ? $", {Inv.I(r.Strides.Count)} strides" : "";
        string movement = r.Movement.NotRecognisedReason is { } why ? $"not recognised ({why})" : EnumNames.Camel(r.Movement.Kind) + stance + counts;
        yield return $"view: {EnumNames.Camel(r.View.View)} (confidence {Inv.F(r.View.Confidence, 2)}); movement: {movement}";
        if (r.Movement.CameraMoving is { } cam) yield return $"camera moved ({cam}): no findings";
        yield return $"capture: {Inv.I(r.Quality.Frames)} frames, {Inv.F(100 * r.Quality.GapFraction, 1)}% landmark gaps, mean visibility {Inv.F(r.Quality.MeanVisibility, 2)}, {Inv.I(r.Quality.SwapsRepaired)} left/right swaps repaired";
        foreach (var m in r.Metrics.Where(m => m.Reported && m.Sides.Count > 0))
        {
            string unit = m.Unit == "deg" ? "°" : " " + m.Unit;
            int dec = Metrics.MetricCatalog.Get(m.Id).Decimals;
            var parts = m.Sides.Select(x =>
                (x.Side is { } sd ? (sd == Side.Left ? "L " : "R ") : "") + Inv.F(x.Mean, dec) + (double.IsFinite(x.Sd) ? " ± " + Inv.F(x.Sd, dec) : "") + unit);
            yield return $"  {m.Name}: {string.Join(", ", parts)} (noise ±{Inv.F(m.NoiseBand, dec)}{unit})";
        }
        foreach (var d in r.Drivers)
            yield return $"{d.Name}: {Status(d.Status)} [{EnumNames.Camel(d.Evidence)} evidence]";
        yield return "A single clip is a screen, not a diagnosis.";
    }

    private static string Status(DriverStatus s) => s switch
    {
        DriverStatus.NotAssessed => "not assessed in this clip",
        DriverStatus.NoSigns => "no signs",
        DriverStatus.Borderline => "possible signs (within measurement noise)",
        _ => "signs present",
    };

    /// <summary>One-line filming advice when nothing could be measured in the view (null when something was).</summary>
    public static string? WrongViewMessage(AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.AnyMetricReported || r.Metrics.Count == 0) return null;   // nothing applies: the movement, not the view, is the problem
        string advice = r.Metrics.Select(m => m.NotReportedReason).OfType<string>().FirstOrDefault() ?? "film from the front, from behind or from the side";
        return $"the {EnumNames.Camel(r.View.View)} view allows none of the {EnumNames.Camel(r.Movement.Kind)} metrics: {advice} (result.json lists the advice for each metric)";
    }
}
