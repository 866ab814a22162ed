using GaitCheck.Core;

namespace GaitCheck.Reporting;

/// <summary>
/// Writes the plain-language reading of a metric row. A left–right difference or a distance to a threshold
/// that is inside the smallest detectable difference (SDD) is called "within measurement noise", never a difference.
/// </summary>
public static class PlainReading
{
    public static string Of(MetricSummary m)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (!string.IsNullOrWhiteSpace(m.Reading)) return m.Reading;
        var parts = new List<string>();
        var measured = m.Sides.Where(s => s.N > 0 && double.IsFinite(s.Mean)).ToList();
        if (measured.Count == 0) return "not measured";
        if (m.Asymmetry is double a && double.IsFinite(a))
        {
            string diff = Inv.F(Math.Abs(a), 1) + m.Unit;
            if (m.NoiseBand is double sdd)
                parts.Add(Math.Abs(a) <= sdd
                    ? $"left–right difference {diff} is within measurement noise (SDD {Inv.F(sdd, 1)}{m.Unit})"
                    : $"{(a > 0 ? "left" : "right")} higher by {diff}, beyond the noise band (SDD {Inv.F(sdd, 1)}{m.Unit})");
            else parts.Add($"left–right difference {diff} (no noise band known)");
        }
        if (m.ThresholdValue is double t)
        {
            foreach (var s in measured)
            {
                string who = s.Side is { } sd ? sd.ToString().ToLowerInvariant() + " " : "";
                bool above = s.Mean > t;
                bool nearby = m.NoiseBand is double n && Math.Abs(s.Mean - t) <= n;
                parts.Add($"{who}mean {(above ? "above" : "below")} the {Inv.F(t, 1)}{m.Unit} threshold" + (nearby ? " but within measurement noise of it" : ""));
            }
        }
        if (m.Experimental) parts.Add("experimental proxy");
        return parts.Count == 0 ? "measured" : string.Join("; ", parts);
    }
}
