using GaitCheck.Analysis;
using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Core.Text;

namespace GaitCheck.Reporting.Text;

/// <summary>What the terminal shows of a result (invariant culture): the summary lines, the one-line headline, and the wrong-view reason.</summary>
public static class TerminalText
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
            string unit = UnitText.After(m.Unit);
            int dec = Analysis.Metrics.MetricCatalog.Get(m.Id).Decimals;
            var parts = m.Sides.Select(x =>
                (x.Side is { } sd ? (sd == Side.Left ? "L " : "R ") : "") + Inv.F(x.Mean, dec) + (double.IsFinite(x.Sd) ? " ± " + Inv.F(x.Sd, dec) : "") + unit);
            yield return $"  {m.Name}: {string.Join(", ", parts)} (noise ±{Inv.F(m.NoiseBand, dec)}{unit})";
        }
        foreach (var d in r.Drivers)
            yield return $"{FindingWords.DriverName(d.Driver)}: {Status(d.Status)} [{EnumNames.Camel(d.Evidence)} evidence]";
        yield return "A single clip is a screen, not a diagnosis.";
    }

    private static string Status(DriverStatus s) => s switch
    {
        DriverStatus.NotAssessed => "not assessed in this clip",
        DriverStatus.NoSigns => "no signs",
        DriverStatus.Borderline => "possible signs (within measurement noise)",
        _ => "signs present",
    };

    /// <summary>
    /// One line when metrics apply to the movement but the view allows none of them, with the first metric's filming
    /// advice; null otherwise (also when no metric applies at all: then the movement, not the view, is the problem).
    /// </summary>
    public static string? WrongView(AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.AnyMetricReported || r.Metrics.Count == 0) return null;
        string advice = r.Metrics.Select(m => m.NotReportedReason).FirstOrDefault(a => !string.IsNullOrEmpty(a)) ?? "film from the front, from behind or from the side";
        return $"the {EnumNames.Camel(r.View.View)} view allows none of the {EnumNames.Camel(r.Movement.Kind)} metrics: {advice}";
    }

    /// <summary>`analyze`'s one line: file, view, movement with counts, and the flagged findings.</summary>
    public static string Headline(ReportDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var c = d.Clip;
        string movement = PascalWords.Split(c.Movement, '-');
        string what = movement + (c.StanceSide is { } st ? $" ({st.ToString().ToLowerInvariant()} stance)" : "")
            + (c.Reps > 0 ? $", {Inv.I(c.Reps)} reps" : "") + (c.Strides > 0 ? $", {Inv.I(c.Strides)} strides" : "");
        if (c.MovementNote is { } note) what += $" ({note})";
        var flagged = d.Findings.Where(f => f.Flagged).Select(f => $"{f.Title}{(f.Side is { } s ? " " + s.ToString().ToLowerInvariant() : "")}: {f.Status}")
            .Distinct(StringComparer.Ordinal).ToList();
        return $"analyze: {c.FileName}: {c.View} view, {what}; " + (flagged.Count == 0 ? "no findings beyond typical values" : "findings: " + string.Join("; ", flagged));
    }
}
