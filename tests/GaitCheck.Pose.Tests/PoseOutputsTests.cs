using GaitCheck.Core;
using GaitCheck.Pipeline.PoseExtraction;
using GaitCheck.Pose.Extraction;
using GaitCheck.TestSupport;

namespace GaitCheck.Pose.Tests;

/// <summary>End to end on one second of the treadmill clip: every output file, offline filter, raw kept, deterministic bytes.</summary>
[Collection(PoseModelsCollection.Name)]
public sealed class PoseOutputsTests(PoseModelsFixture models)
{
    [Fact]
    public void Writes_json_csv_and_overlay_deterministically()
    {
        string video = RepoPaths.Media("run-treadmill-sagittal/male_side.mp4");
        var options = new PoseExtractionOptions { Model = PoseModelKind.Lite, EndSeconds = 1.0, ModelsDirectory = models.Store.Directory };
        string dir = RepoPaths.Actual("pose-outputs");
        var first = PoseExtractor.Run(video, options);
        PoseOutputs.Write(video, dir, options, first);
        var seq = KeypointFile.Load(Path.Combine(dir, "keypoints.json"));
        Assert.Equal(first.Frames, seq.Frames.Count);
        Assert.All(seq.Frames, f => Assert.NotNull(f.Raw));
        Assert.NotEqual("none", seq.Filter);
        var csv = File.ReadAllLines(Path.Combine(dir, "keypoints.csv"));
        Assert.Equal(KeypointCsv.Header, csv[0]);
        Assert.Equal(1 + Skeleton.Count * seq.Frames.Count, csv.Length);
        Assert.True(new FileInfo(Path.Combine(dir, "overlay.mp4")).Length > 10_000);
        Assert.Empty(Directory.GetFiles(dir, "*.partial*"));

        string dir2 = RepoPaths.Actual("pose-outputs-again");
        PoseOutputs.Write(video, dir2, options with { Overlay = false }, PoseExtractor.Run(video, options));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "keypoints.json")), File.ReadAllBytes(Path.Combine(dir2, "keypoints.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "keypoints.csv")), File.ReadAllBytes(Path.Combine(dir2, "keypoints.csv")));
    }
}
