using GaitCheck.Core;
using GaitCheck.Pose.Tracking;
using OpenCvSharp;

namespace GaitCheck.Pose.Tests;

/// <summary>
/// How <see cref="PoseTracker"/> uses the zoomed search, with a scripted detector and landmark model: it runs only when
/// the whole-frame detector gives no subject, on the first acquisition and on the re-detection after a tracked crop
/// loses the person alike, and while nobody is found it backs off as <see cref="SearchBackoff"/> says.
/// </summary>
public sealed class ZoomedSearchTrackerTests
{
    private static readonly Detection Small = new(0.9f, 950, 500, 20, 20,
        [new Point2f(960, 560), new Point2f(960, 460), new Point2f(960, 520), new Point2f(960, 500)]);

    [Fact]
    public void Search_runs_when_the_whole_frame_detector_finds_nobody_on_acquisition_and_re_detection()
    {
        var flags = new Queue<float>([0.9f, 0.9f, 0.1f, 0.9f, 0.1f]);
        int wholeFrameRuns = 0, searches = 0;
        bool personThere = true;
        using var model = new ScriptedModel(flags);
        using var tracker = new PoseTracker(_ => { wholeFrameRuns++; return []; }, model, new SubjectSelector(),
            _ => { searches++; return personThere ? [Small] : []; }, new SearchBackoff(8));
        using var frame = new Mat(1080, 1920, MatType.CV_8UC3, Scalar.All(0));

        var f0 = tracker.Process(frame, 0.00);   // acquisition: whole frame finds nobody, the search finds the subject
        Assert.Equal((FrameStatus.Detected, 1, 1), (f0.Status, f0.DetectorRuns, f0.ZoomedSearches));
        var f1 = tracker.Process(frame, 0.04);   // tracked: no detector at all
        Assert.Equal((FrameStatus.Tracked, 0, 0), (f1.Status, f1.DetectorRuns, f1.ZoomedSearches));
        var f2 = tracker.Process(frame, 0.08);   // the crop loses the person: re-detection on the same frame uses the search too
        Assert.Equal((FrameStatus.Detected, 1, 1), (f2.Status, f2.DetectorRuns, f2.ZoomedSearches));
        Assert.Equal((2, 2), (wholeFrameRuns, searches));
        personThere = false;
        var f3 = tracker.Process(frame, 0.12);   // lost again, nobody anywhere: both searched, the frame is lost
        Assert.Equal((FrameStatus.Lost, 1, 1), (f3.Status, f3.DetectorRuns, f3.ZoomedSearches));
        Assert.Equal((3, 3), (wholeFrameRuns, searches));
    }

    [Fact]
    public void While_nobody_is_found_the_search_backs_off_and_the_whole_frame_detector_runs_every_frame()
    {
        int wholeFrameRuns = 0;
        var searchedOn = new List<int>();
        int frameNo = 0;
        using var model = new ScriptedModel(new Queue<float>());
        using var tracker = new PoseTracker(_ => { wholeFrameRuns++; return []; }, model, new SubjectSelector(),
            _ => { searchedOn.Add(frameNo); return []; }, new SearchBackoff(8));
        using var frame = new Mat(1080, 1920, MatType.CV_8UC3, Scalar.All(0));
        for (frameNo = 0; frameNo < 40; frameNo++)
            Assert.Equal(FrameStatus.Lost, tracker.Process(frame, frameNo / 30.0).Status);
        Assert.Equal(40, wholeFrameRuns);
        Assert.Equal([0, 1, 3, 7, 15, 23, 31, 39], searchedOn);
    }

    /// <summary>A landmark model whose pose flag follows a script; its alignment points keep the ROI where it is.</summary>
    private sealed class ScriptedModel(Queue<float> flags) : ILandmarkModel
    {
        public string Name => "scripted";

        public LandmarkOutput Run(Mat rgbCrop256)
        {
            var lm = new float[LandmarkOutput.ModelCount * 5];
            for (int i = 0; i < LandmarkOutput.ModelCount; i++) (lm[i * 5], lm[i * 5 + 1], lm[i * 5 + 3], lm[i * 5 + 4]) = (128, 128, 5, 5);
            lm[33 * 5 + 1] = 128;                     // hips centre at the crop centre
            lm[34 * 5 + 1] = 128 - 256 / (2 * RoiCalculator.Scale); // full-body circle point straight up: the same ROI again
            return new LandmarkOutput { PoseFlag = flags.Count > 0 ? flags.Dequeue() : 0f, Landmarks = lm, World = new float[LandmarkOutput.Count * 3] };
        }

        public void Dispose() { }
    }
}
