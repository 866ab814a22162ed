using System.Numerics;
using GaitCheck.Core.Markers;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;

namespace GaitCheck.Synth.Markers;

/// <summary>A sticker in the scene: its centre on the body's surface, its radius and colour.</summary>
public readonly record struct Decal(Vector3 Centre, float Radius, Vector3 Colour);

/// <summary>
/// Puts a protocol's stickers on the posed mannequin: each site's inside point is pushed out along its outward
/// direction and the sticker's centre is where that ray, cast back towards the body, first meets the surface
/// (sphere tracing the same capsules the renderer draws), so the sticker lies on the skin or clothing and moves and is
/// hidden with the body. The renderer and the ground truth both call this, so they cannot disagree.
/// </summary>
public static class MarkerPlacement
{
    public static Vector3[] Centres(BodyJoints j, MarkerProtocol protocol, IReadOnlyList<Capsule> bodyCapsules)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(bodyCapsules);
        var caps = bodyCapsules.ToArray();
        int[] all = Enumerable.Range(0, caps.Length).ToArray();
        var centres = new Vector3[protocol.Markers.Count];
        for (int i = 0; i < centres.Length; i++)
        {
            var m = protocol.Markers[i];
            var (inside, outward) = MarkerSites.Of(j, m.Site, m.SideValue);
            centres[i] = Surface(caps, all, inside, Vector3.Normalize(outward));
        }
        return centres;
    }

    /// <summary>The first surface point met by a ray from 0.4 m outside <paramref name="inside"/> travelling back along −<paramref name="outward"/>.</summary>
    public static Vector3 Surface(ReadOnlySpan<Capsule> caps, ReadOnlySpan<int> active, Vector3 inside, Vector3 outward)
    {
        var o = inside + outward * 0.4f;
        float t = 0;
        for (int step = 0; step < 256 && t < 0.4f; step++)
        {
            float d = SdfScene.Distance(caps, active, o - outward * t);
            if (d < 1e-5f) break;
            t += MathF.Max(d * 0.95f, 2e-5f);
        }
        return o - outward * MathF.Min(t, 0.4f);
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
