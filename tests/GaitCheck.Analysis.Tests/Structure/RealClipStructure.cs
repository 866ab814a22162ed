using GaitCheck.Analysis;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>
/// One-line helpers for real-clip tests once pose keypoints of the shared clips exist:
/// <c>var s = RealClipStructure.FromKeypoints(path);</c> then assert on <see cref="ClipStructure"/>.
/// </summary>
internal static class RealClipStructure
{
    /// <summary>Loads a gaitcheck-keypoints/1 file and runs the structure stage on it.</summary>
    public static ClipStructure FromKeypoints(string keypointJsonPath, StructureOptions? options = null) =>
        StructureAnalyzer.Analyze(KeypointFile.Load(keypointJsonPath), options);

    /// <summary>Asserts the treadmill clip's cadence is within the tolerance of the manual count.</summary>
    public static void AssertTreadmillCadence(ClipStructure s)
    {
        Assert.Equal(MovementKind.Running, s.Movement);
        Assert.Equal(CameraView.LeftSagittal, s.View.View);
        Assert.NotNull(s.CadenceStepsPerMinute);
        Assert.InRange(s.CadenceStepsPerMinute!.Value,
            TreadmillManualCount.CadenceStepsPerMinute - TreadmillManualCount.CadenceTolerance,
            TreadmillManualCount.CadenceStepsPerMinute + TreadmillManualCount.CadenceTolerance);
    }

    /// <summary>Asserts the frontal bilateral squat clip yields its reps near the bottoms seen by eye.</summary>
    public static void AssertSquatFrontalReps(ClipStructure s)
    {
        Assert.Equal(CameraView.Frontal, s.View.View);
        Assert.Equal(MovementKind.DoubleLegSquat, s.Movement);
        Assert.Equal(SquatFrontalManualCount.Reps, s.Reps.Count);
        for (int i = 0; i < s.Reps.Count; i++)
            Assert.InRange(s.Sequence.Frames[s.Reps[i].BottomFrame].Index,
                SquatFrontalManualCount.BottomFrames[i] - SquatFrontalManualCount.BottomTolerance,
                SquatFrontalManualCount.BottomFrames[i] + SquatFrontalManualCount.BottomTolerance);
    }
}
