using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>A decoded detection in normalised coordinates of the detector input.</summary>
internal record struct RawDetection(float Score, float XMin, float YMin, float XMax, float YMax, Point2f[] Keypoints);

/// <summary>
/// Box/keypoint decoding and weighted non-maximum suppression as MediaPipe's pose detection graph does it:
/// TensorsToDetectionsCalculator (tensors_to_detections_calculator.cc; num_coords 12, box then 4 keypoints,
/// reverse_output_order: x before y, coordinates scaled by 224 relative to the anchor centre, sigmoid
/// score with clipping at ±100) and NonMaxSuppressionCalculator (non_max_suppression_calculator.cc;
/// IoU threshold 0.3, algorithm WEIGHTED: each kept detection's box and keypoints become the score-weighted
/// mean of all detections overlapping it, its score stays the top one).
/// </summary>
internal static class DetectionDecoder
{
    public const int Coords = 12, Keypoints = 4;
    public const float Scale = 224f, ScoreClip = 100f, NmsIou = 0.3f;

    public static List<RawDetection> Decode(ReadOnlySpan<float> boxes, ReadOnlySpan<float> scores, Anchor[] anchors, float minScore)
    {
        var list = new List<RawDetection>();
        for (int i = 0; i < anchors.Length; i++)
        {
            float s = 1f / (1f + MathF.Exp(-Math.Clamp(scores[i], -ScoreClip, ScoreClip)));
            if (s < minScore) continue;
            var a = anchors[i];
            var r = boxes.Slice(i * Coords, Coords);
            float xc = r[0] / Scale + a.XCenter, yc = r[1] / Scale + a.YCenter;
            float w = r[2] / Scale, h = r[3] / Scale;
            var kp = new Point2f[Keypoints];
            for (int k = 0; k < Keypoints; k++) kp[k] = new Point2f(r[4 + 2 * k] / Scale + a.XCenter, r[5 + 2 * k] / Scale + a.YCenter);
            list.Add(new RawDetection(s, xc - w / 2, yc - h / 2, xc + w / 2, yc + h / 2, kp));
        }
        return list;
    }

    public static List<RawDetection> WeightedNms(List<RawDetection> dets, float iouThreshold = NmsIou)
    {
        var remaining = dets.OrderByDescending(d => d.Score).ToList();
        var output = new List<RawDetection>();
        while (remaining.Count > 0)
        {
            var top = remaining[0];
            var overlapping = new List<RawDetection>();
            var rest = new List<RawDetection>();
            foreach (var d in remaining) (Iou(top, d) > iouThreshold ? overlapping : rest).Add(d);
            if (overlapping.Count == 0) overlapping.Add(top); // guard against NaN boxes
            float total = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            var kp = new Point2f[Keypoints];
            foreach (var d in overlapping)
            {
                total += d.Score;
                x0 += d.Score * d.XMin; y0 += d.Score * d.YMin; x1 += d.Score * d.XMax; y1 += d.Score * d.YMax;
                for (int k = 0; k < Keypoints; k++) kp[k] = new Point2f(kp[k].X + d.Score * d.Keypoints[k].X, kp[k].Y + d.Score * d.Keypoints[k].Y);
            }
            for (int k = 0; k < Keypoints; k++) kp[k] = new Point2f(kp[k].X / total, kp[k].Y / total);
            output.Add(new RawDetection(top.Score, x0 / total, y0 / total, x1 / total, y1 / total, kp));
            if (rest.Count == remaining.Count) break;
            remaining = rest;
        }
        return output;
    }

    public static float Iou(in RawDetection a, in RawDetection b)
    {
        float ix = Math.Max(0, Math.Min(a.XMax, b.XMax) - Math.Max(a.XMin, b.XMin));
        float iy = Math.Max(0, Math.Min(a.YMax, b.YMax) - Math.Max(a.YMin, b.YMin));
        float inter = ix * iy;
        float union = (a.XMax - a.XMin) * (a.YMax - a.YMin) + (b.XMax - b.XMin) * (b.YMax - b.YMin) - inter;
        return union > 0 ? inter / union : 0;
    }
}
