using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// One BlazePose person detection in pixel coordinates of the image given to <see cref="PoseDetector.Detect"/>.
/// Keypoints (MediaPipe pose_detection semantics): [0] mid-hip centre, [1] a point on the full-body circle
/// (its distance from [0] gives scale, its direction the rotation), [2] mid-shoulder centre, [3] a point on
/// the upper-body circle.
/// Note: the model's own box (XMin..Height) is a fixed-size square near the head and shoulders; MediaPipe
/// never uses it. The person's extent is the full-body circle: see <see cref="PersonBox"/>.
/// </summary>
public sealed record Detection(float Score, float XMin, float YMin, float Width, float Height, Point2f[] Keypoints)
{
    /// <summary>Radius in pixels of the circle around the mid-hip centre that circumscribes the whole person.</summary>
    public float BodyRadius => (float)Point2f.Distance(Keypoints[0], Keypoints[1]);

    /// <summary>
    /// The axis-aligned square bounding the full-body circle (centre = mid-hip, side = 2 x <see cref="BodyRadius"/>):
    /// MediaPipe's pose ROI before its 1.25x enlargement and rotation (AlignmentPointsRectsCalculator).
    /// </summary>
    public Rect2f PersonBox
    {
        get
        {
            float r = BodyRadius;
            return new Rect2f(Keypoints[0].X - r, Keypoints[0].Y - r, 2 * r, 2 * r);
        }
    }
}
