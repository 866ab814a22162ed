using GaitCheck.Core.Signal;

namespace GaitCheck.Core.Tests.Signal;

public sealed class ButterworthTests
{
    private const double Fs = 60;

    private static double[] Sine(double f, int n, double fs = Fs, double phase = 0) =>
        Enumerable.Range(0, n).Select(i => Math.Sin(2 * Math.PI * f * i / fs + phase)).ToArray();

    /// <summary>Amplitude gain over the middle half (away from the edges), by RMS ratio.</summary>
    private static double Gain(double f, double cutoff = 6, int order = 4)
    {
        var x = Sine(f, 600);
        var y = Butterworth.FiltFilt(x, Fs, cutoff, order);
        double Rms(double[] a) => Math.Sqrt(a.Skip(150).Take(300).Average(v => v * v));
        return Rms(y) / Rms(x);
    }

    [Fact]
    public void Passband_2Hz_passes_within_1_percent() => Assert.InRange(Gain(2), 0.99, 1.0001);

    [Fact]
    public void Stopband_15Hz_is_attenuated_more_than_90_percent() => Assert.True(Gain(15) < 0.1, $"gain {Gain(15):F4}");

    [Theory]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(6)]
    public void Double_pass_correction_puts_minus_3dB_at_the_requested_cutoff(int order) =>
        Assert.InRange(Gain(6, 6, order), Math.Sqrt(0.5) - 0.02, Math.Sqrt(0.5) + 0.02);

    [Fact]
    public void Zero_phase_a_pulse_peak_does_not_move()
    {
        int n = 300, peak = 137;
        var x = Enumerable.Range(0, n).Select(i => Math.Exp(-Math.Pow((i - peak) / 6.0, 2))).ToArray();
        var y = Butterworth.FiltFilt(x, Fs, 6);
        int argmax = Array.IndexOf(y, y.Max());
        Assert.Equal(peak, argmax);
        // and the smoothed pulse is symmetric about it
        for (int k = 1; k < 20; k++) Assert.Equal(y[peak - k], y[peak + k], 6);
    }

    [Fact]
    public void Zero_phase_a_passband_sine_is_not_delayed()
    {
        var x = Sine(2, 600);
        var y = Butterworth.FiltFilt(x, Fs, 6);
        // y = g·x exactly when there is no phase shift; a lag φ would leave a quadrature residual of about sin φ.
        double g = Enumerable.Range(150, 300).Sum(i => x[i] * y[i]) / Enumerable.Range(150, 300).Sum(i => x[i] * x[i]);
        double residual = Math.Sqrt(Enumerable.Range(150, 300).Average(i => Math.Pow(y[i] - g * x[i], 2)));
        Assert.True(residual < 1e-4, $"quadrature residual {residual:E2} (phase {Math.Asin(Math.Min(1, residual * Math.Sqrt(2))) * 180 / Math.PI:F3} deg)");
        Assert.InRange(g, 0.99, 1.0);
    }

    [Fact]
    public void Constant_and_ramp_survive_the_edges()
    {
        var c = Enumerable.Repeat(250.0, 100).ToArray();
        Assert.All(Butterworth.FiltFilt(c, Fs, 6), v => Assert.Equal(250.0, v, 9));
        var ramp = Enumerable.Range(0, 100).Select(i => 10 + 0.5 * i).ToArray();
        var y = Butterworth.FiltFilt(ramp, Fs, 6);
        for (int i = 0; i < ramp.Length; i++) Assert.True(Math.Abs(ramp[i] - y[i]) < 0.005, $"ramp[{i}] off by {y[i] - ramp[i]:E2}"); // < 1 % of a step
    }

    [Fact]
    public void Gaps_stay_gaps_and_each_run_is_filtered_on_its_own()
    {
        var rng = new Random(7);
        var x = Enumerable.Range(0, 200).Select(i => Math.Sin(i / 9.0) + 0.1 * (rng.NextDouble() - 0.5)).ToArray();
        for (int i = 80; i < 90; i++) x[i] = double.NaN;     // gap splits into runs [0,80) and [90,200)
        x[150] = double.NaN; x[155] = double.NaN;             // runs [151,155) is too short
        var y = Butterworth.FiltFilt(x, Fs, 6, 4, out int shortRuns);
        Assert.Equal(1, shortRuns);
        for (int i = 0; i < x.Length; i++) Assert.Equal(double.IsNaN(x[i]), double.IsNaN(y[i]));
        var first = Butterworth.FiltFilt(x[..80], Fs, 6);
        for (int i = 0; i < 80; i++) Assert.Equal(first[i], y[i], 12);
        for (int i = 151; i < 155; i++) Assert.Equal(x[i], y[i]);  // too short: left as is
        Assert.NotEqual(x[40], y[40]);
    }

    [Theory]
    [InlineData(30.0, 4)]   // cut-off at Nyquist
    [InlineData(6.0, 3)]    // odd zero-phase order
    [InlineData(0.0, 4)]
    public void Invalid_design_is_rejected(double cutoff, int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Butterworth.FiltFilt(new double[50], Fs, cutoff, order));
}
