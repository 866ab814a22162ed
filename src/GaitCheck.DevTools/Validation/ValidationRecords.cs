using GaitCheck.Core;

namespace GaitCheck.DevTools.Validation;

/// <summary>One metric at one true event: truth, the full pipeline's value, and the analysis's value on the exact truth keypoints.</summary>
public sealed record MetricCheck(string Clip, string View, string Movement, string Metric, Side? Side, string Event, int TrueFrame,
    double Truth, double Measured, double MeasuredOnTruth)
{
    public double Error => Measured - Truth;
    public double ErrorOnTruth => MeasuredOnTruth - Truth;
}

/// <summary>One true event (rep start/bottom/end, initial contact, toe-off) and the nearest detected one of the same side and kind.</summary>
public sealed record EventCheck(string Clip, string View, string Movement, string Kind, Side Side, int TrueFrame, int? DetectedFrame, int? DetectedOnTruth)
{
    public int? FrameError => DetectedFrame is { } d ? d - TrueFrame : null;
    public bool Within1 => FrameError is { } e && Math.Abs(e) <= 1;
    /// <summary>The analysis alone, on the exact truth keypoints, found this event within ±1 frame.</summary>
    public bool Within1OnTruth => DetectedOnTruth is { } d && Math.Abs(d - TrueFrame) <= 1;
}

/// <summary>Per-clip facts: view and movement classification, reps found, timings, or the error that stopped the clip.</summary>
public sealed record ClipCheck(string Clip, string TrueView, string DetectedView, string TrueMovement, string DetectedMovement,
    int TrueReps, int RepsFound, int Frames, double RenderSeconds, double PoseSeconds, string? Failure)
{
    public bool ViewCorrect => Failure is null && TrueView == DetectedView;
}

/// <summary>Everything one validation run measured.</summary>
public sealed class ValidationRun
{
    public List<ClipCheck> Clips { get; } = [];
    public List<MetricCheck> Metrics { get; } = [];
    public List<EventCheck> Events { get; } = [];
    public List<LandmarkError> Landmarks { get; } = [];
    public string Model { get; init; } = "";
    /// <summary>"tuning" or "test".</summary>
    public string Grid { get; init; } = "";
    public PoseConfig Pose { get; init; } = new();
    /// <summary>"image", "world" (forced for every metric) or "validated" (each metric's own source).</summary>
    public string Source { get; init; } = "validated";
    public bool Corrections { get; init; } = true;
    /// <summary>The pose keypoints' model name (e.g. "pose_landmark_full (onnxruntime, heatmap-refined, flip-averaged)"); empty when no clip was posed.</summary>
    public string PoseModelName { get; set; } = "";

    /// <summary>Names this run's tables folder, e.g. "test-full-flip-refine-validated".</summary>
    public string Variant => $"{Grid}-{Pose.Tag}-{Source}{(Corrections ? "" : "-raw")}";
}
