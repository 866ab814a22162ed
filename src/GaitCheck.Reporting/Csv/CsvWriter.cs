using System.Text;
using GaitCheck.Core;

namespace GaitCheck.Reporting.Csv;

/// <summary>
/// RFC 4180 CSV with invariant-culture numbers, '\n' line ends and a header row; deterministic.
/// </summary>
public static class CsvWriter
{
    public static string Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        Line(sb, columns);
        foreach (var r in rows) Line(sb, r);
        return sb.ToString();
    }

    public static string Table(DataTable t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Table(t.Columns, t.Rows);
    }

    /// <summary>The summary table: one row per metric and side.</summary>
    public static string Summary(IReadOnlyList<MetricSummary> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        string[] cols = ["metric", "name", "unit", "event", "side", "n", "mean", "sd", "worst", "asymmetry_left_minus_right",
            "noise_band_sdd", "threshold_value", "threshold", "threshold_source", "reading", "experimental"];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var m in metrics)
        {
            var sides = m.Sides.Count > 0 ? m.Sides : [new SideStats(null, 0, double.NaN, double.NaN, double.NaN)];
            foreach (var s in sides)
                rows.Add([m.Key, m.Name, m.Unit, m.Event, s.Side?.ToString().ToLowerInvariant() ?? "", Inv.I(s.N), Num.F(s.Mean, m.Decimals + 1), Num.F(s.Sd, m.Decimals + 1), Num.F(s.Worst, m.Decimals + 1),
                    m.Asymmetry is double a ? Num.F(a, m.Decimals + 1) : "", m.NoiseBand is double n ? Num.F(n, m.Decimals + 1) : "", m.ThresholdValue is double t ? Num.F(t, m.Decimals + 1) : "",
                    m.Threshold, m.ThresholdSource, PlainReading.Of(m), m.Experimental ? "true" : "false"]);
        }
        return Table(cols, rows);
    }

    /// <summary>Quotes a field when it holds a comma, quote or line break.</summary>
    public static string Field(string v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return v.IndexOfAny([',', '"', '\n', '\r']) < 0 ? v : "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Field(fields[i]));
        }
        sb.Append('\n');
    }
}
