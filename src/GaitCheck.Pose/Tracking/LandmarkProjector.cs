using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// Projects a landmark model's crop-space output back to image pixels (MediaPipe
/// <c>LandmarkProjectionCalculator</c> / <c>WorldLandmarkProjectionCalculator</c>): x/y undo the ROI's scale,
/// rotation and offset; world x/y are rotated by the ROI rotation; visibility and presence are sigmoids of the
/// logits (<c>TensorsToLandmarksCalculator</c> with SIGMOID activations).
/// </summary>
public static class LandmarkProjector
{
    public static Keypoint[] Points(LandmarkOutput o, RotatedRoi roi)
    {
        var pts = new Keypoint[Skeleton.Count];
        for (int i = 0; i < pts.Length; i++)
        {
            var p = roi.CropToImage(o.X(i), o.Y(i));
            pts[i] = new Keypoint(p.X, p.Y, o.Visibility(i), o.Presence(i));
        }
        return pts;
    }

    public static WorldPoint[] World(LandmarkOutput o, RotatedRoi roi)
    {
        var w = new WorldPoint[Skeleton.Count];
        for (int i = 0; i < w.Length; i++)
        {
            var (x, y) = roi.RotateVector(o.World[i * 3], o.World[i * 3 + 1]);
            w[i] = new WorldPoint(x, y, o.World[i * 3 + 2]);
        }
        return w;
    }

    /// <summary>
    /// The auxiliary alignment landmarks 33 (hips centre) and 34 (full-body circle point) in image pixels, which
    /// MediaPipe feeds to pose_landmarks_to_roi for the next frame. When the model output holds only the 33 body
    /// landmarks, falls back to the mid-hip centre and a point at the farthest landmark's distance × 1.1 towards
    /// the mid-shoulder (an approximation of the full-body circle).
    /// </summary>
    public static (Point2f Centre, Point2f End) Alignment(LandmarkOutput o, RotatedRoi roi, Keypoint[] projected)
    {
        if (o.Landmarks.Length >= 35 * 5)
            return (roi.CropToImage(o.Landmarks[33 * 5], o.Landmarks[33 * 5 + 1]),
                    roi.CropToImage(o.Landmarks[34 * 5], o.Landmarks[34 * 5 + 1]));
        var lh = projected[(int)Landmark.LeftHip]; var rh = projected[(int)Landmark.RightHip];
        var ls = projected[(int)Landmark.LeftShoulder]; var rs = projected[(int)Landmark.RightShoulder];
        var c = new Point2f((lh.X + rh.X) / 2, (lh.Y + rh.Y) / 2);
        var sh = new Point2f((ls.X + rs.X) / 2, (ls.Y + rs.Y) / 2);
        float r = 0;
        foreach (var k in projected) r = MathF.Max(r, RoiCalculator.Distance(c, new Point2f(k.X, k.Y)));
        float len = MathF.Max(1e-3f, RoiCalculator.Distance(c, sh));
        r *= 1.1f;
        return (c, new Point2f(c.X + (sh.X - c.X) / len * r, c.Y + (sh.Y - c.Y) / len * r));
    }
}
