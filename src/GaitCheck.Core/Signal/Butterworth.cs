namespace GaitCheck.Core.Signal;

/// <summary>
/// Zero-phase Butterworth low-pass for biomechanical signals, following Winter (Biomechanics and Motor Control of
/// Human Movement, 4th ed., 2009, §3.4.4): a low-pass of order order/2 is run forward and then backward, giving an
/// order-th order response with no phase lag (a "4th-order zero-lag Butterworth" is a 2nd-order
/// filter applied twice; Sports2D and Kinovea use the same convention). Because the two passes square the magnitude,
/// the single-pass cut-off is raised by Winter's correction factor C = (√2 − 1)^(1/order) (0.802 for order 4), so the
/// whole filter is −3 dB at the requested frequency. The digital filter comes from the analog prototype by the
/// bilinear transform with pre-warping (ωa = tan(π·fc/fs) / C), as cascaded second-order sections.
/// Edges: each run is extended by odd reflection about its end samples (as scipy.signal.filtfilt pads) and each pass
/// starts in the steady state of its first sample, so ends are not pulled towards zero.
/// NaN gaps: every NaN-free run is filtered on its own; gaps stay NaN; a run too short to filter
/// (<see cref="MinRunLength"/>) is returned unchanged and counted.
/// </summary>
public static class Butterworth
{
    /// <summary>Runs shorter than this many samples are left unfiltered (scipy's filtfilt needs more than 3·(2·sections + 1)).</summary>
    public static int MinRunLength(int order) => 3 * (2 * Sections(order) + 1) + 1;

    /// <summary>Zero-phase low-pass of <paramref name="x"/> sampled at <paramref name="sampleRate"/> Hz; NaN-gap aware. Returns a new array.</summary>
    public static double[] FiltFilt(double[] x, double sampleRate, double cutoffHz, int order = 4) =>
        FiltFilt(x, sampleRate, cutoffHz, order, out _);

    /// <summary>As <see cref="FiltFilt(double[], double, double, int)"/>; <paramref name="shortRuns"/> counts NaN-free runs left unfiltered because they were too short.</summary>
    public static double[] FiltFilt(double[] x, double sampleRate, double cutoffHz, int order, out int shortRuns)
    {
        ArgumentNullException.ThrowIfNull(x);
        var sections = Design(sampleRate, cutoffHz, order);
        int minRun = MinRunLength(order);
        int pad = PadLength(sampleRate, cutoffHz, order);
        var y = (double[])x.Clone();
        shortRuns = 0;
        foreach (var (start, length) in Runs.NanFree(x))
        {
            if (length < minRun) { shortRuns++; continue; }
            FilterRun(y.AsSpan(start, length), sections, Math.Min(pad, length - 1));
        }
        return y;
    }

    /// <summary>Second-order sections of the single-pass filter (order/2), cut-off already corrected for the double pass.</summary>
    internal static Biquad[] Design(double sampleRate, double cutoffHz, int order)
    {
        if (order < 2 || order % 2 != 0) throw new ArgumentOutOfRangeException(nameof(order), order, "zero-phase order must be even and >= 2");
        if (!(sampleRate > 0)) throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "sample rate must be > 0");
        if (!(cutoffHz > 0) || cutoffHz >= sampleRate / 2)
            throw new ArgumentOutOfRangeException(nameof(cutoffHz), cutoffHz, $"cut-off must be in (0, {sampleRate / 2}) Hz (Nyquist)");
        int m = order / 2;                                   // order of each pass
        double correction = Math.Pow(Math.Sqrt(2) - 1, 1.0 / (2 * m));
        double wa = Math.Tan(Math.PI * cutoffHz / sampleRate) / correction;
        var sections = new List<Biquad>();
        for (int k = 0; k < m / 2; k++)
        {
            // Analog pole pair s² + a1·s + a0 with a1 = 2·ωa·sin(π(2k+1)/(2m)), a0 = ωa²; bilinear s = (1 − z⁻¹)/(1 + z⁻¹).
            double a1 = 2 * wa * Math.Sin(Math.PI * (2 * k + 1) / (2 * m));
            double a0 = wa * wa;
            double d0 = 1 + a1 + a0;
            sections.Add(new Biquad(a0 / d0, 2 * a0 / d0, a0 / d0, (2 * a0 - 2) / d0, (1 - a1 + a0) / d0));
        }
        if (m % 2 == 1)
        {
            // Real pole s = −ωa: H(s) = ωa / (s + ωa).
            double d0 = 1 + wa;
            sections.Add(new Biquad(wa / d0, wa / d0, 0, (wa - 1) / d0, 0));
        }
        return [.. sections];
    }

    private static int Sections(int order) => (order / 2 + 1) / 2;

    /// <summary>Reflection padding: scipy's 3·(2·sections + 1), or one period of the cut-off if longer.</summary>
    private static int PadLength(double sampleRate, double cutoffHz, int order) =>
        Math.Max(3 * (2 * Sections(order) + 1), (int)Math.Ceiling(sampleRate / cutoffHz));

    private static void FilterRun(Span<double> run, Biquad[] sections, int pad)
    {
        int n = run.Length;
        var ext = new double[n + 2 * pad];
        double first = run[0], last = run[n - 1];
        for (int i = 0; i < pad; i++)
        {
            ext[pad - 1 - i] = 2 * first - run[i + 1];
            ext[pad + n + i] = 2 * last - run[n - 2 - i];
        }
        run.CopyTo(ext.AsSpan(pad));
        foreach (var s in sections) s.Run(ext);
        Array.Reverse(ext);
        foreach (var s in sections) s.Run(ext);
        Array.Reverse(ext);
        ext.AsSpan(pad, n).CopyTo(run);
    }
}
