namespace GaitCheck.Core;

/// <summary>How a frame's landmarks were obtained.</summary>
public enum FrameStatus
{
    /// <summary>Landmarks from the model, ROI from the detector.</summary>
    Detected,
    /// <summary>Landmarks from the model, ROI tracked from the previous frame.</summary>
    Tracked,
    /// <summary>Short gap filled by interpolation.</summary>
    Interpolated,
    /// <summary>No person: every point is a gap.</summary>
    Lost,
}

/// <summary>The assessed person's landmarks in one video frame.</summary>
public sealed class PoseFrame
{
    /// <summary>0-based index of the decoded frame within the clip (after trimming starts at the first kept frame's index).</summary>
    public required int Index { get; init; }

    /// <summary>Presentation time in seconds from the start of the file.</summary>
    public required double Time { get; init; }

    /// <summary>The 33 landmarks used for analysis (filtered when a filter was applied); NaN = gap.</summary>
    public required Keypoint[] Points { get; init; }

    /// <summary>Unfiltered model output, when the producer kept it.</summary>
    public Keypoint[]? Raw { get; init; }

    /// <summary>World (metric 3D) landmarks, when available.</summary>
    public WorldPoint[]? World { get; init; }

    /// <summary>Landmark model's pose-presence flag in [0,1]; 0 when lost.</summary>
    public float PoseScore { get; init; }

    public FrameStatus Status { get; init; } = FrameStatus.Tracked;

    public Keypoint this[Landmark l] => Points[(int)l];
}
