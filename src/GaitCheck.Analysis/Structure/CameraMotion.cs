using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Whether the camera moved while filming, from two signs:
/// <list type="bullet">
/// <item>the background's motion, measured by the pose stage (phase correlation of consecutive downscaled frames with
/// the subject masked out) and recorded in the keypoint file's notes as <see cref="PanNote"/> (median) and
/// <see cref="PanMaxNote"/> (90th percentile), in frame widths per second; a camera on a tripod reads ~0, a hand-held
/// phone 0.01-0.04, a pan that follows a runner 0.1 or more;</item>
/// <item>the subject's size in the frame (the longer shank, 10th to 90th percentile), which a zoom, or a subject coming
/// towards the camera, changes by a large factor while a squat, a treadmill run or a walk across the frame does not.</item>
/// </list>
/// Either way frame-relative angles (to the image vertical) and event timing no longer describe the body.
/// </summary>
public static class CameraMotion
{
    public const string PanNote = "camera.pan_width_per_s", PanMaxNote = "camera.pan_p90_width_per_s";

    public sealed record Facts(bool Moving, string Reason);

    public static Facts FromNotes(PoseSequence seq, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var t = (tuning ?? AnalysisTuning.Default).Capture;
        double pan = Note(seq, PanNote), p90 = Note(seq, PanMaxNote);
        if (pan > t.MaxPan || p90 > t.MaxPanP90)
            return new Facts(true, $"the background moves by {Inv.F(pan, 2)} frame widths per second (median; 90th percentile {Inv.F(p90, 2)}; a fixed camera: under {Inv.F(t.MaxPan, 2)})");
        var shank = new List<double>();
        foreach (var f in seq.Frames)
        {
            double l = Dist(f[Landmark.LeftKnee], f[Landmark.LeftAnkle]), r = Dist(f[Landmark.RightKnee], f[Landmark.RightAnkle]);
            double v = double.IsFinite(l) && double.IsFinite(r) ? Math.Max(l, r) : double.IsFinite(l) ? l : r;
            if (double.IsFinite(v) && v > 0) shank.Add(v);
        }
        if (shank.Count >= t.MinShankFrames)
        {
            double change = Percentile(shank, 90) / Percentile(shank, 10);
            if (change > t.MaxScaleChange)
                return new Facts(true, $"the subject's size in the frame changes {Inv.F(change, 1)}-fold (zoom, or moving towards or away from the camera; at most {Inv.F(t.MaxScaleChange, 1)})");
        }
        return new Facts(false, "");
    }

    private static double Note(PoseSequence seq, string key) =>
        seq.Notes.TryGetValue(key, out var v) && double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0;
}
