using GaitCheck.Analysis;
using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Reporting.Text;
using GaitCheck.TestSupport;

namespace GaitCheck.Reporting.Tests.Text;

/// <summary>The findings' and drivers' sentences, worded by Reporting from the analysis' facts.</summary>
public class FindingWordsTests
{
    private static AnalysisResult Squat(double leftFppa, double drop = 1, int repsPerSide = 3)
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, new SquatPose(leftFppa / 1.05, drop / 1.05, 0, 1 / 1.05, 0), null, repsPerSide: repsPerSide);
        return ClipAnalyzer.FromStructure(s);
    }

    [Fact]
    public void An_elevated_fppa_names_its_side_value_range_noise_and_reference()
    {
        var r = Squat(24);
        var f = r.Findings.Single(x => x.MetricId == MetricCatalog.Fppa && x.Side == GaitCheck.Core.Side.Left);
        string s = FindingWords.Statement(f);
        Assert.StartsWith("Left ", s, StringComparison.Ordinal);
        Assert.Contains("(mean of 3 reps) is elevated (from 16.8°)", s, StringComparison.Ordinal);
        Assert.Contains("larger than the measurement noise", s, StringComparison.Ordinal);
        Assert.Contains("pain-free women 8.4 ± 5.1°, women with PFP 16.8 ± 5.4°", s, StringComparison.Ordinal);
        Assert.EndsWith("(Herrington 2014; Willson & Davis 2008).", s, StringComparison.Ordinal);
    }

    [Fact]
    public void Drivers_say_signs_too_few_reps_and_a_moving_camera_in_words()
    {
        var hip = Squat(5, drop: 9).Drivers.Single(d => d.Driver == Driver.HipDrop);
        Assert.Contains("screen, not a diagnosis", FindingWords.DriverStatement(hip, Squat(5, drop: 9)), StringComparison.Ordinal);
        var few = Squat(20, repsPerSide: 2);
        var knee = few.Drivers.Single(d => d.Driver == Driver.KneeCollapse);
        Assert.Contains("too few repetitions for a reading (at least 3 reps per side)", FindingWords.DriverStatement(knee, few), StringComparison.Ordinal);
        var moved = new DriverAssessment
        {
            Driver = Driver.HipDrop, Status = DriverStatus.NotAssessed, Evidence = EvidenceStrength.Low, Metrics = [],
            Movement = MovementKind.Running, Reason = DriverReason.CameraMoved,
        };
        Assert.Contains("the camera moved while filming", FindingWords.DriverStatement(moved, few), StringComparison.Ordinal);
        Assert.Equal("Hip drop / gluteus medius weakness", FindingWords.DriverName(Driver.HipDrop));
    }
}
