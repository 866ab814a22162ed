using System.Numerics;

namespace GaitCheck.Synth.Render;

/// <summary>
/// An ideal pinhole camera (Hartley &amp; Zisserman, Multiple View Geometry, ch. 6) with square pixels and
/// the principal point at the image centre, looking from <see cref="Position"/> at a target, with no roll.
/// Image coordinates: x right, y down, in pixels, the centre of pixel column i at x = i + 0.5.
/// </summary>
public sealed class PinholeCamera
{
    public Vector3 Position { get; }
    public Vector3 Forward { get; }
    public Vector3 Right { get; }
    public Vector3 Down { get; }
    public int Width { get; }
    public int Height { get; }
    public float FocalPx { get; }
    public float Cx => Width * 0.5f;
    public float Cy => Height * 0.5f;

    public PinholeCamera(Vector3 position, Vector3 target, int width, int height, float focalPx)
    {
        Position = position; Width = width; Height = height; FocalPx = focalPx;
        Forward = Vector3.Normalize(target - position);
        var right = Vector3.Cross(Forward, Vector3.UnitY);
        if (right.LengthSquared() < 1e-8f) throw new ArgumentException("camera must not look straight up or down");
        Right = Vector3.Normalize(right);
        Down = Vector3.Cross(Forward, Right);
    }

    /// <summary>Focal length in pixels of a lens with the given 35 mm-equivalent focal length (mapped on the image diagonal, 43.27 mm full-frame diagonal).</summary>
    public static float FocalFrom35mm(float focal35mm, int width, int height) =>
        focal35mm / 43.2666f * MathF.Sqrt((float)width * width + (float)height * height);

    public Vector3 ToCamera(Vector3 p)
    {
        var d = p - Position;
        return new Vector3(Vector3.Dot(d, Right), Vector3.Dot(d, Down), Vector3.Dot(d, Forward));
    }

    /// <summary>Pixel coordinates of a world point (NaN when behind the camera).</summary>
    public Vector2 Project(Vector3 p)
    {
        var c = ToCamera(p);
        if (c.Z <= 1e-6f) return new Vector2(float.NaN, float.NaN);
        return new Vector2(Cx + FocalPx * c.X / c.Z, Cy + FocalPx * c.Y / c.Z);
    }

    /// <summary>Unit ray direction through image point (x, y).</summary>
    public Vector3 Ray(float x, float y) =>
        Vector3.Normalize(Forward + Right * ((x - Cx) / FocalPx) + Down * ((y - Cy) / FocalPx));
}
