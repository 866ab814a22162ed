using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>A key frame for the report: the person's region of a frame, downscaled, with the skeleton in the overlay's style, as JPEG.</summary>
public static class KeyFrameStill
{
    public const int Height = 480;

    /// <summary>
    /// The person's region of <paramref name="bgr"/> (landmark box + 20% margin), <see cref="Height"/> px high, the face
    /// blurred unless <paramref name="blurFace"/> is false (<see cref="FaceBlur"/>), skeleton drawn, JPEG quality 85.
    /// <paramref name="face"/> is the face region to blur when the pose has none (the last one seen), in frame pixels.
    /// <paramref name="marks"/> are the measured angles drawn over the skeleton (<see cref="MeasureDrawing"/>).
    /// </summary>
    public static byte[] Jpeg(Mat bgr, PoseFrame? pose, bool blurFace = true, Rect? face = null, IReadOnlyList<MeasureMark>? marks = null)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        var roi = PersonBox(bgr, pose);
        using var crop = new Mat(bgr, roi);
        double scale = (double)Height / roi.Height;
        using var small = new Mat();
        Cv2.Resize(crop, small, new Size(Math.Max(1, (int)Math.Round(roi.Width * scale)), Height), 0, 0, InterpolationFlags.Area);
        if (blurFace && (FaceBlur.Region(pose) ?? face) is { } f)
            FaceBlur.Apply(small, new Rect((int)Math.Floor((f.X - roi.X) * scale), (int)Math.Floor((f.Y - roi.Y) * scale),
                (int)Math.Ceiling(f.Width * scale), (int)Math.Ceiling(f.Height * scale)));
        if (pose != null)
        {
            OverlayStyle.DrawSkeleton(small, pose, 2, k => new Point((int)Math.Round((k.X - roi.X) * scale), (int)Math.Round((k.Y - roi.Y) * scale)), blurFace);
            if (marks is { Count: > 0 }) MeasureDrawing.Draw(small, pose, marks, k => new Point2d((k.X - roi.X) * scale, (k.Y - roi.Y) * scale));
        }
        Cv2.ImEncode(".jpg", small, out byte[] jpg, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
        return jpg;
    }

    /// <summary>Bounding box of the visible landmarks with a 20% margin, at least 3:4 wide, clipped to the frame; the whole frame without a pose.</summary>
    private static Rect PersonBox(Mat bgr, PoseFrame? pose)
    {
        var full = new Rect(0, 0, bgr.Cols, bgr.Rows);
        var pts = pose?.Points.Where(p => !p.IsMissing).ToList();
        if (pts is null || pts.Count < 4) return full;
        double x0 = pts.Min(p => p.X), x1 = pts.Max(p => p.X), y0 = pts.Min(p => p.Y), y1 = pts.Max(p => p.Y);
        double h = (y1 - y0) * 1.4, w = Math.Max((x1 - x0) * 1.4, h * 0.75), cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        var r = new Rect((int)Math.Floor(cx - w / 2), (int)Math.Floor(cy - h / 2), (int)Math.Ceiling(w), (int)Math.Ceiling(h));
        r = r.Intersect(full);
        return r.Width < 16 || r.Height < 16 ? full : r;
    }
}
