namespace GaitCheck.Core.Signal;

/// <summary>
/// Variable-frame-rate support for filters that assume uniform sampling: a run whose frame intervals all lie within
/// 5 % of the median interval is treated as uniform; otherwise it is resampled by linear interpolation onto a uniform
/// grid at the median interval, filtered there, and read back at the original times by linear interpolation.
/// </summary>
internal static class UniformTime
{
    public const double Tolerance = 0.05;

    public static bool IsUniform(ReadOnlySpan<double> t, double dt)
    {
        for (int i = 1; i < t.Length; i++)
            if (Math.Abs(t[i] - t[i - 1] - dt) > Tolerance * dt) return false;
        return true;
    }

    /// <summary>Applies <paramref name="filter"/> (for uniform samples) to the run (values <paramref name="x"/> at times <paramref name="t"/>) in place.</summary>
    public static void FilterRun(Span<double> x, ReadOnlySpan<double> t, double dt, Func<double[], double[]> filter)
    {
        if (IsUniform(t, dt))
        {
            filter(x.ToArray()).AsSpan().CopyTo(x);
            return;
        }
        double t0 = t[0];
        int m = (int)Math.Floor((t[^1] - t0) / dt + 1e-9) + 1;
        var grid = new double[m];
        int j = 0;
        for (int k = 0; k < m; k++)
        {
            double tk = t0 + k * dt;
            while (j < t.Length - 2 && t[j + 1] < tk) j++;
            grid[k] = Lerp(t[j], x[j], t[j + 1], x[j + 1], tk);
        }
        double[] y = filter(grid);
        for (int i = 0; i < x.Length; i++)
        {
            double pos = (t[i] - t0) / dt;
            int k = Math.Clamp((int)Math.Floor(pos), 0, m - 1);
            x[i] = k + 1 < m ? y[k] + (pos - k) * (y[k + 1] - y[k]) : y[k];
        }
    }

    private static double Lerp(double ta, double xa, double tb, double xb, double t) =>
        tb > ta ? xa + (xb - xa) * Math.Clamp((t - ta) / (tb - ta), 0, 1) : xa;
}
