using GaitCheck.Analysis;
using GaitCheck.Core;

using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>The one tuning record: its defaults are the values the analysis always used, and a caller's tuning reaches the analysis.</summary>
public sealed class TuningTests
{
    private static SynthClip Squats() =>
        SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, [(15, 15, 10), (15, 15, 10), (15, 15, 20)], new SynthOptions { NoisePx = 1, Seed = 5 });

    [Fact]
    public void Default_values_are_the_ones_the_analysis_used()
    {
        var t = AnalysisTuning.Default;
        Assert.Same(t, AnalysisTuning.Default);
        Assert.Equal(0.42, t.View.FrontalMinWidthRatio);
        Assert.Equal(0.25, t.View.SagittalMaxWidthRatio);
        Assert.Equal(0.03, t.View.SwapPrior);
        Assert.Equal(1.0, t.View.OrderWeight);
        Assert.Equal(0.01, t.Capture.SameRate);
        Assert.Equal(0.06, t.Capture.MaxPan);
        Assert.Equal(0.25, t.Capture.MaxPanP90);
        Assert.Equal(1.8, t.Capture.MaxScaleChange);
        Assert.Equal(50, t.Capture.MaxTrunkTilt);
        Assert.Equal(0.10, t.Recognition.RaisedFootThreshold);
        Assert.Equal(0.70, t.Recognition.RaisedFractionMin);
        Assert.Equal(2.0 / 3, t.Recognition.SingleLegRepShare);
        Assert.Equal(130, t.Recognition.RunCadenceMin);
        Assert.Equal(230, t.Recognition.RunCadenceMax);
        Assert.Equal(60, t.Recognition.WalkCadenceMin);
        Assert.Equal(140, t.Recognition.WalkCadenceMax);
        Assert.Equal(3, t.Recognition.MinStrides);
        Assert.Equal(0.8 * 130, t.Recognition.SlowRunCadence);
        Assert.Equal(4, t.Recognition.MinGaitAlternations);
        Assert.Equal(0.06, t.Squat.MinDepth);
        Assert.Equal(0.40, t.Squat.EnterFraction);
        Assert.Equal(0.15, t.Squat.ExitFraction);
        Assert.Equal(0.05, t.Squat.EdgeFraction);
        Assert.Equal(0.10, t.Squat.BottomFraction);
        Assert.Equal(0.37, t.Squat.ApproachRatio);
        Assert.Equal(1.0, t.Squat.BaselineSeconds);
        Assert.Equal(4, t.Squat.EdgePasses);
        Assert.Equal(3, t.Squat.MinRepsToAverage);
        Assert.Equal(0.12, t.Gait.MinProminence);
        Assert.Equal(0.05, t.Gait.StanceCueProminence);
        Assert.Equal(0.2, t.Gait.MaxDoubleSupport);
        Assert.Equal(0.065, t.Gait.LiftedToeHeight);
        Assert.Equal(0.5, t.Gait.PivotRatio);
        Assert.Equal(145, t.Gait.RunningCadence);
        Assert.Equal(30, t.Gait.PeakTimingRate);
        // The forwarding properties other projects use.
        Assert.Equal(0.05, SquatSegmenter.EdgeFraction);
        Assert.Equal(3, StructureAnalyzer.MinRepsToAverage);
    }

    [Fact]
    public void Options_default_to_the_default_tuning()
    {
        Assert.Same(AnalysisTuning.Default, new StructureOptions().Tuning);
        Assert.Same(AnalysisTuning.Default, new AnalysisOptions().Tuning);
        Assert.Same(AnalysisTuning.Default, StructureAnalyzer.Analyze(Squats().Sequence).Tuning);
        Assert.Equal(new AnalysisTuning(), AnalysisTuning.Default);
    }

    [Fact]
    public void A_changed_squat_value_reaches_the_structure()
    {
        var seq = Squats().Sequence;
        var byDefault = StructureAnalyzer.Analyze(seq);
        Assert.Equal(MovementKind.SingleLegSquat, byDefault.Movement);
        Assert.True(byDefault.RepsAveragable);

        var tuning = AnalysisTuning.Default with { Squat = AnalysisTuning.Default.Squat with { MinDepth = 0.5 } };
        var deeper = StructureAnalyzer.Analyze(seq, new StructureOptions { Tuning = tuning });
        Assert.Equal(MovementKind.Other, deeper.Movement);
        Assert.Contains("at least 0.50)", deeper.NotRecognisedReason, StringComparison.Ordinal);

        var moreReps = AnalysisTuning.Default with { Squat = AnalysisTuning.Default.Squat with { MinRepsToAverage = byDefault.Reps.Count + 1 } };
        var s = StructureAnalyzer.Analyze(seq, new StructureOptions { Tuning = moreReps });
        Assert.Equal(byDefault.Reps, s.Reps);
        Assert.False(s.RepsAveragable);
        Assert.Same(moreReps, s.Tuning);
    }

    [Fact]
    public void A_changed_value_reaches_the_analysis_through_its_options()
    {
        var seq = Squats().Sequence;
        Assert.Equal(MovementKind.SingleLegSquat, ClipAnalyzer.Analyze(seq).Movement.Kind);
        var tuning = AnalysisTuning.Default with { Recognition = AnalysisTuning.Default.Recognition with { RepSecondsMax = 0.8 } };
        Assert.Equal(MovementKind.Other, ClipAnalyzer.Analyze(seq, new AnalysisOptions { Tuning = tuning }).Movement.Kind);
    }

    [Fact]
    public void A_changed_view_threshold_changes_the_view()
    {
        var seq = Squats().Sequence;
        Assert.Equal(CameraView.Frontal, ViewClassifier.Classify(seq).View);
        var tuning = AnalysisTuning.Default with { View = AnalysisTuning.Default.View with { FrontalMinWidthRatio = 5, SagittalMaxWidthRatio = 0.01 } };
        Assert.Equal(CameraView.Oblique, ViewClassifier.Classify(seq, tuning).View);
    }

    [Fact]
    public void A_changed_gait_limit_changes_the_gait_decision()
    {
        var facts = new MovementPlausibility.GaitFacts(10, 110, 0.62, 0.62, 1, 0.03);
        Assert.Equal(MovementKind.Walking, MovementPlausibility.Gait(facts).Kind);
        var tuning = AnalysisTuning.Default with { Recognition = AnalysisTuning.Default.Recognition with { WalkCadenceMax = 100 } };
        var (kind, _, reason) = MovementPlausibility.Gait(facts, tuning);
        Assert.Null(kind);
        Assert.Contains("above walking's 100", reason, StringComparison.Ordinal);
    }
}
