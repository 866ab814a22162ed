using OpenCvSharp;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// A square, rotated region of interest in image pixels: what MediaPipe calls a NormalizedRect once it has
/// gone through <c>RectTransformationCalculator</c> with <c>square_long: true</c>. <see cref="Rotation"/> is in
/// radians, positive clockwise on screen (y points down), exactly MediaPipe's convention, so a crop pixel
/// (u, v) in a <see cref="CropSize"/>-pixel crop maps to image point
/// <c>centre + R(rotation) * ((u / CropSize - 0.5) * Size, (v / CropSize - 0.5) * Size)</c>
/// (MediaPipe <c>LandmarkProjectionCalculator</c>).
/// </summary>
public readonly record struct RotatedRoi(float CenterX, float CenterY, float Size, float Rotation)
{
    /// <summary>The landmark model's crop size (256).</summary>
    public const int CropSize = 256;

    /// <summary>Maps a point of the 256-px crop to image pixels.</summary>
    public Point2f CropToImage(float u, float v)
    {
        float x = (u / CropSize - 0.5f) * Size, y = (v / CropSize - 0.5f) * Size;
        float c = MathF.Cos(Rotation), s = MathF.Sin(Rotation);
        return new Point2f(CenterX + c * x - s * y, CenterY + s * x + c * y);
    }

    /// <summary>Rotates a vector (e.g. a world landmark's x/y) by the ROI rotation (MediaPipe <c>WorldLandmarkProjectionCalculator</c>).</summary>
    public (float X, float Y) RotateVector(float x, float y)
    {
        float c = MathF.Cos(Rotation), s = MathF.Sin(Rotation);
        return (c * x - s * y, s * x + c * y);
    }

    /// <summary>The axis-aligned bounding box of the rotated square.</summary>
    public Rect2f Bounds()
    {
        float half = Size / 2f * (MathF.Abs(MathF.Cos(Rotation)) + MathF.Abs(MathF.Sin(Rotation)));
        return new Rect2f(CenterX - half, CenterY - half, 2 * half, 2 * half);
    }

    /// <summary>True when the centre lies inside a <paramref name="width"/> x <paramref name="height"/> frame.</summary>
    public bool CentreInside(int width, int height) =>
        float.IsFinite(CenterX) && float.IsFinite(CenterY) && Size > 1f
        && CenterX >= 0 && CenterY >= 0 && CenterX < width && CenterY < height;

    /// <summary>Intersection over union of two axis-aligned boxes (0 when either is empty).</summary>
    public static float IoU(Rect2f a, Rect2f b)
    {
        float x0 = MathF.Max(a.Left, b.Left), y0 = MathF.Max(a.Top, b.Top);
        float x1 = MathF.Min(a.Right, b.Right), y1 = MathF.Min(a.Bottom, b.Bottom);
        float inter = MathF.Max(0, x1 - x0) * MathF.Max(0, y1 - y0);
        float union = a.Width * a.Height + b.Width * b.Height - inter;
        return union > 0 ? inter / union : 0f;
    }
}
