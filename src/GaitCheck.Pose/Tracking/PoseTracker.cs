using System.Diagnostics;
using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// BlazePose's detector–tracker loop as MediaPipe's pose_landmark_cpu.pbtxt runs it, for one person:
/// with no ROI, the detector runs and <see cref="SubjectSelector"/> picks the subject; its alignment keypoints give
/// the ROI (pose_detection_to_roi); the 256x256 warped crop goes to the landmark model; when the pose flag is
/// ≥ <see cref="PoseFlagThreshold"/> (MediaPipe's ThresholdingCalculator 0.5) the landmarks are projected back
/// and the smoothed auxiliary landmarks give the next frame's ROI (pose_landmarks_to_roi), so the detector
/// does not run again. It runs again when the flag drops below the threshold (here immediately, on the same
/// frame, once) or the next ROI's centre leaves the frame. A frame without the subject is <see cref="FrameStatus.Lost"/>.
/// When the whole-frame detector gives no subject (first acquisition and every re-detection alike) and a zoomed search
/// is given, it runs on the same frame, as often as <see cref="SearchBackoff"/> allows, and its detections go through the
/// same <see cref="SubjectSelector"/>. A subject the whole-frame detector finds is handled exactly as in MediaPipe.
/// </summary>
public sealed class PoseTracker : IDisposable
{
    public const float PoseFlagThreshold = 0.5f;

    private readonly Func<Mat, IReadOnlyList<Detection>> _detect;
    private readonly Func<Mat, IReadOnlyList<Detection>>? _zoomed;
    private readonly SearchBackoff _backoff;
    private readonly ILandmarkModel _model;
    private readonly SubjectSelector _selector;
    private readonly CropWarper _warper = new();
    private readonly AlignmentSmoother _smoother = new();
    private RotatedRoi? _roi;          // ROI for the next frame (from landmarks), null = detect
    private RotatedRoi? _lastKnown;    // subject's last ROI, for re-acquisition gating
    private double _lastSeenTime = double.NaN;
    private long _frame = -1;
    private long _searchedFrame = -1;  // last frame the zoomed search ran on (at most once a frame)

    /// <param name="detect">The whole-frame detector.</param>
    /// <param name="model">The landmark model.</param>
    /// <param name="selector">Chooses the subject among detections.</param>
    /// <param name="zoomed">The small-subject search (<see cref="ZoomedSearch.Detect"/>) run when <paramref name="detect"/> gives no subject; null = none, as in MediaPipe.</param>
    /// <param name="backoff">How often <paramref name="zoomed"/> may run while nobody is found; null = <see cref="SearchBackoff.DefaultMaxInterval"/> frames at most.</param>
    public PoseTracker(Func<Mat, IReadOnlyList<Detection>> detect, ILandmarkModel model, SubjectSelector selector,
        Func<Mat, IReadOnlyList<Detection>>? zoomed = null, SearchBackoff? backoff = null)
    {
        _detect = detect;
        _zoomed = zoomed;
        _backoff = backoff ?? new SearchBackoff();
        _model = model;
        _selector = selector;
    }

    public StageTimings Timings { get; } = new();

    /// <summary>Tracks the subject in one upright BGR frame at <paramref name="timeSeconds"/>.</summary>
    public TrackedPose Process(Mat bgr, double timeSeconds)
    {
        _frame++;
        int detectorRuns = 0;
        FrameStatus status = FrameStatus.Tracked;
        if (_roi is null || !_roi.Value.CentreInside(bgr.Width, bgr.Height))
        {
            _roi = DetectRoi(bgr, timeSeconds, ref detectorRuns);
            status = FrameStatus.Detected;
            if (_roi is null) return Lose(0f, detectorRuns);
        }
        var (output, roi) = (RunLandmarks(bgr, _roi.Value), _roi.Value);
        if (output.PoseFlag < PoseFlagThreshold && status == FrameStatus.Tracked)
        {
            // The tracked crop lost the person: re-detect on this very frame rather than leave a gap.
            var again = DetectRoi(bgr, timeSeconds, ref detectorRuns);
            if (again is null) return Lose(output.PoseFlag, detectorRuns);
            (output, roi, status) = (RunLandmarks(bgr, again.Value), again.Value, FrameStatus.Detected);
        }
        if (output.PoseFlag < PoseFlagThreshold) return Lose(output.PoseFlag, detectorRuns);

        long t0 = Stopwatch.GetTimestamp();
        var points = LandmarkProjector.Points(output, roi);
        var world = LandmarkProjector.World(output, roi);
        var (c, e) = LandmarkProjector.Alignment(output, roi, points);
        (c, e) = _smoother.Apply(c, e, timeSeconds);
        var next = RoiCalculator.FromAlignmentPoints(c, e);
        _roi = next.CentreInside(bgr.Width, bgr.Height) ? next : null;
        _lastKnown = roi;
        _lastSeenTime = timeSeconds;
        _backoff.Reset();
        Timings.Add("post", t0);
        return new TrackedPose
        {
            Status = status, PoseFlag = output.PoseFlag, Points = points, World = world, DetectorRuns = detectorRuns,
            ZoomedSearches = _searchedFrame == _frame ? 1 : 0,
        };
    }

    private RotatedRoi? DetectRoi(Mat bgr, double timeSeconds, ref int runs)
    {
        long t0 = Stopwatch.GetTimestamp();
        var detections = _detect(bgr);
        runs++;
        double lost = double.IsNaN(_lastSeenTime) ? 0 : Math.Max(0, timeSeconds - _lastSeenTime);
        var d = _selector.Select(detections, bgr.Width, bgr.Height, _lastKnown, lost);
        if (d is null && _zoomed is not null && _searchedFrame != _frame && _backoff.Due(_frame))
        {
            // Nobody (or not the subject) at the whole frame's scale: look again on zoomed tiles.
            _searchedFrame = _frame;
            _backoff.Searched(_frame);
            d = _selector.Select(_zoomed(bgr), bgr.Width, bgr.Height, _lastKnown, lost);
        }
        Timings.Add("detect", t0);
        if (d is null) return null;
        _smoother.Reset();
        return RoiCalculator.FromDetection(d);
    }

    private LandmarkOutput RunLandmarks(Mat bgr, RotatedRoi roi)
    {
        long t0 = Stopwatch.GetTimestamp();
        var crop = _warper.Warp(bgr, roi);
        Timings.Add("warp", t0);
        t0 = Stopwatch.GetTimestamp();
        var output = _model.Run(crop);
        Timings.Add("infer", t0);
        return output;
    }

    private TrackedPose Lose(float flag, int detectorRuns)
    {
        _roi = null;
        _smoother.Reset();
        return TrackedPose.Lost(flag, detectorRuns, _searchedFrame == _frame ? 1 : 0);
    }

    public void Dispose() => _warper.Dispose();
}
