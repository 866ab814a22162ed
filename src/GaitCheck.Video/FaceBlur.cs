using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// Privacy: hides the face in overlay frames, key frames and report stills, placed by the pose's own face landmarks
/// (BlazePose 0-10: nose, eyes, ears, mouth), so no extra model is needed. The region is a square centred on the
/// face landmarks, its side <see cref="Margin"/> times the head size, where the head size is the larger of the face
/// landmarks' spread and <see cref="HeadPerTorso"/> of the shoulder-to-hip distance (a face seen from the side or
/// behind has its landmarks bunched together, the torso still gives the head's scale). Inside it the pixels are
/// pixelated to about <see cref="Blocks"/> blocks across and then Gaussian blurred with a sigma of a quarter block,
/// so neither edges nor the block grid stay sharp. Face landmarks are not drawn on a blurred frame.
/// </summary>
public static class FaceBlur
{
    /// <summary>Region side over head size.</summary>
    public const double Margin = 2.0;

    /// <summary>An adult's head height is about 0.45 of the shoulder-to-hip distance (Drillis and Contini 1966 segment ratios: head 0.13 H, trunk 0.29 H).</summary>
    public const double HeadPerTorso = 0.45;

    /// <summary>Pixel blocks across the region before the blur.</summary>
    public const int Blocks = 6;

    /// <summary>The face landmarks (BlazePose 0-10).</summary>
    public static bool IsFace(Landmark l) => (int)l <= (int)Landmark.MouthRight;

    /// <summary>
    /// The square to blur in <paramref name="frame"/>'s pixel coordinates, mapped by <paramref name="at"/> (identity
    /// when null); null when no face landmark was seen.
    /// </summary>
    public static Rect? Region(PoseFrame? frame, Func<Keypoint, Point2d>? at = null)
    {
        if (frame is null || frame.Status == FrameStatus.Lost) return null;
        at ??= k => new Point2d(k.X, k.Y);
        var face = new List<Point2d>();
        for (int i = 0; i <= (int)Landmark.MouthRight; i++)
            if (!frame.Points[i].IsMissing) face.Add(at(frame.Points[i]));
        if (face.Count == 0) return null;
        double x0 = face.Min(p => p.X), x1 = face.Max(p => p.X), y0 = face.Min(p => p.Y), y1 = face.Max(p => p.Y);
        double head = Math.Max(x1 - x0, y1 - y0);
        if (Torso(frame, at) is { } torso) head = Math.Max(head, HeadPerTorso * torso);
        head = Math.Max(head, 8);
        double side = Margin * head, cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        return new Rect((int)Math.Floor(cx - side / 2), (int)Math.Floor(cy - side / 2), (int)Math.Ceiling(side), (int)Math.Ceiling(side));
    }

    /// <summary>Blurs <paramref name="region"/> of <paramref name="img"/> in place (the part inside the image).</summary>
    public static void Apply(Mat img, Rect region)
    {
        ArgumentNullException.ThrowIfNull(img);
        var r = region.Intersect(new Rect(0, 0, img.Cols, img.Rows));
        if (r.Width < 2 || r.Height < 2) return;
        using var roi = new Mat(img, r);
        double block = Math.Max(region.Width, region.Height) / (double)Blocks;
        using var small = new Mat();
        Cv2.Resize(roi, small, new Size(Math.Max(1, (int)Math.Round(r.Width / block)), Math.Max(1, (int)Math.Round(r.Height / block))), 0, 0, InterpolationFlags.Area);
        Cv2.Resize(small, roi, r.Size, 0, 0, InterpolationFlags.Linear);
        double sigma = Math.Max(1, block / 2);
        Cv2.GaussianBlur(roi, roi, new Size(0, 0), sigma, sigma, BorderTypes.Replicate);
    }

    private static double? Torso(PoseFrame f, Func<Keypoint, Point2d> at)
    {
        Keypoint ls = f.Points[(int)Landmark.LeftShoulder], rs = f.Points[(int)Landmark.RightShoulder];
        Keypoint lh = f.Points[(int)Landmark.LeftHip], rh = f.Points[(int)Landmark.RightHip];
        if (ls.IsMissing || rs.IsMissing || lh.IsMissing || rh.IsMissing) return null;
        Point2d a = at(ls), b = at(rs), c = at(lh), d = at(rh);
        double dx = (a.X + b.X - c.X - d.X) / 2, dy = (a.Y + b.Y - c.Y - d.Y) / 2;
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
