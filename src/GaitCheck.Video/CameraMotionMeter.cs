using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// Measures how much the camera moves: the background's motion between frames sampled about
/// <see cref="SamplesPerSecond"/> times a second. Each sample is reduced to a <see cref="Width"/>-pixel-wide grey image;
/// corners are found outside the subject's box (Shi &amp; Tomasi 1994, "Good features to track", CVPR) and followed into the
/// next sample with pyramidal Lucas-Kanade optical flow (Bouguet 2000); the median displacement is the background's
/// shift. A camera on a tripod reads about 0, a pan that follows a runner a large share of the frame width per second.
/// Samples with fewer than <see cref="MinFeatures"/> tracked corners (a plain backdrop) are not counted. Owns its
/// <see cref="Mat"/>s and disposes them.
/// </summary>
public sealed class CameraMotionMeter : IDisposable
{
    public const int Width = 192, SamplesPerSecond = 5, MinFeatures = 12, MaxFeatures = 100;
    /// <summary>Extra margin around the subject's landmark box, as a share of the box's size on each side.</summary>
    public const double SubjectMargin = 0.25;

    private readonly int _every;
    private readonly List<double> _speeds = [];
    private Mat _prev = new(), _cur = new();
    private readonly Mat _small = new(), _mask = new();
    private Rect? _prevBox;
    private double _prevTime = double.NaN;
    private int _frame;

    /// <param name="fps">The clip's frame rate, to sample about <see cref="SamplesPerSecond"/> frames a second.</param>
    public CameraMotionMeter(double fps) => _every = Math.Max(1, (int)Math.Round((fps > 0 ? fps : 30) / SamplesPerSecond));

    /// <summary>Background speeds measured so far, in frame widths per second.</summary>
    public IReadOnlyList<double> Speeds => _speeds;

    /// <summary>Takes one upright BGR frame at <paramref name="time"/> with the subject's landmarks (pixels; null when not found).</summary>
    public void Add(Mat bgr, double time, IReadOnlyList<Keypoint>? subject)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (_frame++ % _every != 0 || bgr.Empty()) return;
        double k = (double)Width / bgr.Width;
        int h = Math.Max(8, (int)Math.Round(bgr.Height * k));
        Cv2.Resize(bgr, _small, new Size(Width, h), 0, 0, InterpolationFlags.Linear);   // area averaging costs ~5 ms at 1080p
        Cv2.CvtColor(_small, _cur, ColorConversionCodes.BGR2GRAY);
        var box = SubjectBox(subject, k, Width, h);
        if (!double.IsNaN(_prevTime) && _prev.Size() == _cur.Size() && time > _prevTime)
        {
            double? shift = Shift(_prevBox, box);
            if (shift is { } px) _speeds.Add(px / Width / (time - _prevTime));
        }
        (_prev, _cur) = (_cur, _prev);
        _prevBox = box;
        _prevTime = time;
    }

    /// <summary>Median and 90th percentile of the background speed (frame widths per second); 0 and 0 when nothing was measured.</summary>
    public (double Median, double P90, int Samples) Summary()
    {
        if (_speeds.Count == 0) return (0, 0, 0);
        var s = _speeds.Order().ToArray();
        return (s[s.Length / 2], s[Math.Min(s.Length - 1, (int)Math.Floor(0.9 * s.Length))], s.Length);
    }

    private double? Shift(Rect? prevBox, Rect? box)
    {
        _mask.Create(_prev.Size(), MatType.CV_8UC1);
        _mask.SetTo(Scalar.All(255));
        foreach (var b in new[] { prevBox, box })
            if (b is { } r)
                using (var sub = new Mat(_mask, r)) sub.SetTo(Scalar.All(0));
        var corners = Cv2.GoodFeaturesToTrack(_prev, MaxFeatures, 0.01, 4, _mask, 3, false, 0.04);
        if (corners.Length < MinFeatures) return null;
        var next = Array.Empty<Point2f>();
        Cv2.CalcOpticalFlowPyrLK(_prev, _cur, corners, ref next, out byte[] status, out float[] _);
        var dx = new List<double>(); var dy = new List<double>();
        for (int i = 0; i < corners.Length; i++)
        {
            if (status[i] == 0) continue;
            dx.Add(next[i].X - corners[i].X);
            dy.Add(next[i].Y - corners[i].Y);
        }
        if (dx.Count < MinFeatures) return null;
        dx.Sort(); dy.Sort();
        return Math.Sqrt(dx[dx.Count / 2] * dx[dx.Count / 2] + dy[dy.Count / 2] * dy[dy.Count / 2]);
    }

    /// <summary>The subject's landmark box in the small image, widened by <see cref="SubjectMargin"/>; null when not found.</summary>
    private static Rect? SubjectBox(IReadOnlyList<Keypoint>? pts, double k, int w, int h)
    {
        if (pts is null) return null;
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var p in pts)
        {
            if (p.IsMissing) continue;
            x0 = Math.Min(x0, p.X); y0 = Math.Min(y0, p.Y); x1 = Math.Max(x1, p.X); y1 = Math.Max(y1, p.Y);
        }
        if (x0 > x1) return null;
        double mx = SubjectMargin * (x1 - x0), my = SubjectMargin * (y1 - y0);
        int l = Math.Clamp((int)Math.Floor((x0 - mx) * k), 0, w - 1), t = Math.Clamp((int)Math.Floor((y0 - my) * k), 0, h - 1);
        int r = Math.Clamp((int)Math.Ceiling((x1 + mx) * k), l + 1, w), b = Math.Clamp((int)Math.Ceiling((y1 + my) * k), t + 1, h);
        return new Rect(l, t, r - l, b - t);
    }

    public void Dispose()
    {
        _prev.Dispose(); _cur.Dispose(); _small.Dispose(); _mask.Dispose();
    }
}
