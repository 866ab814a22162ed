namespace GaitCheck.Core.Signal;

/// <summary>One second-order section y = (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²) x, run in transposed direct form II.</summary>
internal readonly record struct Biquad(double B0, double B1, double B2, double A1, double A2)
{
    public double DcGain => (B0 + B1 + B2) / (1 + A1 + A2);

    /// <summary>
    /// Filters <paramref name="x"/> in place, starting from the steady state for a constant input equal to x[0]
    /// (as scipy's lfilter_zi does), so a signal that starts away from zero gives no start-up transient.
    /// </summary>
    public void Run(Span<double> x)
    {
        if (x.Length == 0) return;
        double x0 = x[0], y0 = DcGain * x0;
        double z2 = B2 * x0 - A2 * y0;
        double z1 = B1 * x0 - A1 * y0 + z2;
        for (int i = 0; i < x.Length; i++)
        {
            double xi = x[i];
            double yi = B0 * xi + z1;
            z1 = B1 * xi - A1 * yi + z2;
            z2 = B2 * xi - A2 * yi;
            x[i] = yi;
        }
    }
}
