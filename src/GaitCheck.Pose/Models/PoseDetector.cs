using GaitCheck.Core;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// BlazePose person detector (pose_detection, converted ONNX; NHWC input [1,224,224,3] RGB in [-1,1];
/// outputs "Identity" [1,2254,12] boxes+keypoints and "Identity_1" [1,2254,1] score logits) run by
/// ONNX Runtime. Follows mediapipe/modules/pose_detection/pose_detection_cpu.pbtxt: the image is
/// letterboxed (aspect kept, padded evenly on both sides) to 224x224, decoded against
/// <see cref="SsdAnchors"/>, filtered by score, merged by weighted NMS, and the letterbox is removed
/// (DetectionLetterboxRemovalCalculator) before scaling to pixels. Not thread-safe.
/// </summary>
public sealed class PoseDetector : IDisposable
{
    public const int InputSize = 224;
    private static readonly string[] OutputNames = ["Identity", "Identity_1"];
    private static readonly Anchor[] Anchors = SsdAnchors.Generate(InputSize);

    private readonly InferenceSession _session;
    private readonly RunOptions _run;
    private readonly NhwcInput _input;
    private readonly float[] _boxes = new float[Anchors.Length * DetectionDecoder.Coords];
    private readonly float[] _scores = new float[Anchors.Length];
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;
    private readonly string[] _inputNames;
    private readonly Mat _resized = new(), _canvas = new(InputSize, InputSize, MatType.CV_8UC3);

    public PoseDetector(string onnxPath, int intraOpThreads = 2)
    {
        _session = OrtSessionFactory.Create(onnxPath, intraOpThreads, InputSize, OutputNames, "the BlazePose detector");
        _run = new RunOptions();
        _input = new NhwcInput(InputSize, InputSize);
        _inputNames = [_session.InputMetadata.Keys.Single()];
        _inputs = [_input.Tensor];
        _outputs =
        [
            OrtValue.CreateTensorValueFromMemory(_boxes, [1, Anchors.Length, DetectionDecoder.Coords]),
            OrtValue.CreateTensorValueFromMemory(_scores, [1, Anchors.Length, 1]),
        ];
    }

    /// <summary>Number of SSD anchors (2254).</summary>
    public static int AnchorCount => Anchors.Length;

    /// <summary>Letterbox to 224, decode anchors, weighted NMS, un-letterbox; pixel coordinates of <paramref name="bgr"/>, sorted by score descending.</summary>
    public IReadOnlyList<Detection> Detect(Mat bgr, float minScore = 0.5f)
    {
        CheckImage(bgr);
        int w = bgr.Width, h = bgr.Height;
        float scale = Math.Min((float)InputSize / w, (float)InputSize / h);
        int rw = Math.Clamp((int)MathF.Round(w * scale), 1, InputSize), rh = Math.Clamp((int)MathF.Round(h * scale), 1, InputSize);
        Cv2.Resize(bgr, _resized, new Size(rw, rh), 0, 0, InterpolationFlags.Linear);
        return Run(_resized, minScore, w, h, 0, 0);
    }

    /// <summary>
    /// The detector on one window of an image that is already scaled for it (a zoomed search tile, at most 224x224,
    /// letterboxed when smaller); detections come back in pixels of the unscaled image: a point p of
    /// <paramref name="scaled"/> is p / <paramref name="scale"/> there. Sorted by score descending.
    /// </summary>
    public IReadOnlyList<Detection> DetectWindow(Mat scaled, Rect window, float scale, float minScore = 0.5f)
    {
        CheckImage(scaled);
        if (window.Width > InputSize || window.Height > InputSize || window.X < 0 || window.Y < 0 || window.Right > scaled.Width || window.Bottom > scaled.Height)
            throw new ArgumentOutOfRangeException(nameof(window), $"window {window} must lie inside the {scaled.Width}x{scaled.Height} image and be at most {InputSize} px");
        using var view = new Mat(scaled, window);
        return Run(view, minScore, window.Width / scale, window.Height / scale, window.X / scale, window.Y / scale);
    }

    /// <summary>
    /// Letterboxes <paramref name="image"/> (at most 224x224) into the input, runs the model, decodes and merges; the
    /// image spans <paramref name="outW"/> x <paramref name="outH"/> of the caller's pixels from (<paramref name="ox"/>, <paramref name="oy"/>).
    /// </summary>
    private List<Detection> Run(Mat image, float minScore, float outW, float outH, float ox, float oy)
    {
        int rw = image.Width, rh = image.Height;
        int left = (InputSize - rw) / 2, top = (InputSize - rh) / 2;
        if (rw < InputSize || rh < InputSize) _canvas.SetTo(Scalar.All(0));
        using (var roi = new Mat(_canvas, new Rect(left, top, rw, rh))) Cv2.CvtColor(image, roi, ColorConversionCodes.BGR2RGB);
        _input.Set(_canvas, 1.0 / 127.5, -1.0);
        _session.Run(_run, _inputNames, _inputs, OutputNames, _outputs);

        var merged = DetectionDecoder.WeightedNms(DetectionDecoder.Decode(_boxes, _scores, Anchors, minScore));
        // Letterbox removal: normalised padded coordinates -> normalised image coordinates -> the caller's pixels.
        float padX = (float)left / InputSize, padY = (float)top / InputSize;
        float sx = (float)rw / InputSize, sy = (float)rh / InputSize;
        Point2f Px(float x, float y) => new((x - padX) / sx * outW + ox, (y - padY) / sy * outH + oy);
        return merged.Select(d =>
        {
            var p0 = Px(d.XMin, d.YMin);
            var p1 = Px(d.XMax, d.YMax);
            return new Detection(d.Score, p0.X, p0.Y, p1.X - p0.X, p1.Y - p0.Y, d.Keypoints.Select(k => Px(k.X, k.Y)).ToArray());
        }).OrderByDescending(d => d.Score).ToList();
    }

    /// <summary>Throws unless <paramref name="bgr"/> is a non-empty 8-bit BGR image (the detector's and the zoomed search's input).</summary>
    internal static void CheckImage(Mat bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Empty() || bgr.Type() != MatType.CV_8UC3) throw new ArgumentException("expected a non-empty CV_8UC3 BGR image", nameof(bgr));
    }

    public void Dispose()
    {
        _input.Dispose();
        foreach (var v in _outputs) v.Dispose();
        _run.Dispose();
        _session.Dispose();
        _resized.Dispose();
        _canvas.Dispose();
    }
}
