using GaitCheck.Core;
using GaitCheck.Core.Markers;
using GaitCheck.Markers;
using OpenCvSharp;

namespace GaitCheck.DevTools.Markers;

/// <summary>
/// Puts stickers on a real clip: each protocol marker is drawn in every frame at its pose anchor plus a fixed offset of
/// its own (up to ±2% of the leg length, seeded, so the detector cannot simply read the anchors back), 2.3% of the leg
/// length across (a 20 mm sticker on an adult), anti-aliased at sub-pixel precision and shaded by the brightness of the
/// frame around it, so real backgrounds, lighting and motion test detection and identity. The copy is written with
/// OpenCV's mp4v encoder, whose compression smears colours as a phone's does. The drawn centres are the truth, indexed by
/// the copy's frame number (the pose frames renumbered 0..n−1: <see cref="Reindexed"/>).
/// </summary>
public static class MarkerComposite
{
    public const double DiameterLeg = 0.023;

    public static MarkerTracks Make(string video, string outPath, PoseSequence seq, MarkerProtocol protocol, string colour, int seed = 7, int maxFrames = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(seq);
        ArgumentNullException.ThrowIfNull(protocol);
        var rng = new Random(seed);
        double leg = LegLength.Of(seq);
        var offsets = protocol.Markers.Select(_ => (X: (rng.NextDouble() * 2 - 1) * 0.02 * leg, Y: (rng.NextDouble() * 2 - 1) * 0.02 * leg)).ToArray();
        int v = Convert.ToInt32(MarkerColours.Sample(colour)[1..], 16);
        var ink = new Scalar(v & 255, (v >> 8) & 255, (v >> 16) & 255);
        int n = Math.Min(seq.Frames.Count, maxFrames), k = protocol.Markers.Count;
        var x = MarkerTracks.Gaps(k, n); var y = MarkerTracks.Gaps(k, n); var d = MarkerTracks.Gaps(k, n);
        using var cap = new VideoCapture(video);
        using var frame = new Mat();
        using var gray = new Mat();
        VideoWriter? writer = null;
        try
        {
            int index = 0, f = 0;
            while (f < n && cap.Read(frame) && !frame.Empty())
            {
                if (seq.Frames[f].Index != index++) continue;
                writer ??= new VideoWriter(outPath, FourCC.MP4V, seq.Video.Fps > 0 ? seq.Video.Fps : 30, frame.Size());
                Cv2.CvtColor(frame, gray, ColorConversionCodes.BGR2GRAY);
                var anchors = MarkerTracker.Anchors(protocol, seq.Frames[f].Points, leg);
                double r = DiameterLeg * leg / 2;
                for (int m = 0; m < k; m++)
                {
                    double cx = anchors[m].X + offsets[m].X, cy = anchors[m].Y + offsets[m].Y;
                    if (!double.IsFinite(cx) || !double.IsFinite(cy) || cx < r || cy < r || cx > frame.Width - r || cy > frame.Height - r)
                        continue;   // not drawn: stays a gap
                    double light = Math.Clamp(Brightness(gray, cx, cy, 2 * r) / 150.0, 0.55, 1.15);
                    Cv2.Circle(frame, new Point((int)Math.Round(cx * 16 - 8), (int)Math.Round(cy * 16 - 8)), (int)Math.Round(r * 16),
                        new Scalar(ink.Val0 * light, ink.Val1 * light, ink.Val2 * light), -1, LineTypes.AntiAlias, 4);
                    x[m][f] = (float)cx; y[m][f] = (float)cy; d[m][f] = (float)(2 * r);
                }
                writer.Write(frame);
                f++;
            }
        }
        finally { writer?.Dispose(); }
        return new MarkerTracks(protocol, colour, Enumerable.Range(0, n).ToList(), x, y, d);
    }

    /// <summary>The first <paramref name="n"/> frames of <paramref name="seq"/> numbered 0..n−1, as the composited copy stores them.</summary>
    public static PoseSequence Reindexed(PoseSequence seq, int n)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var frames = seq.Frames.Take(n).Select((f, i) => new PoseFrame
        {
            Index = i, Time = f.Time, Points = f.Points, Raw = f.Raw, World = f.World, PoseScore = f.PoseScore, Status = f.Status,
        }).ToList();
        return new PoseSequence { Video = seq.Video, Frames = frames, Model = seq.Model, Filter = seq.Filter, Notes = seq.Notes };
    }

    private static double Brightness(Mat gray, double cx, double cy, double half)
    {
        var roi = new Rect((int)Math.Max(0, cx - half), (int)Math.Max(0, cy - half), 1, 1);
        roi.Width = (int)Math.Min(gray.Width - roi.X, 2 * half + 1); roi.Height = (int)Math.Min(gray.Height - roi.Y, 2 * half + 1);
        using var sub = new Mat(gray, roi);
        return Cv2.Mean(sub).Val0;
    }
}
