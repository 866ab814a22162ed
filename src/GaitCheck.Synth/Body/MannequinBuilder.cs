using System.Numerics;
using GaitCheck.Core;
using GaitCheck.Synth.Render;

namespace GaitCheck.Synth.Body;

/// <summary>
/// Dresses a posed skeleton in capsules: tapered limbs, a two-capsule torso that is wider than deep, a
/// pelvis, a head with hair, eyes, nose, mouth and ears (so front and back differ), shorts, shirt,
/// socks and shoes. Radii are for a 1.75 m adult and scale with height.
/// </summary>
public static class MannequinBuilder
{
    public static void Build(BodyJoints j, Appearance look, List<Capsule> into)
    {
        var b = j.Body; float k = b.Scale;
        float g = k * b.Girth, hw = b.HipHalfWidth / (0.050f * b.Height); // girth scales limb/torso radii; hw the pelvis width
        Vector3 skin = Appearance.Rgb(look.Skin), hair = Appearance.Rgb(look.Hair), shirt = Appearance.Rgb(look.Shirt),
            shorts = Appearance.Rgb(look.Shorts), socks = Appearance.Rgb(look.Socks);
        var eyeWhite = new Vector3(0.93f, 0.93f, 0.90f); var iris = new Vector3(0.12f, 0.08f, 0.06f);
        var lips = new Vector3(0.55f, 0.22f, 0.22f);

        var h = j.Head;
        into.Add(new Capsule(h.Point(V(0, -0.02f, 0.005f, k)), h.Point(V(0, 0.02f, 0, k)), 0.095f * k, 0.095f * k, skin));
        into.Add(new Capsule(h.Point(V(0, 0.035f, -0.014f, k)), h.Point(V(0, 0.037f, -0.016f, k)), 0.1f * k, 0.1f * k, hair));
        into.Add(new Capsule(h.Point(V(0, 0.02f, -0.03f, k)), h.Point(V(0, -0.045f, -0.032f, k)), 0.086f * k, 0.08f * k, hair));
        foreach (float s in (ReadOnlySpan<float>)[1f, -1f])
        {
            into.Add(new Capsule(h.Point(V(s * 0.033f, 0.015f, 0.080f, k)), h.Point(V(s * 0.033f, 0.015f, 0.081f, k)), 0.014f * k, 0.014f * k, eyeWhite));
            into.Add(new Capsule(h.Point(V(s * 0.033f, 0.015f, 0.091f, k)), h.Point(V(s * 0.033f, 0.015f, 0.092f, k)), 0.0075f * k, 0.0075f * k, iris));
            into.Add(new Capsule(h.Point(V(s * 0.097f, 0.012f, -0.005f, k)), h.Point(V(s * 0.097f, -0.018f, -0.005f, k)), 0.016f * k, 0.016f * k, skin));
        }
        into.Add(new Capsule(h.Point(V(0, 0.0f, 0.094f, k)), h.Point(V(0, -0.03f, 0.117f, k)), 0.012f * k, 0.011f * k, skin));
        into.Add(new Capsule(h.Point(V(-0.02f, -0.05f, 0.087f, k)), h.Point(V(0.02f, -0.05f, 0.087f, k)), 0.0075f * k, 0.0075f * k, lips));
        into.Add(new Capsule(j.Trunk.Point(0, b.TrunkLength - 0.03f * k, 0), h.Point(V(0, -0.075f, -0.01f, k)), 0.052f * k, 0.05f * k, skin));

        var t = j.Trunk; float L = b.TrunkLength;
        foreach (float s in (ReadOnlySpan<float>)[1f, -1f])
            into.Add(new Capsule(j.Pelvis.Point(V(s * 0.06f * hw, 0.04f, -0.005f, k)), t.Point(new Vector3(s * 0.075f * k, L - 0.07f * k, 0)), 0.10f * g, 0.108f * g, shorts, shirt, 0.17f));
        into.Add(new Capsule(t.Point(new Vector3(b.ShoulderHalfWidth - 0.035f * k, L - 0.025f * k, 0)),
                             t.Point(new Vector3(-b.ShoulderHalfWidth + 0.035f * k, L - 0.025f * k, 0)), 0.062f * g, 0.062f * g, shirt));
        var p = j.Pelvis;
        into.Add(new Capsule(p.Point(V(0.065f * hw, 0.02f, -0.01f, k)), p.Point(V(-0.065f * hw, 0.02f, -0.01f, k)), 0.105f * g, 0.105f * g, shorts));

        foreach (var side in (ReadOnlySpan<Side>)[Side.Left, Side.Right])
        {
            var l = j.Limb(side);
            var shoe = Appearance.Rgb(side == Side.Left ? look.LeftShoe : look.RightShoe);
            into.Add(new Capsule(l.Hip, l.Knee, 0.085f * g, 0.058f * g, shorts, skin, 0.38f));
            into.Add(new Capsule(l.Knee, l.Ankle, 0.056f * g, 0.036f * g, skin, socks, 0.86f));
            // Kneecap: in front of the distal femur, so a flexed knee has its bony front as on a person.
            var cap = l.Thigh.Point(new Vector3(0, -b.Thigh + 0.012f * k, 0.042f * g));
            into.Add(new Capsule(cap, cap + l.Thigh.R.Y * (-0.012f * k), 0.03f * k, 0.028f * k, skin));
            into.Add(new Capsule(l.Foot.Point(ShoeGeometry.HeelBall(b)), l.Foot.Point(ShoeGeometry.ToeBall(b)),
                                 ShoeGeometry.HeelRadius(b), ShoeGeometry.ToeRadius(b), shoe));
            into.Add(new Capsule(l.Shoulder, l.Elbow, 0.048f * g, 0.038f * g, shirt, skin, 0.35f));
            into.Add(new Capsule(l.Elbow, l.Wrist, 0.036f * g, 0.027f * g, skin));
            var hand = HandLandmarks.Dir(l);
            into.Add(new Capsule(l.Wrist + hand * (0.01f * k), l.Wrist + hand * (0.7f * b.Hand), 0.027f * k, 0.022f * k, skin));
        }
    }

    private static Vector3 V(float x, float y, float z, float k) => new Vector3(x, y, z) * k;
}

/// <summary>Hand landmark positions (index, pinky, thumb) from the forearm frame.</summary>
public static class HandLandmarks
{
    public static Vector3 Dir(LimbJoints l) => Vector3.Normalize(l.Wrist - l.Elbow);

    public static (Vector3 Index, Vector3 Pinky, Vector3 Thumb) Of(LimbJoints l, Side side, BodyProportions b)
    {
        var dir = Dir(l);
        float s = side == Side.Left ? 1f : -1f;
        var lat = l.Forearm.R.X * s;   // lateral (radial side in anatomical position)
        return (l.Wrist + dir * (0.8f * b.Hand),
                l.Wrist + dir * (0.62f * b.Hand) - lat * (0.025f * b.Scale),
                l.Wrist + dir * (0.45f * b.Hand) + lat * (0.03f * b.Scale));
    }
}
