using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// How the skeleton is drawn on video frames and key frames, in <see cref="Palette"/>'s colours: the subject's LEFT
/// side sky blue and RIGHT side orange, bones across the midline (shoulders, hips) white, each colour in a legend on
/// the overlay, the frame time at the top left. Line widths scale with the frame so the skeleton reads the same on
/// 360p and 4K.
/// </summary>
public static class OverlayStyle
{
    public static readonly Scalar Left = Bgr(Palette.Left);
    public static readonly Scalar Right = Bgr(Palette.Right);
    public static readonly Scalar Midline = Bgr(Palette.Midline);
    private static readonly Scalar Shadow = new(0, 0, 0);

    /// <summary>OpenCV's BGR order of a palette colour.</summary>
    public static Scalar Bgr(Rgb c) => new(c.B, c.G, c.R);

    public static Scalar ColourOf(Landmark a, Landmark b)
    {
        Side? sa = Core.Skeleton.SideOf(a), sb = Core.Skeleton.SideOf(b);
        Side? side = sa == sb ? sa : sa is null ? sb : sb is null ? sa : null;
        return side switch { Side.Left => Left, Side.Right => Right, _ => Midline };
    }

    /// <summary>
    /// Draws the skeleton, time and legend onto <paramref name="canvas"/> (upright frame pixels); with
    /// <paramref name="hideFace"/> the face landmarks are left out (the face is blurred, see <see cref="FaceBlur"/>).
    /// </summary>
    public static void Draw(Mat canvas, PoseFrame? frame, double timeSeconds, bool hideFace = false)
    {
        int scale = Math.Max(1, (int)Math.Round(Math.Min(canvas.Width, canvas.Height) / 360.0));
        int thick = Math.Max(2, 2 * scale);
        if (frame != null && frame.Status != FrameStatus.Lost) DrawSkeleton(canvas, frame, thick, k => new Point((int)Math.Round(k.X), (int)Math.Round(k.Y)), hideFace);
        double fontScale = 0.6 * scale;
        int lineH = (int)(26 * scale);
        string time = $"t = {Inv.F(timeSeconds, 3)} s" + (frame != null ? $"  #{Inv.I(frame.Index)}" : "")
            + (frame is { Status: FrameStatus.Lost } ? "  no person" : "");
        Text(canvas, time, new Point(8 * scale, lineH), fontScale, Midline, scale);
        Text(canvas, "left", new Point(8 * scale, 2 * lineH), fontScale, Left, scale);
        Text(canvas, "right", new Point(8 * scale + (int)(60 * scale), 2 * lineH), fontScale, Right, scale);
    }

    /// <summary>Bones and joints of <paramref name="frame"/>, each landmark placed on <paramref name="canvas"/> by <paramref name="at"/>; no face landmark with <paramref name="hideFace"/>.</summary>
    public static void DrawSkeleton(Mat canvas, PoseFrame frame, int thick, Func<Keypoint, Point> at, bool hideFace = false)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(at);
        foreach (var (a, b) in Core.Skeleton.Bones)
        {
            Keypoint pa = frame.Points[(int)a], pb = frame.Points[(int)b];
            if (pa.IsMissing || pb.IsMissing || (hideFace && (FaceBlur.IsFace(a) || FaceBlur.IsFace(b)))) continue;
            Cv2.Line(canvas, at(pa), at(pb), ColourOf(a, b), thick, LineTypes.AntiAlias);
        }
        for (int i = 0; i < Core.Skeleton.Count; i++)
        {
            var p = frame.Points[i];
            if (p.IsMissing || (hideFace && FaceBlur.IsFace((Landmark)i))) continue;
            Cv2.Circle(canvas, at(p), thick + 1, Shadow, -1, LineTypes.AntiAlias);
            Cv2.Circle(canvas, at(p), thick, ColourOf((Landmark)i, (Landmark)i), -1, LineTypes.AntiAlias);
        }
    }

    private static void Text(Mat m, string s, Point at, double fontScale, Scalar colour, int scale)
    {
        Cv2.PutText(m, s, at, HersheyFonts.HersheySimplex, fontScale, Shadow, 3 * scale + 1, LineTypes.AntiAlias);
        Cv2.PutText(m, s, at, HersheyFonts.HersheySimplex, fontScale, colour, scale, LineTypes.AntiAlias);
    }
}
