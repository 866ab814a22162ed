using System.Text;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;

namespace GaitCheck.Reporting;

/// <summary>
/// The validation status table as Markdown (the README's "Validation status per metric" table, which a test keeps
/// identical to this rendering of the embedded table): per metric, view and movement, the status, the landmarks and
/// correction chosen on the tuning grid, and the test-grid figures.
/// </summary>
public static class StatusMarkdown
{
    public static string Table(MetricValidationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("| metric | view | movement | status | landmarks | correction (raw = offset + gain · true) | n | MAE | bias | gain | R² | sign right | L−R error | note |\n");
        sb.Append("|---|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var e in table.Entries)
        {
            var f = e.Test;
            string unit = MetricCatalog.All.FirstOrDefault(d => d.Id == e.Metric)?.Unit is "deg" ? "°" : "";
            sb.Append(Inv.C, $"| {e.Metric} | {e.View} | {e.Movement} | {Status(e.Status)} | {(e.Source == LandmarkSource.Image ? "image" : "world")} | ")
              .Append(e.Correction is { } c ? $"{Inv.F(c.Offset, 2)} + {Inv.F(c.Gain, 3)} · true" : "none").Append(" | ")
              .Append(f is null ? "0 | - | - | - | - | - | - | " : $"{Inv.I(f.N)} | {Inv.F(f.Mae, 2)}{unit} | {Inv.F(f.Bias, 2)}{unit} | {Num(f.Gain)} | {Num(f.R2)} | {(f.SignChecked > 0 ? $"{Inv.I(f.SignRight)}/{Inv.I(f.SignChecked)}" : "-")} | {Num(f.LeftMinusRight)} | ")
              .Append(string.Join("; ", new[] { e.Reason, e.Choice }.Where(x => x.Length > 0)).Replace("|", "/", StringComparison.Ordinal)).Append(" |\n");
        }
        return sb.ToString();
    }

    private static string Status(ValidationStatus s) => s switch
    {
        ValidationStatus.Validated => "validated",
        ValidationStatus.Withheld => "**withheld**",
        _ => "not validated",
    };

    private static string Num(double? v) => v is double d && double.IsFinite(d) ? Inv.F(d, 2) : "-";
}
