using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth.Truth;

/// <summary>
/// True rep start and end with the analysis's definition (<see cref="SquatSegmenter"/>, after OpenCap's squat
/// segmentation, Uhlrich et al. 2023: <c>peak_widths(rel_height=0.95)</c>): the instants where the true mid-hip's image
/// drop crosses the standing level + 5% of the rep depth, on the way down (start) and on the way up (end). The
/// standing levels are the projected mid-hip at the motion's descent onset and at the end of its ascent, the depth is
/// taken at the middle of the bottom pause; the crossing is found by bisection on the continuous motion (not on frames).
/// Movement onset itself is not the event: the hip's drop grows with the square of the knee angle at first, so the
/// onset of a smooth descent is invisible under any landmark noise, and OpenCap does not define it.
/// </summary>
public static class TrueRepEdges
{
    public static (double Start, double End) Times(IMotion motion, PinholeCamera cam, TrueRep rep)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(cam);
        ArgumentNullException.ThrowIfNull(rep);
        double HipY(double t)
        {
            var p = TruthLandmarks.Compute(motion.Pose(t));
            return (cam.Project(p[(int)Landmark.LeftHip]).Y + (double)cam.Project(p[(int)Landmark.RightHip]).Y) / 2;
        }
        double bottom = HipY(rep.BottomTime), before = HipY(rep.StartTime), after = HipY(rep.EndTime);
        double down = before + SquatSegmenter.EdgeFraction * (bottom - before), up = after + SquatSegmenter.EdgeFraction * (bottom - after);
        return (Bisect(t => HipY(t) - down, rep.StartTime, rep.BottomTime), Bisect(t => up - HipY(t), rep.BottomTime, rep.EndTime));
    }

    /// <summary>Root of an increasing-through-zero function on [a, b] (f(a) ≤ 0 ≤ f(b)) to 1 µs.</summary>
    private static double Bisect(Func<double, double> f, double a, double b)
    {
        if (f(a) > 0) return a;
        if (f(b) < 0) return b;
        while (b - a > 1e-6)
        {
            double m = (a + b) / 2;
            if (f(m) <= 0) a = m; else b = m;
        }
        return (a + b) / 2;
    }
}
