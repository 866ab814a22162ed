using System.Numerics;

namespace GaitCheck.Synth.Body;

/// <summary>
/// A 3x3 rotation stored as its three column vectors (the rotated x, y and z axes). Composition
/// <c>a * b</c> applies <c>b</c> first in <c>a</c>'s frame (intrinsic rotations), as in the usual
/// joint-angle sequences of biomechanics (Grood &amp; Suntay 1983; Wu et al. 2002, ISB recommendations).
/// </summary>
public readonly record struct Rot3(Vector3 X, Vector3 Y, Vector3 Z)
{
    public static readonly Rot3 Identity = new(Vector3.UnitX, Vector3.UnitY, Vector3.UnitZ);

    public Vector3 Apply(Vector3 v) => X * v.X + Y * v.Y + Z * v.Z;

    public static Rot3 operator *(Rot3 a, Rot3 b) => new(a.Apply(b.X), a.Apply(b.Y), a.Apply(b.Z));

    /// <summary>Right-handed rotation about x by <paramref name="deg"/> degrees.</summary>
    public static Rot3 AboutX(float deg)
    {
        float r = deg * MathF.PI / 180f, c = MathF.Cos(r), s = MathF.Sin(r);
        return new(Vector3.UnitX, new Vector3(0, c, s), new Vector3(0, -s, c));
    }

    public static Rot3 AboutY(float deg)
    {
        float r = deg * MathF.PI / 180f, c = MathF.Cos(r), s = MathF.Sin(r);
        return new(new Vector3(c, 0, -s), Vector3.UnitY, new Vector3(s, 0, c));
    }

    public static Rot3 AboutZ(float deg)
    {
        float r = deg * MathF.PI / 180f, c = MathF.Cos(r), s = MathF.Sin(r);
        return new(new Vector3(c, s, 0), new Vector3(-s, c, 0), Vector3.UnitZ);
    }
}

/// <summary>A segment's coordinate frame in world space: origin at its proximal joint, axes x = subject's left, y = up (proximal), z = forward (neutral stance).</summary>
public readonly record struct Frame3(Rot3 R, Vector3 O)
{
    public Vector3 Point(Vector3 local) => O + R.Apply(local);
    public Vector3 Point(float x, float y, float z) => O + R.Apply(new Vector3(x, y, z));
}
