using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Metrics;
using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Metrics;

/// <summary>A metric in a view it is not valid in is not reported; a note says how to film it instead.</summary>
public class WrongViewTests
{
    private static readonly SquatPose Pose = new(15, 4, 3, 5, 6);

    [Fact]
    public void Frontal_plane_metrics_are_suppressed_in_a_sagittal_view_with_filming_advice()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, Pose, null, reportedView: CameraView.LeftSagittal);
        var r = ClipAnalyzer.FromStructure(s);
        foreach (var id in new[] { MetricCatalog.Fppa, MetricCatalog.PelvicDrop, MetricCatalog.HipAdduction, MetricCatalog.TrunkLeanLateral, MetricCatalog.RearfootEversion })
        {
            var m = r.Metric(id)!;
            Assert.False(m.Reported);
            Assert.Empty(m.Sides);
            Assert.NotNull(m.NotReportedReason);
            Assert.All(r.Reps, rep => Assert.False(rep.Values.ContainsKey(id)));
        }
        Assert.Contains(r.Notes, n => n.Contains("pelvic drop needs a frontal or posterior view at hip height", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.Contains("FPPA needs a frontal or posterior view", StringComparison.Ordinal));
        Assert.True(r.Metric(MetricCatalog.KneeFlexionBottom)!.Reported);
        Assert.Empty(r.Findings);
        Assert.Equal(DriverStatus.NotAssessed, r.Drivers.Single(d => d.Driver == Driver.KneeCollapse).Status);
    }

    [Fact]
    public void Rearfoot_proxy_is_posterior_only()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, Pose, null);
        var r = ClipAnalyzer.FromStructure(s);
        var m = r.Metric(MetricCatalog.RearfootEversion)!;
        Assert.False(m.Reported);
        Assert.Contains("posterior view", m.NotReportedReason, StringComparison.Ordinal);
        Assert.True(r.Metric(MetricCatalog.Fppa)!.Reported);
    }

    [Fact]
    public void Oblique_view_reports_nothing()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, Pose, null, reportedView: CameraView.Oblique);
        var r = ClipAnalyzer.FromStructure(s);
        Assert.False(r.AnyMetricReported);
        Assert.Contains(r.Notes, n => n.Contains("oblique", StringComparison.Ordinal));
    }

    [Fact]
    public void Sagittal_metrics_are_suppressed_in_a_frontal_running_view()
    {
        var s = ConstructedStructures.Run(CameraView.LeftSagittal, 14, 42, 25, 8, 60);
        var frontal = new ClipStructure
        {
            View = new ViewEstimate(CameraView.Frontal, 0.9, "forced"), Movement = s.Movement, MovementConfidence = 1,
            Reps = s.Reps, Events = s.Events, Strides = s.Strides, CadenceStepsPerMinute = s.CadenceStepsPerMinute, Sequence = s.Sequence,
        };
        var r = ClipAnalyzer.FromStructure(frontal);
        Assert.False(r.Metric(MetricCatalog.KneeFlexionContact)!.Reported);
        Assert.False(r.Metric(MetricCatalog.Overstride)!.Reported);
        Assert.Contains(r.Notes, n => n.Contains("side (sagittal) view", StringComparison.Ordinal));
        Assert.True(r.Metric(MetricCatalog.Cadence)!.Reported);
    }

    [Fact]
    public void Double_leg_squat_reports_both_legs_descriptively_without_single_leg_metrics()
    {
        var (sls, truth) = ConstructedStructures.Squat(CameraView.Frontal, Pose, null);
        var s = new ClipStructure
        {
            View = sls.View, Movement = MovementKind.DoubleLegSquat, MovementConfidence = 1, StanceSide = null,
            Reps = sls.Reps, Events = [], Strides = [], Sequence = sls.Sequence,
        };
        var r = ClipAnalyzer.FromStructure(s);
        Assert.Equal(2 * sls.Reps.Count, r.Reps.Count);
        Assert.Equal(sls.Reps.Count, r.RepCount);
        Assert.Equal([Core.Side.Left, Core.Side.Right], r.Reps.Take(2).Select(x => x.StanceSide));
        Assert.InRange(r.Reps[0].Values[MetricCatalog.Fppa], truth[0].Truth.Fppa - 0.1, truth[0].Truth.Fppa + 0.1);
        Assert.Null(r.Metric(MetricCatalog.PelvicDrop));   // undefined with both feet down
        Assert.Equal(2, r.Metric(MetricCatalog.Fppa)!.Sides.Count);
        Assert.Empty(r.Findings);
        Assert.True(r.AnyMetricReported);   // so no wrong-view message (Reporting.Text.TerminalText.WrongView)
    }
}
