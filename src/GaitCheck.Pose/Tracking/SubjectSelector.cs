using OpenCvSharp;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// Chooses which detection is the assessed person, deterministically.
/// <list type="bullet">
/// <item>First acquisition, with a <see cref="PersonHint"/>: the detection whose full-body circle contains the
/// point (nearest centre when several do; 20% tolerance on the radius); when no circle holds it, nobody is chosen
/// yet: the person may enter later, and the next frames are searched.</item>
/// <item>First acquisition, default: the largest and most central: maximises body radius² × centrality, where
/// centrality = 1 − 0.75 · (centre distance from the frame centre / half the frame diagonal).</item>
/// <item>Re-acquisition after the subject was lost: only detections near the subject's last ROI are eligible
/// (IoU of the body box with the last ROI's box ≥ <see cref="MinIoU"/>, or centre within
/// <see cref="MaxCentreShift"/> ROI sizes, the allowance growing by <see cref="ShiftPerSecondLost"/> per second lost);
/// the best overlap wins, never a bigger bystander elsewhere. Nothing eligible: the subject stays lost.</item>
/// </list>
/// Body extent comes from the detector's alignment keypoints (hips centre and full-body circle point), not
/// from its box, which in BlazePose's detector covers the face.
/// </summary>
public sealed class SubjectSelector
{
    public const float MinIoU = 0.2f;
    public const float MaxCentreShift = 0.35f;
    public const float ShiftPerSecondLost = 0.5f;
    public const float MaxShift = 1.5f;

    public SubjectSelector(Point2f? personHint = null) => PersonHint = personHint;

    /// <summary>Pixel point given by --person, used for the first acquisition only.</summary>
    public Point2f? PersonHint { get; }

    /// <summary>Picks the subject among <paramref name="detections"/>; null when none qualifies.</summary>
    public Detection? Select(IReadOnlyList<Detection> detections, int width, int height, RotatedRoi? lastRoi, double secondsLost)
    {
        if (detections.Count == 0) return null;
        if (lastRoi is { } last) return Reacquire(detections, last, secondsLost);
        if (PersonHint is { } p) return NearestTo(detections, p);
        return LargestCentral(detections, width, height);
    }

    private static Detection? Reacquire(IReadOnlyList<Detection> detections, RotatedRoi last, double secondsLost)
    {
        var lastBox = last.Bounds();
        float allowed = MathF.Min(MaxShift, MaxCentreShift + ShiftPerSecondLost * (float)secondsLost) * last.Size;
        Detection? best = null;
        float bestKey = float.NegativeInfinity;
        foreach (var d in detections)
        {
            var roi = RoiCalculator.FromDetection(d);
            float iou = RotatedRoi.IoU(lastBox, roi.Bounds());
            float shift = RoiCalculator.Distance(new Point2f(last.CenterX, last.CenterY), d.Keypoints[0]);
            if (iou < MinIoU && shift > allowed) continue;
            float key = iou - shift / MathF.Max(1f, last.Size);
            if (key > bestKey) { bestKey = key; best = d; }
        }
        return best;
    }

    private static Detection? NearestTo(IReadOnlyList<Detection> detections, Point2f p)
    {
        Detection? best = null;
        float bestKey = float.PositiveInfinity;
        foreach (var d in detections)
        {
            float r = RoiCalculator.Distance(d.Keypoints[0], d.Keypoints[1]);
            float dist = RoiCalculator.Distance(d.Keypoints[0], p);
            // Inside the circle: rank by distance to the centre (negative keys); outside: by distance to the circle.
            float key = dist <= r ? dist - 1e6f : dist - r;
            if (dist <= 1.2f * r && key < bestKey) { bestKey = key; best = d; }
        }
        return best;
    }

    private static Detection LargestCentral(IReadOnlyList<Detection> detections, int width, int height)
    {
        var centre = new Point2f(width / 2f, height / 2f);
        float halfDiag = 0.5f * MathF.Sqrt((float)width * width + (float)height * height);
        Detection best = detections[0];
        float bestKey = float.NegativeInfinity;
        foreach (var d in detections)
        {
            float r = RoiCalculator.Distance(d.Keypoints[0], d.Keypoints[1]);
            float off = MathF.Min(1f, RoiCalculator.Distance(d.Keypoints[0], centre) / halfDiag);
            float key = r * r * (1f - 0.75f * off);
            if (key > bestKey) { bestKey = key; best = d; }
        }
        return best;
    }
}
