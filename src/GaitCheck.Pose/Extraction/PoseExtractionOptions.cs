using GaitCheck.Pose;

namespace GaitCheck.Pose.Extraction;

/// <summary>How landmarks are smoothed over time.</summary>
public enum PoseFilterMode
{
    /// <summary>Gap-aware zero-phase Butterworth + Hampel over the whole clip (SequenceFilter.Offline). Default.</summary>
    Offline,
    /// <summary>Causal One-Euro with MediaPipe's parameters (what a live view would show).</summary>
    Online,
    /// <summary>Raw model output.</summary>
    None,
}

/// <summary>Which runtime runs the landmark model.</summary>
public enum LandmarkBackend { OnnxRuntime, OpenCvDnn }

/// <summary>Settings of one `gaitcheck pose` run (immutable).</summary>
public sealed record PoseExtractionOptions
{
    public PoseModelKind Model { get; init; } = PoseModelKind.Full;
    public double? StartSeconds { get; init; }
    public double? EndSeconds { get; init; }
    /// <summary>Pixel point (upright frame) on the person to assess; null = largest and most central.</summary>
    public (float X, float Y)? Person { get; init; }
    public bool Overlay { get; init; } = true;
    public PoseFilterMode Filter { get; init; } = PoseFilterMode.Offline;
    /// <summary>Models folder; null = ModelStore.DefaultDirectory().</summary>
    public string? ModelsDirectory { get; init; }
    public LandmarkBackend Backend { get; init; } = LandmarkBackend.OnnxRuntime;
    /// <summary>The .tflite for <see cref="LandmarkBackend.OpenCvDnn"/>.</summary>
    public string? TflitePath { get; init; }
    public int IntraOpThreads { get; init; } = 2;
    /// <summary>Average the landmark model over the crop and its mirror image (<see cref="FlipAveragedLandmarkModel"/>).</summary>
    public bool Flip { get; init; } = true;
    /// <summary>Refine the landmarks from the model's heatmap as MediaPipe does (<see cref="HeatmapRefiner"/>).</summary>
    public bool Refine { get; init; } = true;
    /// <summary>Decode the next frames on a second thread while the current one is inferred.</summary>
    public bool PipelineDecode { get; init; } = true;
    /// <summary>When the whole-frame detector finds no subject, search zoomed tiles for a small or distant one (<see cref="ZoomedSearch"/>).</summary>
    public bool SmallSubjectSearch { get; init; } = true;
}
