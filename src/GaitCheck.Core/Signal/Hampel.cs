namespace GaitCheck.Core.Signal;

/// <summary>
/// Hampel identifier (Hampel 1974, "The influence curve and its role in robust estimation", JASA 69:383; as used for
/// outlier removal in time series, e.g. Pearson 2002, "Outliers in process modeling and identification"): a sample
/// is an outlier when it lies more than nSigmas·S from the median of its window, with S = 1.4826·MAD (the median
/// absolute deviation scaled to a Gaussian's standard deviation); outliers are replaced by that median.
/// Windows are [i − halfWindow, i + halfWindow] clipped at the ends, use the ORIGINAL values (replacements do not
/// feed later windows) and skip NaN samples; a window with fewer than 3 finite values leaves its sample alone.
/// </summary>
public static class Hampel
{
    public const double MadToSigma = 1.4826;

    /// <summary>Replaces outliers in place; returns how many were replaced.</summary>
    public static int Apply(double[] x, int halfWindow, double nSigmas = 3)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(halfWindow);
        ArgumentOutOfRangeException.ThrowIfNegative(nSigmas);
        var original = (double[])x.Clone();
        var window = new double[2 * halfWindow + 1];
        var dev = new double[window.Length];
        int replaced = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(original[i])) continue;
            int n = 0;
            for (int j = Math.Max(0, i - halfWindow); j <= Math.Min(x.Length - 1, i + halfWindow); j++)
                if (double.IsFinite(original[j])) window[n++] = original[j];
            if (n < 3) continue;
            double median = Median(window.AsSpan(0, n));
            for (int k = 0; k < n; k++) dev[k] = Math.Abs(window[k] - median);
            double s = MadToSigma * Median(dev.AsSpan(0, n));
            if (Math.Abs(original[i] - median) > nSigmas * s)
            {
                x[i] = median;
                replaced++;
            }
        }
        return replaced;
    }

    /// <summary>Median of the values (reorders the span).</summary>
    internal static double Median(Span<double> v)
    {
        v.Sort();
        int m = v.Length / 2;
        return v.Length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
    }
}
