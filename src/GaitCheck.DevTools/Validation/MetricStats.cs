using GaitCheck.Core;

namespace GaitCheck.DevTools.Validation;

/// <summary>
/// One metric in one view and movement over a validation grid (error = pipeline − truth, at the true event):
/// n, reps/strides not measured, MAE, bias, gain and intercept (least-squares line of measured on true), R²,
/// sign agreement where |truth| ≥ <see cref="ValidationStats.SignThreshold"/>, left-minus-right difference of the
/// mean errors (stance side in squats, stride side in gait), the spread of the true values, the worst error and
/// the analysis's MAE on the exact truth keypoints (which separates the pose model's error from the analysis's).
/// </summary>
public sealed record MetricStats(string Metric, string View, string Movement, int N, int Missing, double Mae, double Bias,
    double Gain, double Intercept, double R2, int SignN, int SignAgree, double LeftMinusRight, double TruthSd,
    double Worst, string WorstClip, double MaeOnTruth)
{
    /// <summary>Share of sign-checked values with the right sign (NaN when none was checked).</summary>
    public double SignShare => SignN > 0 ? (double)SignAgree / SignN : double.NaN;
}

/// <summary>Computes <see cref="MetricStats"/> from a run's metric checks.</summary>
public static class ValidationStats
{
    /// <summary>Truth magnitude from which a value's sign is checked (the issue's |truth| ≥ 3°).</summary>
    public const double SignThreshold = 3;

    public static IReadOnlyList<MetricStats> Compute(IEnumerable<MetricCheck> checks) => checks
        .GroupBy(m => (m.Metric, m.View, m.Movement))
        .OrderBy(g => g.Key.Movement, StringComparer.Ordinal).ThenBy(g => g.Key.View, StringComparer.Ordinal).ThenBy(g => g.Key.Metric, StringComparer.Ordinal)
        .Select(g => Of(g.Key.Metric, g.Key.View, g.Key.Movement, g.ToList()))
        .ToList();

    public static MetricStats Of(string metric, string view, string movement, IReadOnlyList<MetricCheck> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var ok = all.Where(m => double.IsFinite(m.Measured) && double.IsFinite(m.Truth)).ToList();
        var okT = all.Where(m => double.IsFinite(m.MeasuredOnTruth) && double.IsFinite(m.Truth)).ToList();
        double mae = Mean(ok.Select(m => Math.Abs(m.Error))), bias = Mean(ok.Select(m => m.Error));
        var (gain, intercept, r2) = Fit(ok.Select(m => m.Truth).ToList(), ok.Select(m => m.Measured).ToList());
        var signed = ok.Where(m => Math.Abs(m.Truth) >= SignThreshold).ToList();
        int agree = signed.Count(m => Math.Sign(m.Measured) == Math.Sign(m.Truth));
        double lr = Mean(ok.Where(m => m.Side == Side.Left).Select(m => m.Error)) - Mean(ok.Where(m => m.Side == Side.Right).Select(m => m.Error));
        var worst = ok.OrderByDescending(m => Math.Abs(m.Error)).FirstOrDefault();
        return new MetricStats(metric, view, movement, all.Count, all.Count - ok.Count, mae, bias, gain, intercept, r2, signed.Count, agree, lr,
            Sd(ok.Select(m => m.Truth).ToList()), worst?.Error ?? double.NaN, worst?.Clip ?? "", Mean(okT.Select(m => Math.Abs(m.ErrorOnTruth))));
    }

    /// <summary>Least-squares line y = intercept + gain·x and R² (squared Pearson correlation); NaN when x does not vary.</summary>
    public static (double Gain, double Intercept, double R2) Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count < 2) return (double.NaN, double.NaN, double.NaN);
        double mx = x.Average(), my = y.Average(), sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx <= 1e-12) return (double.NaN, double.NaN, double.NaN);
        double gain = sxy / sxx;
        double r2 = syy > 1e-12 ? sxy * sxy / (sxx * syy) : double.NaN;
        return (gain, my - gain * mx, r2);
    }

    private static double Mean(IEnumerable<double> v)
    {
        double s = 0; int n = 0;
        foreach (double x in v) { s += x; n++; }
        return n > 0 ? s / n : double.NaN;
    }

    private static double Sd(IReadOnlyList<double> v)
    {
        if (v.Count < 2) return double.NaN;
        double m = v.Average();
        return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Count - 1));
    }
}
