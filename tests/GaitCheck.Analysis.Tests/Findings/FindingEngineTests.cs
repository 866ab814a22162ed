using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Tests.Metrics;
using GaitCheck.Core;

using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Findings;

/// <summary>Literature thresholds, noise-aware levels and the mapping to drivers.</summary>
public class FindingEngineTests
{
    private static Analysis.Results.AnalysisResult SquatWithFppa(double leftFppa, double drop = 1, double trunk = 1, CameraView view = CameraView.Frontal)
    {
        // Reps scale the bottom pose by 1, 1.05, 1.10: the left mean is 1.05 × the given values.
        var pose = new SquatPose(leftFppa / 1.05, drop / 1.05, 0, trunk / 1.05, 0);
        var (s, _) = ConstructedStructures.Squat(view, pose, null);
        return ClipAnalyzer.FromStructure(s);
    }

    [Theory]
    [InlineData(8.4, FindingLevel.Typical, false, DriverStatus.NoSigns)]     // control mean (Herrington 2014)
    [InlineData(15.0, FindingLevel.Borderline, false, DriverStatus.Borderline)]
    [InlineData(17.5, FindingLevel.Elevated, false, DriverStatus.Borderline)] // in the PFP range but within noise of 13.5°
    [InlineData(24.0, FindingLevel.Elevated, true, DriverStatus.SignsPresent)]
    public void Fppa_in_single_leg_squat_uses_Herrington_2014_and_the_noise_band(double fppa, FindingLevel level, bool beyond, DriverStatus knee)
    {
        var r = SquatWithFppa(fppa);
        var f = r.Findings.Single(x => x.MetricId == MetricCatalog.Fppa && x.Side == Side.Left);
        Assert.InRange(f.Value, fppa - 0.15, fppa + 0.15);
        Assert.Equal(level, f.Level);
        Assert.Equal(beyond, f.BeyondNoise);
        Assert.Contains(Driver.KneeCollapse, f.Drivers);
        Assert.Contains(Driver.HipDrop, f.Drivers);
        Assert.Equal(EvidenceStrength.Moderate, f.Evidence);
        Assert.Contains("Herrington 2014", f.Citation, StringComparison.Ordinal);
        Assert.Equal(knee, r.Drivers.Single(d => d.Driver == Driver.KneeCollapse).Status);
        Assert.Same(FindingRules.For(MetricCatalog.Fppa, MovementKind.SingleLegSquat), f.Rule);
    }

    [Fact]
    public void Fewer_than_three_reps_show_values_but_give_no_reading()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, new SquatPose(20, 1, 0, 1, 0), null, repsPerSide: 2);
        var r = ClipAnalyzer.FromStructure(s);
        Assert.Empty(r.Findings);
        Assert.Equal(2, r.Metric(MetricCatalog.Fppa)!.Sides.Single().N);   // the value is still there
        Assert.Contains(r.Notes, n => n.Contains("FPPA", StringComparison.Ordinal) && n.Contains("too few repetitions for a reading", StringComparison.Ordinal));
        var knee = r.Drivers.Single(d => d.Driver == Driver.KneeCollapse);
        Assert.Equal(DriverStatus.NotAssessed, knee.Status);
        Assert.Equal(DriverReason.TooFew, knee.Reason);
        var (three, _) = ConstructedStructures.Squat(CameraView.Frontal, new SquatPose(20, 1, 0, 1, 0), null, repsPerSide: 3);
        Assert.Contains(ClipAnalyzer.FromStructure(three).Findings, f => f.MetricId == MetricCatalog.Fppa);
    }

    [Fact]
    public void Pelvic_drop_finding_maps_to_hip_drop()
    {
        var r = SquatWithFppa(5, drop: 9);
        var f = r.Findings.Single(x => x.MetricId == MetricCatalog.PelvicDrop);
        Assert.Equal(FindingLevel.Elevated, f.Level);
        Assert.True(f.BeyondNoise);   // 9 − 5 > 2.8/√2
        Assert.Equal([Driver.HipDrop], f.Drivers);
        Assert.Equal(DriverStatus.SignsPresent, r.Drivers.Single(d => d.Driver == Driver.HipDrop).Status);
        Assert.Equal(DriverReason.Judged, r.Drivers.Single(d => d.Driver == Driver.HipDrop).Reason);
    }

    [Fact]
    public void Foot_overpronation_is_low_evidence_and_needs_a_posterior_view()
    {
        var frontal = SquatWithFppa(5);
        Assert.Equal(DriverStatus.NotAssessed, frontal.Drivers.Single(d => d.Driver == Driver.FootOverpronation).Status);
        var (s, _) = ConstructedStructures.Squat(CameraView.Posterior, new SquatPose(5, 1, 0, 1, 14), null);
        var posterior = ClipAnalyzer.FromStructure(s);
        var f = posterior.Findings.Single(x => x.MetricId == MetricCatalog.RearfootEversion);
        Assert.Equal(EvidenceStrength.Low, f.Evidence);
        Assert.Equal([Driver.FootOverpronation], f.Drivers);
        Assert.Contains("Noehren", f.Citation, StringComparison.Ordinal);
        Assert.Equal(EvidenceStrength.Low, posterior.Drivers.Single(d => d.Driver == Driver.FootOverpronation).Evidence);
    }

    [Fact]
    public void What_video_cannot_assess_is_listed_with_the_clinical_alternative()
    {
        var r = SquatWithFppa(5);
        foreach (var factor in new[] { "VMO", "swelling", "sensitisation", "Systemic" })
            Assert.Contains(r.NotAssessed, n => n.Factor.Contains(factor, StringComparison.Ordinal) && n.ClinicianCheck.Length > 10);
        Assert.Contains("not a diagnosis", r.Disclaimer, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_names_a_catalog_metric_and_has_ordered_cutoffs()
    {
        foreach (var rule in FindingRules.All)
        {
            Assert.Contains(MetricCatalog.All, m => m.Id == rule.MetricId);
            Assert.True(rule.ElevatedFrom > rule.TypicalUpTo, rule.MetricId);
            Assert.False(string.IsNullOrWhiteSpace(rule.Citation));
        }
    }
}
