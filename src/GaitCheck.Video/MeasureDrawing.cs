using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// Draws the lines that define a measured angle on a key frame, in <see cref="Palette"/>'s colours (the measured lines
/// in the stance side's colour, the reference lines dashed white): for FPPA the thigh (hip→knee) and shank (knee→ankle) lines, the
/// thigh's dashed extension beyond the knee, the arc from that extension to the shank and the value; for pelvic drop
/// the line through both hips, a dashed horizontal through the stance hip, the arc between and the value. The value
/// printed is the report's (it may be calibrated); the lines are the frame's landmarks.
/// </summary>
public static class MeasureDrawing
{
    private static readonly Scalar Reference = OverlayStyle.Midline;
    private static readonly Scalar Shadow = new(0, 0, 0);

    /// <summary>Draws every mark whose landmarks are present; <paramref name="at"/> maps a landmark to canvas pixels. Returns how many were drawn.</summary>
    public static int Draw(Mat canvas, PoseFrame pose, IReadOnlyList<MeasureMark> marks, Func<Keypoint, Point2d> at, int thick = 2)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(pose);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(at);
        int drawn = 0, line = 0;
        foreach (var m in marks)
        {
            bool ok = m.Kind switch
            {
                MeasureKind.Fppa => Fppa(canvas, pose, m, at, thick, line),
                _ => PelvicDrop(canvas, pose, m, at, thick, line),
            };
            if (ok) { drawn++; line++; }
        }
        return drawn;
    }

    private static bool Fppa(Mat c, PoseFrame f, MeasureMark m, Func<Keypoint, Point2d> at, int thick, int line)
    {
        bool left = m.Side == Side.Left;
        Keypoint h = f[left ? Landmark.LeftHip : Landmark.RightHip], k = f[left ? Landmark.LeftKnee : Landmark.RightKnee], a = f[left ? Landmark.LeftAnkle : Landmark.RightAnkle];
        if (h.IsMissing || k.IsMissing || a.IsMissing) return false;
        Point2d ph = at(h), pk = at(k), pa = at(a);
        var colour = left ? OverlayStyle.Left : OverlayStyle.Right;
        double shank = Len(pa - pk);
        var dir = Unit(pk - ph);
        Dashed(c, pk, pk + dir * (shank * 0.8), Reference, thick);
        Line(c, ph, pk, colour, thick + 1);
        Line(c, pk, pa, colour, thick + 1);
        Arc(c, pk, shank * 0.45, dir, Unit(pa - pk), colour, thick + 1);
        Label(c, $"FPPA {Inv.F(m.Degrees, 1)} deg", pk, colour, line);
        return true;
    }

    private static bool PelvicDrop(Mat c, PoseFrame f, MeasureMark m, Func<Keypoint, Point2d> at, int thick, int line)
    {
        Keypoint stance = f[m.Side == Side.Left ? Landmark.LeftHip : Landmark.RightHip], swing = f[m.Side == Side.Left ? Landmark.RightHip : Landmark.LeftHip];
        if (stance.IsMissing || swing.IsMissing) return false;
        Point2d ps = at(stance), pw = at(swing);
        double width = Len(pw - ps);
        if (width < 2) return false;
        var horizontal = new Point2d(pw.X >= ps.X ? 1 : -1, 0);
        Dashed(c, ps, ps + horizontal * (width * 1.3), Reference, thick);
        var colour = m.Side == Side.Left ? OverlayStyle.Left : OverlayStyle.Right;
        Line(c, ps, pw, colour, thick + 1);
        Arc(c, ps, width * 0.6, horizontal, Unit(pw - ps), colour, thick + 1);
        Label(c, $"pelvic drop {Inv.F(m.Degrees, 1)} deg", ps, colour, line);
        return true;
    }

    private static void Line(Mat c, Point2d a, Point2d b, Scalar colour, int thick)
    {
        Cv2.Line(c, P(a), P(b), Shadow, thick + 2, LineTypes.AntiAlias);
        Cv2.Line(c, P(a), P(b), colour, thick, LineTypes.AntiAlias);
    }

    private static void Dashed(Mat c, Point2d a, Point2d b, Scalar colour, int thick)
    {
        double len = Len(b - a), dash = Math.Max(4, 3 * thick);
        if (len < 1) return;
        var u = (b - a) * (1 / len);
        for (double s = 0; s < len; s += 2 * dash)
            Cv2.Line(c, P(a + u * s), P(a + u * Math.Min(len, s + dash)), colour, thick, LineTypes.AntiAlias);
    }

    /// <summary>The shorter arc around <paramref name="centre"/> from direction <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static void Arc(Mat c, Point2d centre, double radius, Point2d from, Point2d to, Scalar colour, int thick)
    {
        if (radius < 2) return;
        double a0 = Math.Atan2(from.Y, from.X) * 180 / Math.PI, a1 = Math.Atan2(to.Y, to.X) * 180 / Math.PI;
        double d = a1 - a0;
        while (d > 180) d -= 360;
        while (d < -180) d += 360;
        Cv2.Ellipse(c, P(centre), new Size(radius, radius), 0, a0, a0 + d, colour, thick, LineTypes.AntiAlias);
    }

    private static void Label(Mat c, string text, Point2d near, Scalar colour, int line)
    {
        double scale = Math.Max(0.5, c.Rows / 900.0);
        int thick = Math.Max(1, (int)Math.Round(scale * 1.5));
        var size = Cv2.GetTextSize(text, HersheyFonts.HersheySimplex, scale, thick, out _);
        int x = (int)Math.Clamp(near.X + 12, 2, Math.Max(2, c.Cols - size.Width - 2));
        int y = (int)Math.Clamp(near.Y - 10 + line * (size.Height + 8), size.Height + 2, c.Rows - 4);
        Cv2.PutText(c, text, new Point(x, y), HersheyFonts.HersheySimplex, scale, Shadow, thick + 3, LineTypes.AntiAlias);
        Cv2.PutText(c, text, new Point(x, y), HersheyFonts.HersheySimplex, scale, colour, thick, LineTypes.AntiAlias);
    }

    private static Point P(Point2d p) => new((int)Math.Round(p.X), (int)Math.Round(p.Y));

    private static double Len(Point2d v) => Math.Sqrt(v.X * v.X + v.Y * v.Y);

    private static Point2d Unit(Point2d v)
    {
        double l = Len(v);
        return l < 1e-9 ? new Point2d(1, 0) : v * (1 / l);
    }
}
