using GaitCheck.Analysis.Validation;
using GaitCheck.Core;
using A = GaitCheck.Analysis.Results;

namespace GaitCheck.Reporting;

/// <summary>The report's wording of the synthetic validation's figures for a metric (README "Validation benchmark").</summary>
public static class ValidationText
{
    /// <summary>What a withheld metric shows instead of a value.</summary>
    public const string Withheld = "not measurable reliably without markers in this view";

    /// <summary>e.g. "synthetic test grid (n 36): MAE 1.2°, bias +0.3°, gain 0.98, sign right 30/30".</summary>
    public static string Figures(ValidationFigures? f, string unit)
    {
        if (f is null || f.N == 0) return "";
        var parts = new List<string> { $"MAE {Inv.F(f.Mae, 1)}{unit}", $"bias {Signed(f.Bias)}{unit}" };
        if (f.Gain is double g) parts.Add($"gain {Inv.F(g, 2)}");
        if (f.SignChecked > 0) parts.Add($"sign right {Inv.I(f.SignRight)}/{Inv.I(f.SignChecked)}");
        return $"synthetic test grid (n {Inv.I(f.N)}): " + string.Join(", ", parts);
    }

    /// <summary>The validation note of a reported metric: its test-grid figures, and the raw means when the values were corrected.</summary>
    public static string Note(A.MetricSummary m, string unit, Func<Side?, string> side)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(side);
        if (m.Validation is not { } v) return "";
        string figures = Figures(v.Test, unit);
        if (!m.Corrected) return figures;
        string raw = string.Join(", ", m.RawSides.Select(s => $"{side(s.Side)} {Inv.F(s.Mean, 1)}{unit}"));
        return $"corrected by synthetic calibration (raw mean {raw}; correction fitted on the tuning grid); " + figures;
    }

    private static string Signed(double v) => (v > 0 ? "+" : "") + Inv.F(v, 1);
}
