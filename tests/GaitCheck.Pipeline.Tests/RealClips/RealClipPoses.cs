using System.Collections.Concurrent;
using GaitCheck.Core;
using GaitCheck.Pipeline.PoseExtraction;
using GaitCheck.Pose;
using GaitCheck.Pose.Extraction;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests.RealClips;

/// <summary>
/// Runs the pose stage (<see cref="PoseExtractor.Run"/>, the API behind `gaitcheck pose`: full model, default offline
/// filter, no overlay) at most ONCE per shared clip for the whole RealClips collection, keeps the
/// <see cref="PoseSequence"/> in memory and writes keypoints.json/.csv and timings.json to
/// tests/actual/realclips/&lt;clip&gt;/ for inspection (e.g. `gaitcheck analyze-keypoints` on them).
/// Clips are processed lazily, so running one test only pays for its clip.
/// </summary>
public sealed class RealClipPoses
{
    public const string Treadmill = "run-treadmill-sagittal/male_side.mp4";
    public const string SquatFrontal = "squat-frontal/squat_frontal.mp4";
    public const string Pose2SimCam02 = "single-leg-stance-4view/cam02.mp4";
    public const string Pose2SimCam03 = "single-leg-stance-4view/cam03.mp4";

    private readonly ConcurrentDictionary<string, Lazy<PoseExtractionResult>> _runs = new(StringComparer.Ordinal);

    /// <summary>The pose run of one clip (relative to ../shared/media), computed on first use.</summary>
    public PoseExtractionResult Get(string clip) =>
        _runs.GetOrAdd(clip, c => new Lazy<PoseExtractionResult>(() => Extract(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The pose sequence of one clip.</summary>
    public PoseSequence Sequence(string clip) => Get(clip).Sequence;

    private static PoseExtractionResult Extract(string clip)
    {
        string video = RepoPaths.Media(clip);
        // Fails clearly (ModelMissing/ModelInvalid) when `gaitcheck models install` has not been run.
        _ = new ModelStore(RepoPaths.Models).LandmarkPath(PoseModelKind.Full);
        var options = new PoseExtractionOptions
        {
            Model = PoseModelKind.Full,
            Filter = PoseFilterMode.Offline,
            Overlay = false,
            ModelsDirectory = RepoPaths.Models,
        };
        var result = PoseExtractor.Run(video, options);
        string dir = Path.Combine(RepoPaths.Actual("realclips"), OutputName(clip));
        PoseOutputs.Write(video, dir, options, result);
        return result;
    }

    /// <summary>"squat-frontal/squat_frontal.mp4" → "squat_frontal"; Pose2Sim cameras keep their folder to stay unique.</summary>
    public static string OutputName(string clip) =>
        clip.StartsWith("single-leg-stance-4view/", StringComparison.Ordinal)
            ? "pose2sim_" + Path.GetFileNameWithoutExtension(clip)
            : Path.GetFileNameWithoutExtension(clip);
}

/// <summary>All real-clip tests share one <see cref="RealClipPoses"/>, so each clip's pose runs once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class RealClipCollection : ICollectionFixture<RealClipPoses>
{
    public const string Name = "RealClips";
}
