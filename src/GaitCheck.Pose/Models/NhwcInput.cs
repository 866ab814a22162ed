using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// A model's NHWC float input [1,H,W,3], allocated and pinned once, seen both as the ONNX Runtime tensor and as
/// an OpenCV CV_32FC3 Mat over the same memory, so each frame is scaled straight into the model input (no
/// intermediate float image, no per-frame copy).
/// </summary>
internal sealed class NhwcInput : IDisposable
{
    private readonly float[] _data;
    private GCHandle _pin;
    private readonly Mat _view;

    public NhwcInput(int height, int width)
    {
        _data = new float[height * width * 3];
        _pin = GCHandle.Alloc(_data, GCHandleType.Pinned);
        _view = Mat.FromPixelData(height, width, MatType.CV_32FC3, _pin.AddrOfPinnedObject());
        Tensor = OrtValue.CreateTensorValueFromMemory(_data, [1, height, width, 3]);
    }

    /// <summary>The input tensor to pass to <c>InferenceSession.Run</c>.</summary>
    public OrtValue Tensor { get; }

    /// <summary>Writes <paramref name="image8u"/> (CV_8UC3, the model's size and channel order) as alpha·pixel + beta.</summary>
    public void Set(Mat image8u, double alpha, double beta = 0)
    {
        if (image8u.Width != _view.Width || image8u.Height != _view.Height || image8u.Type() != MatType.CV_8UC3)
            throw new ArgumentException($"expected a CV_8UC3 {_view.Width}x{_view.Height} image, got {image8u.Type()} {image8u.Width}x{image8u.Height}", nameof(image8u));
        image8u.ConvertTo(_view, MatType.CV_32FC3, alpha, beta);
        // Same size and type: OpenCV writes into the existing (pinned) memory and never reallocates.
        if (_view.Data != _pin.AddrOfPinnedObject()) throw new InvalidOperationException("OpenCV reallocated the pinned model input");
    }

    public void Dispose()
    {
        Tensor.Dispose();
        _view.Dispose();
        if (_pin.IsAllocated) _pin.Free();
    }
}
