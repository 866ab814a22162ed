using System.Numerics;
using System.Runtime.CompilerServices;

namespace GaitCheck.Synth.Render;

/// <summary>
/// A tapered capsule (a segment swept by a sphere whose radius goes linearly from <see cref="RA"/> to
/// RA + <see cref="RDelta"/>), the signed-distance primitive of the mannequin (Quilez, "distance functions",
/// iquilezles.org; Hart 1996, sphere tracing). Colour <see cref="ColorA"/> is used where the closest
/// point's parameter along the axis is below <see cref="Split"/>, <see cref="ColorB"/> beyond (sleeves,
/// shorts over thighs, socks).
/// </summary>
public readonly struct Capsule
{
    public readonly Vector3 A, BA;
    public readonly float RA, RDelta, InvLen2, Split;
    public readonly Vector3 ColorA, ColorB;
    /// <summary>Bounding sphere, enlarged by the blending margin.</summary>
    public readonly Vector3 Centre;
    public readonly float BoundRadius;

    public Capsule(Vector3 a, Vector3 b, float ra, float rb, Vector3 colorA, Vector3? colorB = null, float split = 2f)
    {
        A = a; BA = b - a; RA = ra; RDelta = rb - ra;
        float l2 = BA.LengthSquared();
        InvLen2 = l2 > 1e-12f ? 1f / l2 : 0f;
        ColorA = colorA; ColorB = colorB ?? colorA; Split = split;
        Centre = (a + b) * 0.5f;
        BoundRadius = MathF.Sqrt(l2) * 0.5f + MathF.Max(ra, rb) + SdfScene.BlendK;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Distance(Vector3 p)
    {
        Vector3 pa = p - A;
        float h = Math.Clamp(Vector3.Dot(pa, BA) * InvLen2, 0f, 1f);
        return (pa - BA * h).Length() - (RA + RDelta * h);
    }

    public Vector3 ColorAt(Vector3 p)
    {
        float h = Math.Clamp(Vector3.Dot(p - A, BA) * InvLen2, 0f, 1f);
        return h < Split ? ColorA : ColorB;
    }
}

/// <summary>Smooth union of capsules (polynomial smooth-min, Quilez "smooth minimum").</summary>
public static class SdfScene
{
    /// <summary>Blending radius in metres: joints fuse smoothly, separate limbs stay separate.</summary>
    public const float BlendK = 0.02f;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SMin(float a, float b)
    {
        float h = MathF.Max(BlendK - MathF.Abs(a - b), 0f) / BlendK;
        return MathF.Min(a, b) - h * h * BlendK * 0.25f;
    }

    public static float Distance(ReadOnlySpan<Capsule> caps, ReadOnlySpan<int> active, Vector3 p)
    {
        float d = float.MaxValue;
        foreach (int i in active) d = SMin(d, caps[i].Distance(p));
        return d;
    }

    /// <summary>Colour of the closest capsule (hard choice, so colour edges stay crisp).</summary>
    public static Vector3 Color(ReadOnlySpan<Capsule> caps, ReadOnlySpan<int> active, Vector3 p)
    {
        float best = float.MaxValue; int bi = active[0];
        foreach (int i in active)
        {
            float d = caps[i].Distance(p);
            if (d < best) { best = d; bi = i; }
        }
        return caps[bi].ColorAt(p);
    }
}
