using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth.Truth;

/// <summary>A true rep with frame indices (nearest frame to each event time).</summary>
public sealed record TruthRep(int Number, Side StanceSide, int StartFrame, int BottomFrame, int EndFrame,
    double StartTime, double BottomTime, double EndTime, double Depth);

/// <summary>A true gait event with its nearest frame.</summary>
public sealed record TruthEvent(Side Side, TrueEventKind Kind, int Frame, double Time);

/// <summary>
/// A metric's true value at one event, computed with GaitCheck.Analysis.Metrics.Geometry2D on the true
/// 2D projections of the joint centres at that event's frame. Metric ids are MetricCatalog's.
/// </summary>
public sealed record TruthValue(string Metric, Side? Side, string Event, int Frame, double Value);

/// <summary>Everything known exactly about a synthetic clip.</summary>
public sealed class GroundTruth
{
    public const string Format = "gaitcheck-synth-truth/1";
    public required Scenario Scenario { get; init; }
    public required CameraView View { get; init; }
    public required int FrameCount { get; init; }
    public required double Fps { get; init; }
    /// <summary>True landmarks per frame (projected joint centres, in the keypoint file's form).</summary>
    public required PoseSequence Keypoints { get; init; }
    public required IReadOnlyList<TruthRep> Reps { get; init; }
    public required IReadOnlyList<TruthEvent> Events { get; init; }
    public required IReadOnlyList<TruthValue> Values { get; init; }
    /// <summary>Per-frame series of each metric (NaN where not defined), keyed "metric" or "metric:side".</summary>
    public required IReadOnlyDictionary<string, double[]> Series { get; init; }
    /// <summary>Camera facts (position, focal length in px...), for the record.</summary>
    public required IReadOnlyDictionary<string, double> Camera { get; init; }

    /// <summary>Mean of a metric's true values for a side (or both sides when null); NaN when none.</summary>
    public double Mean(string metric, Side? side = null)
    {
        var v = Values.Where(x => x.Metric == metric && (side is null || x.Side == side) && double.IsFinite(x.Value)).Select(x => x.Value).ToList();
        return v.Count > 0 ? v.Average() : double.NaN;
    }

    public static CameraView ViewOf(CameraPlacement p) => p switch
    {
        CameraPlacement.Frontal => CameraView.Frontal,
        CameraPlacement.Posterior => CameraView.Posterior,
        CameraPlacement.LeftSagittal => CameraView.LeftSagittal,
        CameraPlacement.RightSagittal => CameraView.RightSagittal,
        _ => CameraView.Oblique,
    };
}
