using OpenCvSharp;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// The ROI maths of MediaPipe's pose graphs (mediapipe/modules/pose_landmark/pose_detection_to_roi.pbtxt and
/// pose_landmarks_to_roi.pbtxt, google-ai-edge/mediapipe): <c>AlignmentPointsRectsCalculator</c> with
/// <c>rotation_vector_start_keypoint_index: 0</c>, <c>rotation_vector_end_keypoint_index: 1</c>,
/// <c>rotation_vector_target_angle_degrees: 90</c>, then <c>RectTransformationCalculator</c> with
/// <c>scale_x = scale_y = 1.25</c> and <c>square_long: true</c>. Both the detector (keypoints 0 = hips centre,
/// 1 = point on the full-body circle) and the landmark model's auxiliary landmarks 33/34 feed the same formula.
/// </summary>
public static class RoiCalculator
{
    /// <summary>MediaPipe's RectTransformationCalculator scale for the pose ROI.</summary>
    public const float Scale = 1.25f;

    /// <summary>MediaPipe's rotation_vector_target_angle_degrees (90: the hips→body-circle vector points up).</summary>
    public const float TargetAngle = MathF.PI / 2f;

    /// <summary>
    /// ROI from two alignment points in pixels: centre = <paramref name="centre"/>; side = 2·|end − centre|·1.25
    /// (AlignmentPointsRectsCalculator box_size = 2·distance, then the 1.25 margin; square in pixels);
    /// rotation = target − atan2(−(y1 − y0), x1 − x0), normalised to [−π, π) (DetectionsToRectsCalculator::ComputeRotation).
    /// </summary>
    public static RotatedRoi FromAlignmentPoints(Point2f centre, Point2f end)
    {
        float dx = end.X - centre.X, dy = end.Y - centre.Y;
        float size = 2f * MathF.Sqrt(dx * dx + dy * dy) * Scale;
        float rotation = NormalizeRadians(TargetAngle - MathF.Atan2(-dy, dx));
        return new RotatedRoi(centre.X, centre.Y, size, rotation);
    }

    /// <summary>ROI for a detection (pose_detection_to_roi: keypoints 0 and 1).</summary>
    public static RotatedRoi FromDetection(Detection d) => FromAlignmentPoints(d.Keypoints[0], d.Keypoints[1]);

    public static float Distance(Point2f a, Point2f b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>MediaPipe's NormalizeRadians: angle − 2π·floor((angle + π) / 2π).</summary>
    public static float NormalizeRadians(float angle) => angle - 2f * MathF.PI * MathF.Floor((angle + MathF.PI) / (2f * MathF.PI));
}
