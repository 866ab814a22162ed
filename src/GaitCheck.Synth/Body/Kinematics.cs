using System.Numerics;
using GaitCheck.Core;

namespace GaitCheck.Synth.Body;

/// <summary>
/// Forward kinematics: joint angles to segment frames. Each joint applies flexion, then ab/adduction, then
/// axial rotation about the distal segment's long axis, intrinsically (the joint coordinate system of
/// Grood &amp; Suntay 1983, as adopted by the ISB, Wu et al. 2002). Axes of every frame in neutral stance:
/// x = subject's left, y = up, z = forward. A side sign (left +1, right -1) mirrors the frontal-plane and
/// axial angles so that the same positive angle means the same anatomical motion on both sides.
/// </summary>
public static class Kinematics
{
    public static BodyJoints Solve(BodyPose pose, BodyProportions body)
    {
        var pelvisR = Rot3.AboutY(pose.Heading) * Rot3.AboutY(-pose.PelvisRotation)
                      * Rot3.AboutZ(pose.PelvisObliquity) * Rot3.AboutX(pose.PelvisTilt);
        var pelvis = new Frame3(pelvisR, pose.Pelvis);
        var trunkR = Rot3.AboutY(pose.Heading) * Rot3.AboutX(pose.TrunkForwardLean) * Rot3.AboutZ(-pose.TrunkLateralLean);
        var trunk = new Frame3(trunkR, pelvis.Point(0, body.LumbarAbovePelvis, 0));
        var neck = trunk.Point(0, body.TrunkLength, 0);
        var head = new Frame3(Rot3.AboutY(pose.Heading), neck + new Vector3(0, body.NeckToHeadCentre, 0));
        return new BodyJoints
        {
            Body = body, Pelvis = pelvis, Trunk = trunk, Head = head, NeckBase = neck,
            Left = Limb(Side.Left, pose.Left, pose.LeftArm, pelvis, trunk, body),
            Right = Limb(Side.Right, pose.Right, pose.RightArm, pelvis, trunk, body),
        };
    }

    private static LimbJoints Limb(Side side, LegAngles leg, ArmAngles arm, Frame3 pelvis, Frame3 trunk, BodyProportions b)
    {
        float s = side == Side.Left ? 1f : -1f;
        var hip = pelvis.Point(s * b.HipHalfWidth, 0, 0);
        var thighR = pelvis.R * Rot3.AboutX(-leg.HipFlexion) * Rot3.AboutZ(-s * leg.HipAdduction) * Rot3.AboutY(-s * leg.HipInternalRotation);
        var thigh = new Frame3(thighR, hip);
        var shankR = thighR * Rot3.AboutX(leg.KneeFlexion) * Rot3.AboutZ(s * leg.KneeValgus);
        var shank = new Frame3(shankR, thigh.Point(0, -b.Thigh, 0));
        var footR = shankR * Rot3.AboutX(-leg.AnkleDorsiflexion) * Rot3.AboutZ(s * leg.SubtalarEversion);
        var foot = new Frame3(footR, shank.Point(0, -b.Shank, 0));

        var upperR = trunk.R * Rot3.AboutX(-arm.ShoulderFlexion) * Rot3.AboutZ(s * arm.ShoulderAbduction);
        var upper = new Frame3(upperR, trunk.Point(s * b.ShoulderHalfWidth, b.TrunkLength, 0));
        var foreR = upperR * Rot3.AboutX(-arm.ElbowFlexion);
        var fore = new Frame3(foreR, upper.Point(0, -b.UpperArm, 0));
        return new LimbJoints
        {
            Thigh = thigh, Shank = shank, Foot = foot, UpperArm = upper, Forearm = fore,
            Wrist = fore.Point(0, -b.Forearm, 0),
            Heel = foot.Point(ShoeGeometry.HeelPoint(b)),
            Toe = foot.Point(ShoeGeometry.ToePoint(b)),
        };
    }
}
