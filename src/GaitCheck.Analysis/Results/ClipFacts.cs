using GaitCheck.Core;

namespace GaitCheck.Analysis.Results;

/// <summary>Where the keypoints came from.</summary>
public sealed record SourceInfo
{
    /// <summary>Video path as recorded in the keypoint file.</summary>
    public required string VideoPath { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public required double Fps { get; init; }
    public required double DurationSeconds { get; init; }
    /// <summary>Pose model name, or "synthetic".</summary>
    public required string Model { get; init; }
    /// <summary>Filter applied to the landmarks before analysis.</summary>
    public required string Filter { get; init; }
}

/// <summary>
/// How good the landmark capture was: frame counts, gaps in the landmarks the metrics use, mean visibility and
/// left/right swaps repaired. Gap and visibility figures cover shoulders, hips, knees, ankles, heels and toes.
/// </summary>
public sealed record CaptureQuality
{
    public required int Frames { get; init; }
    /// <summary>Frames with no person (status Lost or no hips).</summary>
    public required int LostFrames { get; init; }
    /// <summary>Frames whose landmarks were interpolated over a short gap.</summary>
    public required int InterpolatedFrames { get; init; }
    /// <summary>Landmark gaps (NaN points) among the 12 body landmarks, over all frames.</summary>
    public required int LandmarkGaps { get; init; }
    /// <summary><see cref="LandmarkGaps"/> / (12 × frames), in [0,1].</summary>
    public required double GapFraction { get; init; }
    /// <summary>Mean model visibility of the 12 body landmarks over frames with a person, in [0,1].</summary>
    public required double MeanVisibility { get; init; }
    /// <summary>Frame-to-frame left/right swaps detected and repaired by the structure analysis.</summary>
    public required int SwapsRepaired { get; init; }
    /// <summary>Video decoding stopped early on a damaged stream.</summary>
    public required bool Truncated { get; init; }
    /// <summary>Median frame interval in seconds.</summary>
    public required double FrameIntervalSeconds { get; init; }
    /// <summary>Leg length in pixels used to normalise distances (NaN if unknown).</summary>
    public required double LegLengthPx { get; init; }

    internal static readonly Landmark[] Body =
    [
        Landmark.LeftShoulder, Landmark.RightShoulder, Landmark.LeftHip, Landmark.RightHip, Landmark.LeftKnee, Landmark.RightKnee,
        Landmark.LeftAnkle, Landmark.RightAnkle, Landmark.LeftHeel, Landmark.RightHeel, Landmark.LeftFootIndex, Landmark.RightFootIndex,
    ];

    public static CaptureQuality Measure(PoseSequence seq, int swapsRepaired, double legLengthPx)
    {
        ArgumentNullException.ThrowIfNull(seq);
        int lost = 0, interp = 0, gaps = 0, visN = 0;
        double visSum = 0;
        foreach (var f in seq.Frames)
        {
            bool noPerson = f.Status == FrameStatus.Lost || (f[Landmark.LeftHip].IsMissing && f[Landmark.RightHip].IsMissing);
            if (noPerson) lost++;
            if (f.Status == FrameStatus.Interpolated) interp++;
            foreach (var l in Body)
            {
                var k = f[l];
                if (k.IsMissing) gaps++;
                if (!noPerson && float.IsFinite(k.Visibility)) { visSum += k.Visibility; visN++; }
            }
        }
        int total = Body.Length * seq.Frames.Count;
        return new CaptureQuality
        {
            Frames = seq.Frames.Count,
            LostFrames = lost,
            InterpolatedFrames = interp,
            LandmarkGaps = gaps,
            GapFraction = total > 0 ? (double)gaps / total : 0,
            MeanVisibility = visN > 0 ? visSum / visN : double.NaN,
            SwapsRepaired = swapsRepaired,
            Truncated = seq.Video.Truncated,
            FrameIntervalSeconds = seq.MedianFrameInterval(),
            LegLengthPx = legLengthPx,
        };
    }
}

/// <summary>The camera view used for the analysis.</summary>
public sealed record ViewInfo(CameraView View, double Confidence, string Reason, bool Forced);

/// <summary>The movement recognised (or forced) and, for a single-leg squat, the stance leg.</summary>
public sealed record MovementInfo(MovementKind Kind, double Confidence, Side? StanceSide, bool Forced)
{
    /// <summary>Why the movement was not recognised (kind <see cref="MovementKind.Other"/>).</summary>
    public string? NotRecognisedReason { get; init; }
    /// <summary>The clip looks like slow-motion playback (steps slower than anyone walks or runs): not recognised until --capture-fps is given.</summary>
    public bool SlowMotionSuspected { get; init; }
    /// <summary>Why the camera is judged to have moved (no findings are given); null for a fixed camera.</summary>
    public string? CameraMoving { get; init; }
}
