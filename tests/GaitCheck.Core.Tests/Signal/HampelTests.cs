using GaitCheck.Core.Signal;

namespace GaitCheck.Core.Tests.Signal;

public sealed class HampelTests
{
    [Fact]
    public void Replaces_a_spike_with_the_window_median()
    {
        var rng = new Random(3);
        var x = Enumerable.Range(0, 100).Select(i => 200 + 10 * Math.Sin(i / 8.0) + rng.NextDouble()).ToArray();
        var clean = (double[])x.Clone();
        x[40] += 60;
        int n = Hampel.Apply(x, 3);
        Assert.Equal(1, n);
        var window = clean[37..44].ToList();
        window[3] = clean[40] + 60;
        window.Sort();
        Assert.Equal(window[3], x[40], 9);
        Assert.True(Math.Abs(x[40] - clean[40]) < 3, $"{x[40]} vs {clean[40]}");
        for (int i = 0; i < x.Length; i++) if (i != 40) Assert.Equal(clean[i], x[i]);
    }

    [Fact]
    public void Leaves_a_smooth_signal_and_nan_gaps_alone()
    {
        var x = Enumerable.Range(0, 120).Select(i => Math.Sin(i / 10.0)).ToArray();
        x[50] = double.NaN;
        var before = (double[])x.Clone();
        Assert.Equal(0, Hampel.Apply(x, 3));
        Assert.Equal(before, x);
    }

    [Fact]
    public void Spike_next_to_a_gap_is_still_found()
    {
        var x = Enumerable.Range(0, 30).Select(i => 5.0 + 0.01 * i).ToArray();
        x[10] = double.NaN; x[11] = double.NaN;
        x[12] = 50;
        Assert.Equal(1, Hampel.Apply(x, 3));
        Assert.InRange(x[12], 5.0, 5.3);
        Assert.True(double.IsNaN(x[10]));
    }
}
