using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Tests.Metrics;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;

using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Validation;

/// <summary>
/// The validation status table governs BlazePose output only: a withheld metric shows no value and gives no finding;
/// a correction applies only to output of the pipeline it was fitted for, with the raw values kept beside it.
/// </summary>
public class MetricPolicyTests
{
    private const string Pipeline = "pose_landmark_full (onnxruntime, heatmap-refined, flip-averaged)";
    private static readonly SquatPose Left = new(Fppa: 18, PelvicDrop: 9, FemurMedialTilt: 5, TrunkLean: 7, Eversion: 9);
    private static readonly SquatPose Right = new(Fppa: 16, PelvicDrop: 8, FemurMedialTilt: 3, TrunkLean: 5, Eversion: 6);

    private static readonly MetricValidationTable Table = new()
    {
        Pipeline = Pipeline,
        Entries =
        [
            new MetricValidationEntry { Metric = MetricCatalog.Fppa, View = "frontal", Movement = "squat", Status = ValidationStatus.Validated, Correction = new MetricCorrection(2, 0.5) },
            new MetricValidationEntry { Metric = MetricCatalog.PelvicDrop, View = "frontal", Movement = "squat", Status = ValidationStatus.Withheld, Reason = "gain 0.30 outside 0.6-1.4" },
        ],
    };

    /// <summary>True left-stance means of the constructed clip (its reps scale the poses).</summary>
    private static double LeftMean(Func<SquatPose, double> f) =>
        ConstructedStructures.Squat(CameraView.Frontal, Left, Right).Truth.Where(t => t.Side == Side.Left).Average(t => f(t.Truth));

    private static AnalysisResult Analyse(string model, bool raw = false)
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, Left, Right);
        var seq = s.Sequence;
        var renamed = new ClipStructure
        {
            View = s.View, Movement = s.Movement, MovementConfidence = s.MovementConfidence, StanceSide = s.StanceSide, Reps = s.Reps, Events = s.Events,
            Strides = s.Strides, CadenceStepsPerMinute = s.CadenceStepsPerMinute, Notes = s.Notes, SwapsRepaired = s.SwapsRepaired,
            Sequence = new PoseSequence { Video = seq.Video, Frames = seq.Frames, Model = model, Filter = seq.Filter },
        };
        return ClipAnalyzer.FromStructure(renamed, new AnalysisOptions { Validation = Table, RawValues = raw });
    }

    [Fact]
    public void Pose_output_of_the_calibrated_pipeline_is_corrected_and_withheld_metrics_give_no_value_or_finding()
    {
        var r = Analyse(Pipeline);
        var fppa = r.Metric(MetricCatalog.Fppa)!;
        Assert.True(fppa.Corrected);
        var left = fppa.Sides.Single(s => s.Side == Side.Left);
        var rawLeft = fppa.RawSides.Single(s => s.Side == Side.Left);
        Assert.Equal(LeftMean(p => p.Fppa), rawLeft.Mean, 0.11);
        Assert.Equal((LeftMean(p => p.Fppa) - 2) / 0.5, left.Mean, 0.11);
        Assert.All(r.Reps, rep => Assert.True(rep.RawValues.ContainsKey(MetricCatalog.Fppa)));
        var drop = r.Metric(MetricCatalog.PelvicDrop)!;
        Assert.False(drop.Reported);
        Assert.True(drop.Withheld);
        Assert.Empty(drop.Sides);
        Assert.All(r.Reps, rep => Assert.False(rep.Values.ContainsKey(MetricCatalog.PelvicDrop)));   // not in reps.csv or result.json either
        Assert.DoesNotContain(r.Findings, f => f.MetricId == MetricCatalog.PelvicDrop);
        Assert.Contains(r.Notes, n => n.Contains("not measurable reliably without markers", StringComparison.Ordinal));
        Assert.Equal(new MetricCorrection(2, 0.5), fppa.Validation?.Correction);   // result.json writes it (Reporting.Tests: ResultJsonTests)
    }

    [Fact]
    public void Other_pose_settings_are_withheld_alike_but_not_corrected_and_exact_landmarks_are_neither()
    {
        var other = Analyse("pose_landmark_heavy (onnxruntime)");
        Assert.False(other.Metric(MetricCatalog.Fppa)!.Corrected);
        Assert.Equal(LeftMean(p => p.Fppa), other.Metric(MetricCatalog.Fppa)!.Sides.Single(s => s.Side == Side.Left).Mean, 0.11);
        Assert.True(other.Metric(MetricCatalog.PelvicDrop)!.Withheld);
        Assert.Contains(other.Notes, n => n.Contains("did not cover", StringComparison.Ordinal));

        var exact = Analyse("ground-truth");
        Assert.False(exact.Metric(MetricCatalog.Fppa)!.Corrected);
        Assert.True(exact.Metric(MetricCatalog.PelvicDrop)!.Reported);
        Assert.Equal(LeftMean(p => p.PelvicDrop), exact.Metric(MetricCatalog.PelvicDrop)!.Sides.Single(s => s.Side == Side.Left).Mean, 0.11);

        var raw = Analyse(Pipeline, raw: true);
        Assert.False(raw.Metric(MetricCatalog.Fppa)!.Corrected);
    }

    [Fact]
    public void Judge_applies_the_sign_gain_and_noise_band_rules()
    {
        var fppa = MetricCatalog.Get(MetricCatalog.Fppa);
        var good = new ValidationFigures { N = 30, Mae = 1.5, Bias = 0.2, Gain = 1.02, SignChecked = 25, SignRight = 25, TruthSd = 7 };
        Assert.Equal(ValidationStatus.Validated, MetricValidationTable.Judge(good, fppa).Status);
        Assert.Equal(ValidationStatus.Withheld, MetricValidationTable.Judge(good with { SignRight = 24 }, fppa).Status);
        Assert.Equal(ValidationStatus.Withheld, MetricValidationTable.Judge(good with { Gain = 0.55 }, fppa).Status);
        Assert.Equal(ValidationStatus.Withheld, MetricValidationTable.Judge(good with { Mae = 8.5 }, fppa).Status);
        Assert.Equal(ValidationStatus.Validated, MetricValidationTable.Judge(good with { Gain = null }, fppa).Status); // not estimable: not judged
        var (status, reason) = MetricValidationTable.Judge(good with { SignRight = 20, Gain = 0.3 }, fppa);
        Assert.Equal(ValidationStatus.Withheld, status);
        Assert.Contains("wrong sign in 5 of 25", reason, StringComparison.Ordinal);
        Assert.Contains("gain 0.30", reason, StringComparison.Ordinal);
    }
}
