using OpenCvSharp;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// Cuts the rotated ROI out of a frame as the landmark model's 256x256 RGB input with one affine warp
/// (MediaPipe <c>ImageToTensorCalculator</c>: the rotated rect's corners go to the crop's corners, pixels
/// outside the frame are black). The two crop buffers are allocated once and reused for every frame.
/// </summary>
public sealed class CropWarper : IDisposable
{
    private readonly Mat _bgr = new(RotatedRoi.CropSize, RotatedRoi.CropSize, MatType.CV_8UC3);
    private readonly Mat _rgb = new(RotatedRoi.CropSize, RotatedRoi.CropSize, MatType.CV_8UC3);
    private readonly Mat _affine = new(2, 3, MatType.CV_64FC1);

    /// <summary>Warps <paramref name="roi"/> of <paramref name="bgrFrame"/>; returns the reused RGB crop (valid until the next call).</summary>
    public Mat Warp(Mat bgrFrame, RotatedRoi roi)
    {
        // Forward map crop (corner convention, u in [0,256]) -> image; shifted by half a pixel on both sides
        // because OpenCV samples at pixel centres.
        double k = roi.Size / RotatedRoi.CropSize;
        double c = Math.Cos(roi.Rotation) * k, s = Math.Sin(roi.Rotation) * k;
        double half = RotatedRoi.CropSize / 2.0;
        double tx = roi.CenterX - c * half + s * half;
        double ty = roi.CenterY - s * half - c * half;
        tx += 0.5 * (c - s) - 0.5;
        ty += 0.5 * (s + c) - 0.5;
        _affine.Set(0, 0, c); _affine.Set(0, 1, -s); _affine.Set(0, 2, tx);
        _affine.Set(1, 0, s); _affine.Set(1, 1, c); _affine.Set(1, 2, ty);
        Cv2.WarpAffine(bgrFrame, _bgr, _affine, new Size(RotatedRoi.CropSize, RotatedRoi.CropSize),
            InterpolationFlags.Linear | InterpolationFlags.WarpInverseMap, BorderTypes.Constant, Scalar.All(0));
        Cv2.CvtColor(_bgr, _rgb, ColorConversionCodes.BGR2RGB);
        return _rgb;
    }

    public void Dispose()
    {
        _bgr.Dispose();
        _rgb.Dispose();
        _affine.Dispose();
    }
}
