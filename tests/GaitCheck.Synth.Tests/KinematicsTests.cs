using System.Numerics;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;

namespace GaitCheck.Synth.Tests;

public class KinematicsTests
{
    private static readonly BodyProportions Body = new(1.75f);

    private static P2 Px(PinholeCamera cam, Vector3 p) { var v = cam.Project(p); return new P2(v.X, v.Y); }

    [Fact]
    public void Neutral_pose_stacks_joints_vertically_with_Winter_lengths()
    {
        var j = Kinematics.Solve(new BodyPose(), Body);
        foreach (var l in new[] { j.Left, j.Right })
        {
            Assert.Equal(l.Hip.X, l.Knee.X, 5); Assert.Equal(l.Hip.Z, l.Ankle.Z, 5);
            Assert.Equal(Body.Thigh, Vector3.Distance(l.Hip, l.Knee), 4);
            Assert.Equal(Body.Shank, Vector3.Distance(l.Knee, l.Ankle), 4);
            Assert.Equal(-Body.HipHeight + Body.AnkleHeight, l.Ankle.Y, 3);
            Assert.Equal(-Body.HipHeight, j.SoleHeight(Side.Left), 3);   // sole on y = -hip height when the pelvis is at 0
        }
        Assert.True(j.Left.Hip.X > 0 && j.Right.Hip.X < 0, "subject's left is +x");
        Assert.True(j.Left.Toe.Z > j.Left.Ankle.Z && j.Left.Heel.Z < j.Left.Ankle.Z, "feet point forward (+z)");
    }

    [Fact]
    public void Hip_flexion_90_puts_the_knee_forward_at_hip_height_and_knee_flexion_90_drops_the_shank()
    {
        var j = Kinematics.Solve(new BodyPose { Left = new LegAngles(HipFlexion: 90, KneeFlexion: 90) }, Body);
        Assert.Equal(j.Left.Hip.Y, j.Left.Knee.Y, 4);
        Assert.Equal(Body.Thigh, j.Left.Knee.Z - j.Left.Hip.Z, 4);
        Assert.Equal(j.Left.Knee.Z, j.Left.Ankle.Z, 4);
        Assert.Equal(-Body.Shank, j.Left.Ankle.Y - j.Left.Knee.Y, 4);
    }

    [Theory]
    [InlineData(Side.Left, 10f)]
    [InlineData(Side.Right, 10f)]
    [InlineData(Side.Left, -7f)]
    [InlineData(Side.Right, 18f)]
    public void Knee_valgus_is_reproduced_by_Geometry2D_Fppa_in_frontal_and_posterior_views(Side side, float valgus)
    {
        var leg = new LegAngles(KneeValgus: valgus);
        var j = Kinematics.Solve(new BodyPose { Pelvis = new Vector3(0, 0.93f, 0), Left = leg, Right = leg }, Body);
        var l = j.Limb(side);
        foreach (var (z, view) in new[] { (6f, CameraView.Frontal), (-6f, CameraView.Posterior) })
        {
            var cam = new PinholeCamera(new Vector3(0.3f, 1.1f, z), new Vector3(0, 0.8f, 0), 640, 480, 800);
            double fppa = Geometry2D.Fppa(Px(cam, l.Hip), Px(cam, l.Knee), Px(cam, l.Ankle), side, view);
            Assert.InRange(fppa, valgus - 0.1, valgus + 0.1);
        }
    }

    [Theory]
    [InlineData(Side.Left, 8f)]
    [InlineData(Side.Right, 8f)]
    [InlineData(Side.Right, -5f)]
    public void Subtalar_eversion_tilts_the_heel_laterally_as_the_rearfoot_proxy_reads_it(Side side, float eversion)
    {
        var leg = new LegAngles(SubtalarEversion: eversion);
        var j = Kinematics.Solve(new BodyPose { Pelvis = new Vector3(0, 0.93f, 0), Left = leg, Right = leg }, Body);
        var l = j.Limb(side);
        // Camera straight behind the ankle, at ankle height: heel and ankle lie on its axis plane.
        var cam = new PinholeCamera(new Vector3(l.Ankle.X, l.Ankle.Y, -8f), new Vector3(l.Ankle.X, l.Ankle.Y, 0), 640, 480, 2000);
        double rf = Geometry2D.RearfootEversion(Px(cam, l.Knee), Px(cam, l.Ankle), Px(cam, l.Heel), side, CameraView.Posterior);
        Assert.InRange(rf, eversion - 0.1, eversion + 0.1);
    }

    [Theory]
    [InlineData(5f)]
    [InlineData(-3f)]
    public void Pelvic_obliquity_is_read_as_pelvic_drop_in_a_frontal_view(float obliquity)
    {
        var j = Kinematics.Solve(new BodyPose { Pelvis = new Vector3(0, 0.93f, 0), PelvisObliquity = obliquity }, Body);
        var cam = new PinholeCamera(new Vector3(0, 0.93f, 5f), new Vector3(0, 0.93f, 0), 640, 480, 900);
        // + obliquity = left hip higher = right hip dropped = contralateral drop for a LEFT stance.
        double drop = Geometry2D.PelvicDrop(Px(cam, j.Left.Hip), Px(cam, j.Right.Hip), Side.Left, CameraView.Frontal);
        Assert.InRange(drop, obliquity - 0.1, obliquity + 0.1);
    }

    [Fact]
    public void Trunk_lateral_lean_and_hip_adduction_have_anatomical_signs()
    {
        var j = Kinematics.Solve(new BodyPose { TrunkLateralLean = 10, Left = new LegAngles(HipAdduction: 10) }, Body);
        Assert.True(j.MidShoulder.X > j.MidHip.X + 0.03f, "lean towards the left moves the shoulders to +x");
        Assert.True(j.Left.Knee.X < j.Left.Hip.X - 0.05f, "left hip adduction moves the knee towards the midline (-x)");
    }
}
