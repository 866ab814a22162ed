using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Whether the person stands upright in the frame: the median angle of the trunk (mid-hip to mid-shoulder) from the
/// image's vertical over the frames where both are seen. Squats, running and walking keep the trunk within about
/// 45° of vertical (a deep squat's forward lean reaches 40-50° only at the bottom, so the median stays lower); a
/// median beyond <see cref="CaptureTuning.MaxTrunkTilt"/> means a rotated video (a phone held sideways whose rotation tag is
/// missing) or a person lying, flipping or cartwheeling, and every frame-relative angle would be meaningless.
/// </summary>
public static class Uprightness
{
    public sealed record Facts(bool Upright, double MedianTiltDegrees, string Reason);

    public static Facts Measure(PoseSequence seq, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        double maxTrunkTilt = (tuning ?? AnalysisTuning.Default).Capture.MaxTrunkTilt;
        var hx = MidHipX(seq); var hy = MidHipY(seq);
        var sx = Mid(X(seq, Landmark.LeftShoulder), X(seq, Landmark.RightShoulder));
        var sy = Mid(Y(seq, Landmark.LeftShoulder), Y(seq, Landmark.RightShoulder));
        var tilt = new List<double>();
        for (int i = 0; i < hx.Length; i++)
        {
            double dx = sx[i] - hx[i], dy = hy[i] - sy[i];   // dy > 0: shoulders above the hips (image y grows down)
            if (double.IsFinite(dx) && double.IsFinite(dy) && (dx != 0 || dy != 0)) tilt.Add(Math.Abs(Math.Atan2(dx, dy)) * 180 / Math.PI);
        }
        if (tilt.Count == 0) return new Facts(true, double.NaN, "no trunk seen");
        double med = Median(tilt);
        return med <= maxTrunkTilt ? new Facts(true, med, $"trunk {Inv.F(med, 0)}° from vertical")
            : new Facts(false, med, $"the person is not upright in the frame (trunk {Inv.F(med, 0)}° from vertical, median over {Inv.I(tilt.Count)} frames): " +
                "is the video rotated, or is the person lying, flipping or turning?");
    }
}
