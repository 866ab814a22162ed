using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Metrics;

/// <summary>Constructed sequences with known angles: every per-rep/per-stride value within 0.1° (or 0.1 %LL) of truth.</summary>
public class MetricTablesTests
{
    private const double Tol = 0.1;
    private static readonly SquatPose LeftPose = new(Fppa: 18, PelvicDrop: 6, FemurMedialTilt: 5, TrunkLean: 7, Eversion: 9);
    private static readonly SquatPose RightPose = new(Fppa: -4, PelvicDrop: -2, FemurMedialTilt: -3, TrunkLean: -5, Eversion: -6);

    public static TheoryData<CameraView> FrontalViews() => new() { CameraView.Frontal, CameraView.Posterior };

    [Theory]
    [MemberData(nameof(FrontalViews))]
    public void Squat_rep_values_match_the_constructed_angles_on_both_sides(CameraView view)
    {
        var (s, truth) = ConstructedStructures.Squat(view, LeftPose, RightPose);
        var result = ClipAnalyzer.FromStructure(s);
        Assert.Equal(6, result.Reps.Count);
        Assert.Equal(ConstructedClips.LegLength, result.Quality.LegLengthPx, 1);
        for (int i = 0; i < truth.Count; i++)
        {
            var (side, t) = truth[i];
            var v = result.Reps[i].Values;
            Assert.Equal(side, result.Reps[i].StanceSide);
            Assert.InRange(v[MetricCatalog.Fppa], t.Fppa - Tol, t.Fppa + Tol);
            Assert.InRange(v[MetricCatalog.PelvicDrop], t.PelvicDrop - Tol, t.PelvicDrop + Tol);
            Assert.InRange(v[MetricCatalog.HipAdduction], t.HipAdduction - Tol, t.HipAdduction + Tol);
            Assert.InRange(v[MetricCatalog.TrunkLeanLateral], t.TrunkLean - Tol, t.TrunkLean + Tol);
            // Medial knee displacement: distance of the knee from the hip→ankle line by the law of sines, in % of leg length.
            double T = ConstructedClips.Thigh, S = ConstructedClips.Shank, f = t.Fppa * Math.PI / 180;
            double hipAnkle = Math.Sqrt(T * T + S * S + 2 * T * S * Math.Cos(f));
            double mkd = 100 * T * S * Math.Sin(f) / hipAnkle / ConstructedClips.LegLength;
            Assert.InRange(v[MetricCatalog.MedialKneeDisplacement], mkd - Tol, mkd + Tol);
            Assert.Equal(20.0, v[MetricCatalog.SquatDepth]);
            Assert.True(v.ContainsKey(MetricCatalog.KneeAnkleSeparationRatio));
            if (view == CameraView.Posterior)
                Assert.InRange(v[MetricCatalog.RearfootEversion], t.Eversion - Tol, t.Eversion + Tol);
            else
                Assert.False(v.ContainsKey(MetricCatalog.RearfootEversion));   // posterior only
            Assert.False(v.ContainsKey(MetricCatalog.KneeFlexionBottom));      // sagittal only
        }
    }

    [Theory]
    [MemberData(nameof(FrontalViews))]
    public void Summary_gives_mean_sd_worst_and_judges_asymmetry_against_the_noise_band(CameraView view)
    {
        var (s, truth) = ConstructedStructures.Squat(view, LeftPose, RightPose);
        var result = ClipAnalyzer.FromStructure(s);
        var fppa = result.Metric(MetricCatalog.Fppa)!;
        Assert.True(fppa.Reported);
        var left = fppa.Sides.Single(x => x.Side == Side.Left);
        var lt = truth.Where(x => x.Side == Side.Left).Select(x => x.Truth.Fppa).ToList();
        Assert.Equal(3, left.N);
        Assert.InRange(left.Mean, lt.Average() - Tol, lt.Average() + Tol);
        double sd = Math.Sqrt(lt.Sum(x => (x - lt.Average()) * (x - lt.Average())) / 2);
        Assert.InRange(left.Sd, sd - Tol, sd + Tol);
        Assert.InRange(left.Worst, lt.Max() - Tol, lt.Max() + Tol);
        Assert.NotNull(fppa.Asymmetry);
        Assert.False(fppa.Asymmetry!.WithinNoise);   // 18.9 vs −4.2: far beyond 8°
        Assert.Equal(8, fppa.NoiseBand);

        // A left–right difference smaller than the band is "within measurement noise", never a difference.
        var (s2, _) = ConstructedStructures.Squat(view, LeftPose, LeftPose with { Fppa = 13 });
        var a = ClipAnalyzer.FromStructure(s2).Metric(MetricCatalog.Fppa)!.Asymmetry!;
        Assert.True(a.WithinNoise);
        Assert.Contains("within measurement noise", a.Statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CameraView.LeftSagittal)]
    [InlineData(CameraView.RightSagittal)]
    public void Sagittal_running_values_match_the_construction(CameraView view)
    {
        var s = ConstructedStructures.Run(view, flexContact: 14, flexPeak: 42, thighAtContact: 25, trunkLean: 8, oscPx: 62.4);
        var result = ClipAnalyzer.FromStructure(s);
        Assert.Equal(8, result.Strides.Count);
        int fwd = Geometry2D.FacingSign(view);
        foreach (var st in result.Strides)
        {
            var v = st.Values;
            Assert.InRange(v[MetricCatalog.KneeFlexionContact], 14 - Tol, 14 + Tol);
            Assert.InRange(v[MetricCatalog.KneeFlexionPeakStance], 42 - Tol, 42 + Tol);
            Assert.InRange(v[MetricCatalog.TrunkForwardLean], 8 - Tol, 8 + Tol);
            double osc = 100 * 62.4 / ConstructedClips.LegLength;
            Assert.InRange(v[MetricCatalog.VerticalOscillation], osc - Tol, osc + Tol);
            Assert.Equal(267, v[MetricCatalog.ContactTime]);   // 8 frames at 30 fps, rounded to 1 ms
            double hipOffset = st.Side == Side.Left ? -3 : 3;
            double T = ConstructedClips.Thigh, S = ConstructedClips.Shank;
            double heelAhead = fwd * hipOffset + T * Math.Sin(25 * Math.PI / 180) + S * Math.Sin(11 * Math.PI / 180) - 25;
            double over = 100 * heelAhead / ConstructedClips.LegLength;
            Assert.InRange(v[MetricCatalog.Overstride], over - Tol, over + Tol);
            Assert.False(v.ContainsKey(MetricCatalog.Fppa));
            Assert.False(v.ContainsKey(MetricCatalog.PelvicDrop));
        }
        Assert.Equal(150, result.Metric(MetricCatalog.Cadence)!.Sides.Single().Mean);
        Assert.Equal(67, result.Metric(MetricCatalog.ContactTime)!.NoiseBand);   // two frame intervals at 30 fps
    }
}
