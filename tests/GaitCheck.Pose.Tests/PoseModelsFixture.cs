using GaitCheck.Core;
using GaitCheck.Pipeline.PoseExtraction;
using GaitCheck.Pose.Extraction;
using GaitCheck.Pose.Tracking;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Pose.Tests;

/// <summary>The detector and the full landmark model (ONNX Runtime), loaded once for the whole collection.</summary>
public sealed class PoseModelsFixture : IDisposable
{
    public PoseModelsFixture()
    {
        Store = new ModelStore(RepoPaths.Models);
        Detector = new PoseDetector(Store.DetectorPath);
        Full = new LandmarkModel(Store.LandmarkPath(PoseModelKind.Full));
    }

    public ModelStore Store { get; }
    public PoseDetector Detector { get; }
    public LandmarkModel Full { get; }

    /// <summary>Runs the detector→ROI→landmark chain on a still, as a first video frame would.</summary>
    public TrackedPose Still(Mat bgr)
    {
        using var tracker = new PoseTracker(m => Detector.Detect(m), Full, new SubjectSelector());
        return tracker.Process(bgr, 0);
    }

    private readonly Dictionary<string, PoseSequence> _tracked = new(StringComparer.Ordinal);

    /// <summary>Raw (unfiltered) full-model tracking of a shared clip, computed once per collection.</summary>
    public PoseSequence Track(string clip, double? end = null, (float X, float Y)? person = null)
    {
        string key = clip + "|" + end + "|" + person;
        lock (_tracked)
        {
            if (_tracked.TryGetValue(key, out var seq)) return seq;
            var options = new PoseExtractionOptions { Model = PoseModelKind.Full, Filter = PoseFilterMode.None, EndSeconds = end, Person = person, ModelsDirectory = Store.Directory };
            return _tracked[key] = PoseExtractor.Run(RepoPaths.Media(clip), options).Sequence;
        }
    }

    public void Dispose()
    {
        Detector.Dispose();
        Full.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PoseModelsCollection : ICollectionFixture<PoseModelsFixture>
{
    public const string Name = "pose models";
}
