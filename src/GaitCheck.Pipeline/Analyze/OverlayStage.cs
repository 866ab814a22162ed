using GaitCheck.Core;
using GaitCheck.Reporting;
using GaitCheck.Video;
using OpenCvSharp;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// A second decoding pass that writes overlay.mp4 (through the video stage's OverlayWriter) and, at the
/// requested frames (e.g. squat bottoms), grabs small JPEG stills with the skeleton drawn for the report.
/// Adapter to the video stage; one reused frame buffer. `gaitcheck pose` uses it too, without key frames.
/// </summary>
internal static class OverlayStage
{
    public const int KeyFrameHeight = 480;

    public static IReadOnlyList<KeyFrameImage> Run(string video, string? overlayPath, double? start, double? end, PoseSequence seq,
        IReadOnlyDictionary<int, string> keyFrames, CancellationToken cancel)
    {
        var stills = new List<KeyFrameImage>();
        if (overlayPath is null && keyFrames.Count == 0) return stills;
        using var source = VideoSource.Open(video, start, end);
        double fps = seq.Video.Fps > 0 ? seq.Video.Fps : 30;
        using var writer = overlayPath is null ? null : new OverlayWriter(overlayPath, seq.Video.Width, seq.Video.Height, fps);
        using var frame = new Mat();
        int k = 0, lastKey = keyFrames.Count == 0 ? -1 : keyFrames.Keys.Max();
        while (source.Read(frame, out int index, out double time))
        {
            cancel.ThrowIfCancellationRequested();
            while (k < seq.Frames.Count && seq.Frames[k].Index < index) k++;
            var pose = k < seq.Frames.Count && seq.Frames[k].Index == index && seq.Frames[k].Status != FrameStatus.Lost ? seq.Frames[k] : null;
            if (keyFrames.TryGetValue(index, out string? caption)) stills.Add(Still(frame, pose, caption));
            writer?.Write(frame, pose, time);
            if (k >= seq.Frames.Count || (writer is null && index >= lastKey)) break;
        }
        writer?.Complete();
        return stills;
    }

    /// <summary>The person's region of <paramref name="bgr"/> (landmark box + 20% margin), downscaled, with the skeleton (left blue, right red), as JPEG.</summary>
    private static KeyFrameImage Still(Mat bgr, PoseFrame? pose, string caption)
    {
        var roi = PersonBox(bgr, pose);
        using var crop = new Mat(bgr, roi);
        double scale = (double)KeyFrameHeight / roi.Height;
        using var small = new Mat();
        Cv2.Resize(crop, small, new Size(Math.Max(1, (int)Math.Round(roi.Width * scale)), KeyFrameHeight), 0, 0, InterpolationFlags.Area);
        if (pose != null)
        {
            Point P(Keypoint k) => new((int)Math.Round((k.X - roi.X) * scale), (int)Math.Round((k.Y - roi.Y) * scale));
            foreach (var (a, b) in Skeleton.Bones)
            {
                Keypoint pa = pose[a], pb = pose[b];
                if (pa.IsMissing || pb.IsMissing) continue;
                Cv2.Line(small, P(pa), P(pb), ColorOf(Skeleton.SideOf(a) ?? Skeleton.SideOf(b)), 2, LineTypes.AntiAlias);
            }
            for (int i = 0; i < Skeleton.Count; i++)
            {
                var p = pose.Points[i];
                if (!p.IsMissing) Cv2.Circle(small, P(p), 3, ColorOf(Skeleton.SideOf((Landmark)i)), -1, LineTypes.AntiAlias);
            }
        }
        Cv2.ImEncode(".jpg", small, out byte[] jpg, new ImageEncodingParam(ImwriteFlags.JpegQuality, 85));
        return new KeyFrameImage(caption, "image/jpeg", jpg);
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

    private static Scalar ColorOf(Side? side) => side switch
    {
        Side.Left => new Scalar(180, 119, 31),   // BGR of #1f77b4, as in the charts
        Side.Right => new Scalar(40, 39, 214),   // #d62728
        _ => new Scalar(220, 220, 220),
    };
}
