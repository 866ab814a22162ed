using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// How overlays are drawn: the subject's LEFT side in sky blue and RIGHT side in orange (Okabe &amp; Ito's colour-blind
/// safe palette), bones across the midline (shoulders, hips) in white, each colour in a legend, the frame time at the
/// top left. Line widths scale with the frame so the skeleton reads the same on 360p and 4K.
/// </summary>
public static class OverlayStyle
{
    public static readonly Scalar Left = new(233, 180, 86);    // BGR of RGB(86, 180, 233) sky blue
    public static readonly Scalar Right = new(0, 159, 230);    // BGR of RGB(230, 159, 0) orange
    public static readonly Scalar Midline = new(255, 255, 255);
    private static readonly Scalar Shadow = new(0, 0, 0);

    public static Scalar ColourOf(Landmark a, Landmark b)
    {
        Side? sa = Skeleton.SideOf(a), sb = Skeleton.SideOf(b);
        Side? side = sa == sb ? sa : sa is null ? sb : sb is null ? sa : null;
        return side switch { Side.Left => Left, Side.Right => Right, _ => Midline };
    }

    /// <summary>Draws the skeleton, time and legend onto <paramref name="canvas"/> (upright frame pixels).</summary>
    public static void Draw(Mat canvas, PoseFrame? frame, double timeSeconds)
    {
        int scale = Math.Max(1, (int)Math.Round(Math.Min(canvas.Width, canvas.Height) / 360.0));
        int thick = Math.Max(2, 2 * scale);
        if (frame != null && frame.Status != FrameStatus.Lost)
        {
            foreach (var (a, b) in Skeleton.Bones)
            {
                Keypoint pa = frame.Points[(int)a], pb = frame.Points[(int)b];
                if (pa.IsMissing || pb.IsMissing) continue;
                Cv2.Line(canvas, P(pa), P(pb), ColourOf(a, b), thick, LineTypes.AntiAlias);
            }
            for (int i = 0; i < Skeleton.Count; i++)
            {
                var p = frame.Points[i];
                if (p.IsMissing) continue;
                var c = ColourOf((Landmark)i, (Landmark)i);
                Cv2.Circle(canvas, P(p), thick + 1, Shadow, -1, LineTypes.AntiAlias);
                Cv2.Circle(canvas, P(p), thick, c, -1, LineTypes.AntiAlias);
            }
        }
        double fontScale = 0.6 * scale;
        int lineH = (int)(26 * scale);
        string time = $"t = {Inv.F(timeSeconds, 3)} s" + (frame != null ? $"  #{Inv.I(frame.Index)}" : "")
            + (frame is { Status: FrameStatus.Lost } ? "  no person" : "");
        Text(canvas, time, new Point(8 * scale, lineH), fontScale, Midline, scale);
        Text(canvas, "left", new Point(8 * scale, 2 * lineH), fontScale, Left, scale);
        Text(canvas, "right", new Point(8 * scale + (int)(60 * scale), 2 * lineH), fontScale, Right, scale);
    }

    private static Point P(Keypoint k) => new((int)Math.Round(k.X), (int)Math.Round(k.Y));

    private static void Text(Mat m, string s, Point at, double fontScale, Scalar colour, int scale)
    {
        Cv2.PutText(m, s, at, HersheyFonts.HersheySimplex, fontScale, Shadow, 3 * scale + 1, LineTypes.AntiAlias);
        Cv2.PutText(m, s, at, HersheyFonts.HersheySimplex, fontScale, colour, scale, LineTypes.AntiAlias);
    }
}
