using GaitCheck.Core;
using GaitCheck.Pose.Tracking;

namespace GaitCheck.Pose.Extraction;

/// <summary>What one pose run produced, with its timings (timings are not part of the deterministic outputs).</summary>
public sealed class PoseExtractionResult
{
    public required PoseSequence Sequence { get; init; }
    public required StageTimings Timings { get; init; }
    /// <summary>Wall time of the tracking pass (decode → filtered sequence), seconds; excludes the overlay pass.</summary>
    public required double TrackingSeconds { get; init; }
    public required int DetectorRuns { get; init; }
    /// <summary>Frames on which the zoomed small-subject search ran (each is one detector run per tile).</summary>
    public int ZoomedSearches { get; init; }
    public int Frames => Sequence.Frames.Count;
    public int TrackedFrames => Sequence.Frames.Count(f => f.Status != FrameStatus.Lost);
    public double TrackedFraction => Frames == 0 ? 0 : (double)TrackedFrames / Frames;
    public double FramesPerSecond => TrackingSeconds > 0 ? Frames / TrackingSeconds : 0;

    /// <summary>The one-line summary printed by `gaitcheck pose`.</summary>
    public string Summary(string? outDir) =>
        $"pose: {Frames} frames, subject tracked on {Inv.F(100 * TrackedFraction, 1)}% ({TrackedFrames}), detector ran {DetectorRuns}x, " +
        (ZoomedSearches > 0 ? $"zoomed search {ZoomedSearches}x, " : "") +
        $"{Inv.F(FramesPerSecond, 1)} fps, {Sequence.Model}, filter {Sequence.Filter}" +
        (Sequence.Video.Truncated ? ", INPUT TRUNCATED (processed to its last decodable frame)" : "") +
        (outDir != null ? $" -> {outDir}" : "");
}
