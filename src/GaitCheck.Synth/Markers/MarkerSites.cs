using System.Numerics;
using GaitCheck.Core;
using GaitCheck.Synth.Body;

namespace GaitCheck.Synth.Markers;

/// <summary>
/// Where each protocol site is on the mannequin: a point inside the body and the outward direction along which the
/// sticker sits on the skin or clothing. Anatomy for a 1.75 m adult, scaled with height: ASIS about 6 cm above and
/// 2.5 cm lateral of the hip joint centre; PSIS 8 cm above and 4.5 cm from the midline (Bell et al. 1990's pelvis
/// proportions, rounded); thigh marker halfway from the ASIS to the knee marker (Munro 2012); knee marker on the
/// kneecap over the joint centre; ankle marker on the front of the ankle between the malleoli, 3 cm above the joint centre
/// so that it sits on the skin above the shoe; shank markers on the calf's midline at half and
/// 82% of the shank; heel markers on the vertical bisection of the heel counter, 1.2 heel radii (about 5 cm) apart, so two 25 mm stickers do not touch.
/// </summary>
public static class MarkerSites
{
    public static (Vector3 Inside, Vector3 Outward) Of(BodyJoints j, string site, Side side)
    {
        var b = j.Body; float k = b.Scale, s = side == Side.Left ? 1f : -1f;
        var l = j.Limb(side);
        Vector3 Asis() => j.Pelvis.Point(s * (b.HipHalfWidth + 0.025f * k), 0.06f * k, 0);
        return site switch
        {
            "asis" => (Asis(), j.Pelvis.R.Z),
            "psis" => (j.Pelvis.Point(s * 0.045f * k, 0.08f * k, 0), -j.Pelvis.R.Z),
            "thigh" => ((Asis() + Kneecap(l, b)) * 0.5f, l.Thigh.R.Z),
            "knee" => (Kneecap(l, b), l.Thigh.R.Z),
            "ankle" => (l.Shank.Point(0, -b.Shank + 0.03f * k, 0), l.Shank.R.Z),
            "shankProximal" => (l.Shank.Point(0, -0.5f * b.Shank, 0), -l.Shank.R.Z),
            "shankDistal" => (l.Shank.Point(0, -0.82f * b.Shank, 0), -l.Shank.R.Z),
            "calcaneusProximal" => (l.Foot.Point(ShoeGeometry.HeelBall(b) + new Vector3(0, 0.75f * ShoeGeometry.HeelRadius(b), 0)), -l.Foot.R.Z),
            "calcaneusDistal" => (l.Foot.Point(ShoeGeometry.HeelBall(b) - new Vector3(0, 0.45f * ShoeGeometry.HeelRadius(b), 0)), -l.Foot.R.Z),
            _ => throw new ArgumentException($"unknown marker site '{site}'", nameof(site)),
        };
    }

    /// <summary>The knee joint centre's front: the kneecap capsule's centre (MannequinBuilder), over the distal femur.</summary>
    private static Vector3 Kneecap(LimbJoints l, BodyProportions b) => l.Thigh.Point(new Vector3(0, -b.Thigh + 0.012f * b.Scale, 0));
}
