using GaitCheck.Core.Signal;

namespace GaitCheck.Core.Tests.Signal;

public sealed class OneEuroFilterTests
{
    [Fact]
    public void Alpha_matches_the_values_quoted_in_MediaPipes_graph_comments()
    {
        // pose_landmark_filtering.pbtxt: "Min cutoff 0.1 results into ~0.02 alpha", "Derivative cutoff 1.0 results into ~0.17 alpha" (30 fps).
        Assert.Equal(0.02, OneEuroFilter.Alpha(0.1, 1 / 30.0), 2);
        Assert.Equal(0.17, OneEuroFilter.Alpha(1.0, 1 / 30.0), 2);
    }

    [Fact]
    public void First_sample_passes_and_steady_input_converges_with_less_jitter()
    {
        var f = new OneEuroFilter(1.0, 0.0, 1.0);
        Assert.Equal(7.0, f.Filter(7.0, 0));
        var rng = new Random(11);
        var outputs = new List<double>();
        var inputs = new List<double>();
        for (int i = 1; i < 600; i++)
        {
            double v = 10 + (rng.NextDouble() - 0.5);
            inputs.Add(v);
            outputs.Add(f.Filter(v, i / 60.0));
        }
        Assert.Equal(10, outputs.Skip(300).Average(), 1);
        double Sd(IEnumerable<double> s) { var a = s.ToArray(); double m = a.Average(); return Math.Sqrt(a.Average(v => (v - m) * (v - m))); }
        Assert.True(Sd(outputs.Skip(300)) < 0.4 * Sd(inputs.Skip(300)));
    }

    /// <summary>Frames until the output covers 90 % of a unit step.</summary>
    private static int StepLag(double beta, double valueScale = 1)
    {
        var f = new OneEuroFilter(0.5, beta, 1.0);
        for (int i = 0; i < 30; i++) f.Filter(0, i / 30.0);
        for (int k = 0; k < 300; k++)
            if (f.Filter(100, (30 + k) / 30.0, valueScale) >= 90) return k;
        return int.MaxValue;
    }

    [Fact]
    public void Step_lag_decreases_as_beta_grows()
    {
        int l0 = StepLag(0), l1 = StepLag(0.01), l2 = StepLag(0.1);
        Assert.True(l0 > l1 && l1 > l2, $"lags {l0}, {l1}, {l2}");
    }

    [Fact]
    public void Value_scale_makes_the_same_motion_count_as_slower_for_a_bigger_object()
    {
        Assert.True(StepLag(0.1, valueScale: 1.0 / 500) > StepLag(0.1, valueScale: 1.0 / 50));
    }

    [Fact]
    public void Repeated_timestamp_returns_previous_output_and_nan_resets()
    {
        var f = new OneEuroFilter(1, 0, 1);
        f.Filter(0, 0);
        double a = f.Filter(10, 0.1);
        Assert.Equal(a, f.Filter(50, 0.1));
        Assert.True(double.IsNaN(f.Filter(double.NaN, 0.2)));
        Assert.Equal(42.0, f.Filter(42, 0.3));
    }
}
