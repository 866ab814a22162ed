using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Tests.Structure;
using GaitCheck.Core;
using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Results;

/// <summary>
/// PoseSequence → StructureAnalyzer → metrics → findings on D1's 3D stick-figure clips (tests/.../Structure/SyntheticSequences),
/// whose stance knee is displaced MEDIALLY in 3D: FPPA must come out positive (valgus) on either side, from the front and from
/// behind, and equal the exact 2D geometry of the clean projected joints at the detected bottom.
/// </summary>
public class EndToEndTests
{
    public static TheoryData<CameraView, Side> SquatCases() => new()
    {
        { CameraView.Frontal, Side.Left }, { CameraView.Frontal, Side.Right },
        { CameraView.Posterior, Side.Left }, { CameraView.Posterior, Side.Right },
    };

    [Theory]
    [MemberData(nameof(SquatCases))]
    public void Single_leg_squat_gives_valgus_fppa_at_each_detected_bottom(CameraView view, Side stance)
    {
        var clip = SyntheticSequences.SingleLegSquat(view, stance, [(15, 15, 6), (15, 15, 6), (15, 15, 6)], new SynthOptions());
        var r = ClipAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(view, r.View.View);
        Assert.Equal(MovementKind.SingleLegSquat, r.Movement.Kind);
        Assert.Equal(stance, r.Movement.StanceSide);
        Assert.Equal(clip.Reps.Count, r.Reps.Count);
        for (int i = 0; i < r.Reps.Count; i++)
        {
            var rep = r.Reps[i];
            Assert.InRange(rep.BottomFrame, clip.Reps[i].Bottom - 1, clip.Reps[i].Bottom + 1);
            var t = clip.Truth[rep.BottomFrame];
            P2 P(Landmark l) => P2.From(t[(int)Skeleton.Of(stance, l)]);
            double truth = Geometry2D.Fppa(P(Landmark.LeftHip), P(Landmark.LeftKnee), P(Landmark.LeftAnkle), stance, view);
            Assert.True(truth > 3, $"constructed valgus should be clearly positive, got {truth}");
            Assert.InRange(rep.Values[MetricCatalog.Fppa], truth - 0.1, truth + 0.1);
        }
        var fppa = r.Metric(MetricCatalog.Fppa)!;
        Assert.True(fppa.Reported);
        Assert.Equal(stance, fppa.Sides.Single().Side);
        Assert.Contains(r.Findings, f => f.MetricId == MetricCatalog.Fppa && f.Side == stance);
        Assert.NotEqual(DriverStatus.NotAssessed, r.Drivers.Single(d => d.Driver == Driver.KneeCollapse).Status);
    }

    [Theory]
    [InlineData(CameraView.LeftSagittal)]
    [InlineData(CameraView.RightSagittal)]
    public void Sagittal_run_gives_strides_cadence_and_knee_flexion(CameraView view)
    {
        var clip = SyntheticSequences.Gait(view, 150, 24, 8, new SynthOptions());
        var r = ClipAnalyzer.Analyze(clip.Sequence);
        Assert.Equal(view, r.View.View);
        Assert.Equal(MovementKind.Running, r.Movement.Kind);
        Assert.NotEmpty(r.Strides);
        double cadence = r.Metric(MetricCatalog.Cadence)!.Sides.Single().Mean;
        Assert.InRange(cadence, clip.Cadence!.Value - 3, clip.Cadence.Value + 3);
        foreach (var s in r.Strides)
        {
            Assert.True(s.Values[MetricCatalog.KneeFlexionPeakStance] >= s.Values[MetricCatalog.KneeFlexionContact] - 0.1);
            Assert.InRange(s.Values[MetricCatalog.ContactTime], 1000 * 6 / 30.0, 1000 * 10 / 30.0);   // 8 frames ± 2 frame intervals
        }
        Assert.False(r.Metric(MetricCatalog.Fppa)!.Reported);
        Assert.Contains(r.Notes, n => n.Contains("FPPA needs a frontal or posterior view", StringComparison.Ordinal));
    }

    [Fact]
    public void Saved_keypoints_reload_to_the_same_findings()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Posterior, Side.Right, [(15, 15, 6), (15, 15, 6), (15, 15, 6)], new SynthOptions());
        string path = Path.Combine(RepoPaths.Actual("analyze-keypoints"), "posterior-squat.keypoints.json");
        KeypointFile.Save(clip.Sequence, path);
        var a = ClipAnalyzer.Analyze(clip.Sequence);
        var b = ClipAnalyzer.Analyze(KeypointFile.Load(path));
        Assert.Equal(a.Reps.Count, b.Reps.Count);
        for (int i = 0; i < a.Reps.Count; i++)
            Assert.InRange(b.Reps[i].Values[MetricCatalog.Fppa], a.Reps[i].Values[MetricCatalog.Fppa] - 0.1, a.Reps[i].Values[MetricCatalog.Fppa] + 0.1);
        Assert.Equal(a.Findings.Select(f => (f.MetricId, f.Level)), b.Findings.Select(f => (f.MetricId, f.Level)));
    }
}
