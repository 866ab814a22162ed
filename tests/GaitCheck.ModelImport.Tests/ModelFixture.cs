using GaitCheck.ModelImport.Install;
using GaitCheck.Pose;
using GaitCheck.TestSupport;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace GaitCheck.ModelImport.Tests;

/// <summary>
/// Loads the installed ONNX models (ONNX Runtime), their source .tflite graphs (OpenCV DNN, the independent
/// oracle) and the decoded test frames once per test collection; disposes them at the end.
/// </summary>
public sealed class ModelFixture : IDisposable
{
    private readonly Dictionary<PoseModelKind, LandmarkModel> _ort = [];
    private readonly Dictionary<PoseModelKind, Net> _cv = [];
    private readonly Dictionary<string, Mat> _frames = [];
    private PoseDetector? _detector;

    public ModelFixture()
    {
        Store = new ModelStore(RepoPaths.Models);
        Tflite = SourceModels.Ensure(RepoPaths.Models, _ => { });
    }

    public ModelStore Store { get; }
    public IReadOnlyDictionary<string, string> Tflite { get; }

    public LandmarkModel Ort(PoseModelKind kind)
    {
        lock (_ort)
        {
            if (!_ort.TryGetValue(kind, out var m)) _ort[kind] = m = new LandmarkModel(Store.LandmarkPath(kind), intraOpThreads: 2);
            return m;
        }
    }

    public Net OpenCv(PoseModelKind kind)
    {
        lock (_cv)
        {
            if (!_cv.TryGetValue(kind, out var n))
            {
                n = CvDnn.ReadNet(Tflite[PoseModelNames.Landmark(kind)]) ?? throw new InvalidOperationException("OpenCV could not read " + kind);
                n.SetPreferableBackend(Backend.OPENCV);
                _cv[kind] = n;
            }
            return n;
        }
    }

    public PoseDetector Detector => _detector ??= new PoseDetector(Store.DetectorPath, intraOpThreads: 2);

    /// <summary>A decoded frame (BGR), cached: a still's path, or "video.mp4#frame".</summary>
    public Mat Frame(string key)
    {
        lock (_frames)
        {
            if (_frames.TryGetValue(key, out var m)) return m;
            var parts = key.Split('#');
            if (parts.Length == 1) m = Cv2.ImRead(RepoPaths.Media(key));
            else
            {
                using var cap = new VideoCapture(RepoPaths.Media(parts[0]));
                Assert.True(cap.IsOpened(), "cannot open " + parts[0]);
                m = new Mat();
                for (int i = 0; i <= int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture); i++) Assert.True(cap.Read(m), $"cannot read frame {i} of {parts[0]}");
            }
            Assert.False(m.Empty(), "cannot decode " + key);
            _frames[key] = m;
            return m;
        }
    }

    public void Dispose()
    {
        foreach (var m in _ort.Values) m.Dispose();
        foreach (var n in _cv.Values) n.Dispose();
        foreach (var f in _frames.Values) f.Dispose();
        _detector?.Dispose();
    }
}

[CollectionDefinition("models")]
public sealed class ModelCollection : ICollectionFixture<ModelFixture>;

/// <summary>Person crops as MediaPipe's ROI makes them: a square around the person, 1.25x margin, warped to 256x256 RGB (zero border).</summary>
internal static class PersonCrop
{
    public static Mat FromBox(Mat bgr, float x0, float y0, float x1, float y1, int size = 256)
    {
        float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, side = 1.25f * Math.Max(x1 - x0, y1 - y0);
        float s = size / side;
        using var m = new Mat(2, 3, MatType.CV_64FC1);
        m.Set(0, 0, (double)s); m.Set(0, 1, 0.0); m.Set(0, 2, (double)(size / 2f - s * cx));
        m.Set(1, 0, 0.0); m.Set(1, 1, (double)s); m.Set(1, 2, (double)(size / 2f - s * cy));
        using var warped = new Mat();
        Cv2.WarpAffine(bgr, warped, m, new Size(size, size), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(0));
        var rgb = new Mat();
        Cv2.CvtColor(warped, rgb, ColorConversionCodes.BGR2RGB);
        return rgb;
    }

    public static float Iou(Rect2f a, Rect2f b)
    {
        float ix = Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left));
        float iy = Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top));
        float inter = ix * iy;
        return inter / (a.Width * a.Height + b.Width * b.Height - inter);
    }

    /// <summary>The square with the same centre whose side is the box's longer side.</summary>
    public static Rect2f Square(Rect2f r)
    {
        float side = Math.Max(r.Width, r.Height);
        return new Rect2f(r.X + r.Width / 2 - side / 2, r.Y + r.Height / 2 - side / 2, side, side);
    }
}
