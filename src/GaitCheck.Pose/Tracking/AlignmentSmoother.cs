using GaitCheck.Core.Signal;
using OpenCvSharp;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// Smooths the two auxiliary alignment landmarks before they become the next frame's ROI, as MediaPipe's
/// pose_landmark_filtering.pbtxt does for AUX_NORM_LANDMARKS: One-Euro with min_cutoff 0.01, beta 1.0,
/// derivate_cutoff 1.0, on pixel coordinates, velocity scaled by 1 / object scale where object scale is the
/// mean of the width and height of the landmarks' bounding box (LandmarksSmoothingCalculator). Keeps the crop
/// steady when the person is still and responsive when they move. <see cref="Reset"/> when the subject is lost.
/// </summary>
public sealed class AlignmentSmoother
{
    public const double MinCutoff = 0.01, Beta = 1.0, DerivateCutoff = 1.0;
    private OneEuroFilter[]? _filters;

    public void Reset() => _filters = null;

    public (Point2f Centre, Point2f End) Apply(Point2f centre, Point2f end, double timeSeconds)
    {
        _filters ??= [.. Enumerable.Range(0, 4).Select(_ => new OneEuroFilter(MinCutoff, Beta, DerivateCutoff))];
        double scale = (Math.Abs(end.X - centre.X) + Math.Abs(end.Y - centre.Y)) / 2.0;
        double valueScale = scale > 1e-6 ? 1.0 / scale : 1.0;
        return (new Point2f((float)_filters[0].Filter(centre.X, timeSeconds, valueScale), (float)_filters[1].Filter(centre.Y, timeSeconds, valueScale)),
                new Point2f((float)_filters[2].Filter(end.X, timeSeconds, valueScale), (float)_filters[3].Filter(end.Y, timeSeconds, valueScale)));
    }
}
