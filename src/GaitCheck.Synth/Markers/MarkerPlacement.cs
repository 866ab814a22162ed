using System.Numerics;
using GaitCheck.Core.Markers;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;

namespace GaitCheck.Synth.Markers;

/// <summary>A sticker in the scene: its centre on the body's surface, its radius and colour.</summary>
public readonly record struct Decal(Vector3 Centre, float Radius, Vector3 Colour);

/// <summary>
/// Puts a protocol's stickers on the posed mannequin: each site's sticker sits where a walk from the site's inside point
/// along its outward direction leaves the body (the same capsules the renderer draws), so the sticker lies on the skin
/// or clothing over that point and moves and is hidden with the body. The renderer and the ground truth both call this, so they cannot disagree.
/// </summary>
public static class MarkerPlacement
{
    /// <summary>Indices 0, 1, 2…: "every capsule" for the scene-distance functions, sliced to the capsule count.</summary>
    private static readonly int[] Every = Enumerable.Range(0, 256).ToArray();

    /// <summary>Indices of all of <paramref name="caps"/>.</summary>
    public static ReadOnlySpan<int> All(ReadOnlySpan<Capsule> caps) => Every.AsSpan(0, caps.Length);

    public static Vector3[] Centres(BodyJoints j, MarkerProtocol protocol, ReadOnlySpan<Capsule> bodyCapsules)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var centres = new Vector3[protocol.Markers.Count];
        for (int i = 0; i < centres.Length; i++)
        {
            var m = protocol.Markers[i];
            var (inside, outward) = MarkerSites.Of(j, m.Site, m.SideValue);
            centres[i] = Surface(bodyCapsules, All(bodyCapsules), inside, Vector3.Normalize(outward));
        }
        return centres;
    }

    /// <summary>
    /// The sticker's centre: where a walk from <paramref name="inside"/> along <paramref name="outward"/> first leaves the
    /// body (1 mm steps, then bisection to 0.01 mm). A site whose inside point lies outside the body (none of the shipped
    /// ones) is instead projected back onto the surface along −<paramref name="outward"/> from 0.15 m out.
    /// </summary>
    public static Vector3 Surface(ReadOnlySpan<Capsule> caps, ReadOnlySpan<int> active, Vector3 inside, Vector3 outward)
    {
        if (SdfScene.Distance(caps, active, inside) < 0)
        {
            float lo = 0, hi = 0;
            for (int step = 1; step <= 300; step++)
            {
                hi = step * 0.001f;
                if (SdfScene.Distance(caps, active, inside + outward * hi) >= 0) break;
                lo = hi;
            }
            for (int i = 0; i < 7; i++)
            {
                float mid = (lo + hi) / 2;
                if (SdfScene.Distance(caps, active, inside + outward * mid) >= 0) hi = mid; else lo = mid;
            }
            return inside + outward * hi;
        }
        var o = inside + outward * 0.15f;
        float t = 0;
        for (int step = 0; step < 256 && t < 0.15f; step++)
        {
            float d = SdfScene.Distance(caps, active, o - outward * t);
            if (d < 1e-5f) break;
            t += MathF.Max(d * 0.95f, 2e-5f);
        }
        return o - outward * MathF.Min(t, 0.15f);
    }

    /// <summary>A sticker turned further than this from the camera is seen edge-on, as a streak no tool can centre: not visible.</summary>
    public const float MaxViewAngleDeg = 70;

    /// <summary>
    /// True when the sticker can be seen: nothing in <paramref name="caps"/> lies between the camera and
    /// <paramref name="point"/> (2 mm of tolerance for the surface itself), and the surface there faces the camera within
    /// <see cref="MaxViewAngleDeg"/>.
    /// </summary>
    public static bool Visible(ReadOnlySpan<Capsule> caps, ReadOnlySpan<int> active, Vector3 camera, Vector3 point)
    {
        var d = point - camera;
        float len = d.Length();
        d /= len;
        const float e = 0.001f;
        var n = new Vector3(
            SdfScene.Distance(caps, active, point + Vector3.UnitX * e) - SdfScene.Distance(caps, active, point - Vector3.UnitX * e),
            SdfScene.Distance(caps, active, point + Vector3.UnitY * e) - SdfScene.Distance(caps, active, point - Vector3.UnitY * e),
            SdfScene.Distance(caps, active, point + Vector3.UnitZ * e) - SdfScene.Distance(caps, active, point - Vector3.UnitZ * e));
        if (n.LengthSquared() > 0 && Vector3.Dot(Vector3.Normalize(n), -d) < MathF.Cos(MaxViewAngleDeg * MathF.PI / 180f)) return false;
        float t = 0;
        for (int step = 0; step < 512 && t < len - 0.002f; step++)
        {
            float dist = SdfScene.Distance(caps, active, camera + d * t);
            if (dist < 1e-4f) return false;
            t += MathF.Max(dist * 0.95f, 1e-4f);
        }
        return true;
    }
}
