using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Pose.Tests;

/// <summary>The model wrappers check what they are given: the wrong graph, or a crop of the wrong size.</summary>
[Collection(PoseModelsCollection.Name)]
public class ModelInputTests(PoseModelsFixture models)
{
    [Fact]
    public void The_detector_graph_is_not_accepted_as_a_landmark_model_and_vice_versa()
    {
        var asLandmarks = Assert.Throws<GaitCheckException>(() => new LandmarkModel(models.Store.DetectorPath, 1));
        Assert.Equal(ExitCode.ModelInvalid, asLandmarks.Code);
        Assert.Contains("not a BlazePose landmark model", asLandmarks.Message, StringComparison.Ordinal);
        var asDetector = Assert.Throws<GaitCheckException>(() => new PoseDetector(models.Store.LandmarkPath(PoseModelKind.Lite), 1));
        Assert.Equal(ExitCode.ModelInvalid, asDetector.Code);
    }

    [Fact]
    public void A_crop_of_the_wrong_size_is_refused_and_the_right_one_still_runs()
    {
        using var small = new Mat(128, 128, MatType.CV_8UC3, Scalar.All(128));
        Assert.Throws<ArgumentException>(() => models.Full.Run(small));
        using var grey = new Mat(LandmarkModel.InputSize, LandmarkModel.InputSize, MatType.CV_8UC3, Scalar.All(128));
        var a = models.Full.Run(grey);
        var b = models.Full.Run(grey);
        Assert.Equal(a.Landmarks, b.Landmarks); // the pinned input is rewritten in place, same input gives the same output
        Assert.InRange(a.PoseFlag, 0f, 1f);
    }
}
