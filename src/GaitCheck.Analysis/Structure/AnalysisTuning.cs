namespace GaitCheck.Analysis;

/// <summary>
/// Every threshold, weight and fraction of the structure analysis (view, capture checks, movement recognition, squat
/// segmentation, gait events) in one immutable record, passed through <see cref="StructureOptions.Tuning"/> and
/// <see cref="AnalysisOptions.Tuning"/>. <see cref="Default"/> holds the values the analysis ships with; change one
/// with <c>AnalysisTuning.Default with { Squat = AnalysisTuning.Default.Squat with { MinDepth = 0.08 } }</c>.
/// Each value says why it is what it is and, where it has one, its source (a paper or a measurement).
/// </summary>
public sealed record AnalysisTuning
{
    /// <summary>The values the analysis ships with.</summary>
    public static AnalysisTuning Default { get; } = new();

    /// <summary>Camera view and left/right label repair (<see cref="ViewClassifier"/>, <see cref="SideRepair"/>).</summary>
    public ViewTuning View { get; init; } = new();

    /// <summary>Capture checks: slow-motion rate, camera motion, uprightness (<see cref="CaptureTime"/>, <see cref="CameraMotion"/>, <see cref="Uprightness"/>).</summary>
    public CaptureTuning Capture { get; init; } = new();

    /// <summary>Movement recognition and plausibility (<see cref="MovementClassifier"/>, <see cref="MovementDecider"/>, <see cref="MovementPlausibility"/>).</summary>
    public RecognitionTuning Recognition { get; init; } = new();

    /// <summary>Squat repetitions (<see cref="SquatSegmenter"/>, <see cref="SquatEdges"/>).</summary>
    public SquatTuning Squat { get; init; } = new();

    /// <summary>Gait events, strides and cadence (<see cref="GaitEventDetector"/>, <see cref="StrideTable"/>).</summary>
    public GaitTuning Gait { get; init; } = new();
}
