using GaitCheck.Core;

namespace GaitCheck.Pose.Tracking;

/// <summary>The tracker's answer for one frame: image-pixel landmarks (NaN when lost), world landmarks, pose flag.</summary>
public sealed class TrackedPose
{
    public required FrameStatus Status { get; init; }
    public required float PoseFlag { get; init; }
    public required Keypoint[] Points { get; init; }
    public required WorldPoint[] World { get; init; }
    /// <summary>Detector runs on this frame (0, 1 or 2).</summary>
    public int DetectorRuns { get; init; }
    /// <summary>Zoomed small-subject searches on this frame (0 or 1; each runs the detector on every tile).</summary>
    public int ZoomedSearches { get; init; }

    public static TrackedPose Lost(float flag, int detectorRuns, int zoomedSearches = 0) => new()
    {
        Status = FrameStatus.Lost,
        PoseFlag = flag,
        Points = Enumerable.Repeat(Keypoint.Missing, Skeleton.Count).ToArray(),
        World = Enumerable.Repeat(WorldPoint.Missing, Skeleton.Count).ToArray(),
        DetectorRuns = detectorRuns,
        ZoomedSearches = zoomedSearches,
    };
}
