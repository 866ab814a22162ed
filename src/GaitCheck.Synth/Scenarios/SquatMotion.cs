using System.Numerics;
using GaitCheck.Core;
using GaitCheck.Synth.Body;

namespace GaitCheck.Synth.Scenarios;

/// <summary>
/// Single-leg squats on a planted stance foot. Each rep: descent (cosine ease), a pause at the bottom,
/// ascent, then a standing pause. At depth fraction u (0 standing, 1 bottom) the stance knee flexes to
/// the scenario depth, the hip flexes 0.85x as much, the ankle dorsiflexes to keep the foot flat, the
/// trunk leans forward, and the scenario's valgus, contralateral pelvic drop and lateral trunk lean grow
/// in proportion to u. Pelvic drop is pelvic obliquity with an equal added stance-hip adduction, so the
/// stance leg keeps its orientation while the free side falls (as in Trendelenburg-type drop).
/// Rep times here are the motion's phases: descent begins, middle of the bottom pause, ascent ends. The TRUE rep
/// start and end events are where the mid-hip drop crosses 5% of the rep depth (the analysis's and OpenCap's
/// definition), computed from these phases by <see cref="Truth.TrueRepEdges"/>; the true bottom is the pause's middle.
/// </summary>
public sealed class SquatMotion : IMotion
{
    private readonly SquatSpec _s;
    private readonly Vector3 _anchor;
    private readonly List<TrueRep> _reps = [];

    public SquatMotion(SquatSpec spec, BodyProportions body)
    {
        _s = spec; Body = body;
        double t = spec.LeadInSeconds;
        for (int i = 0; i < spec.Reps; i++)
        {
            double start = t, bottom = t + spec.DescentSeconds + spec.BottomPauseSeconds / 2;
            double end = t + spec.DescentSeconds + spec.BottomPauseSeconds + spec.AscentSeconds;
            _reps.Add(new TrueRep(i + 1, spec.Stance, start, bottom, end));
            t = end + (i < spec.Reps - 1 ? spec.PauseSeconds : 0);
        }
        Duration = t + spec.TailSeconds;
        var standing = Kinematics.Solve(AnglesAt(0), body);
        _anchor = standing.Limb(spec.Stance).Ankle;
    }

    public double Duration { get; }
    public BodyProportions Body { get; }
    public IReadOnlyList<TrueRep> Reps => _reps;
    public IReadOnlyList<TrueGaitEvent> Events => [];

    /// <summary>Depth fraction in [0,1] at time t.</summary>
    public double Depth(double t)
    {
        foreach (var r in _reps)
        {
            double d0 = r.StartTime, d1 = d0 + _s.DescentSeconds, a0 = d1 + _s.BottomPauseSeconds, a1 = r.EndTime;
            if (t < d0) return 0;
            if (t < d1) return Ease((t - d0) / _s.DescentSeconds);
            if (t < a0) return 1;
            if (t < a1) return 1 - Ease((t - a0) / _s.AscentSeconds);
        }
        return 0;
    }

    private static double Ease(double x) => 0.5 - 0.5 * Math.Cos(Math.PI * Math.Clamp(x, 0, 1));

    public BodyPose Angles(double t) => AnglesAt((float)Depth(t), FreeLegLift(t));

    /// <summary>How far the free leg is lifted at time t: 0 standing on both feet, 1 lifted (<see cref="SquatSpec.BothFeetDownSeconds"/>).</summary>
    private float FreeLegLift(double t)
    {
        double down = _s.BothFeetDownSeconds;
        return down <= 0 ? 1 : (float)Ease((t - down) / (_s.LeadInSeconds - down));
    }

    private BodyPose AnglesAt(float u, float lift = 1)
    {
        float kneeFlex = 4 + (_s.DepthKneeFlexion - 4) * u;
        float hipFlex = 6 + 0.85f * (_s.DepthKneeFlexion - 6) * u;
        float drop = _s.PelvicDrop * u, v = _s.KneeValgus * u;
        var stanceLeg = new LegAngles(
            HipFlexion: hipFlex, HipAdduction: drop + 0.4f * v, HipInternalRotation: 0.6f * v,
            KneeFlexion: kneeFlex, KneeValgus: 0.4f * v, AnkleDorsiflexion: kneeFlex - hipFlex);
        var lifted = new LegAngles(HipFlexion: 22 + 10 * u, HipAdduction: -4, KneeFlexion: 80, AnkleDorsiflexion: -15);
        // Before the lift, the free leg stands as the stance leg does (u is 0 during the lead-in).
        var freeLeg = lift >= 1 ? lifted : Blend(stanceLeg, lifted, lift);
        bool left = _s.Stance == Side.Left;
        float sideSign = left ? 1 : -1;
        var arm = new ArmAngles(ShoulderFlexion: 55 + 25 * u, ShoulderAbduction: 12, ElbowFlexion: 25);
        return new BodyPose
        {
            Pelvis = Vector3.Zero,
            PelvisObliquity = sideSign * drop,
            Left = left ? stanceLeg : freeLeg,
            Right = left ? freeLeg : stanceLeg,
            TrunkForwardLean = 4 + 0.45f * _s.DepthKneeFlexion * u,
            TrunkLateralLean = sideSign * _s.TrunkLean * u,
            LeftArm = arm, RightArm = arm,
        };
    }

    private static LegAngles Blend(LegAngles a, LegAngles b, float w) => new(
        a.HipFlexion + w * (b.HipFlexion - a.HipFlexion), a.HipAdduction + w * (b.HipAdduction - a.HipAdduction),
        a.HipInternalRotation + w * (b.HipInternalRotation - a.HipInternalRotation), a.KneeFlexion + w * (b.KneeFlexion - a.KneeFlexion),
        a.KneeValgus + w * (b.KneeValgus - a.KneeValgus), a.AnkleDorsiflexion + w * (b.AnkleDorsiflexion - a.AnkleDorsiflexion),
        a.SubtalarEversion + w * (b.SubtalarEversion - a.SubtalarEversion));

    public BodyJoints Pose(double t)
    {
        var j = Kinematics.Solve(Angles(t), Body);
        var ankle = j.Limb(_s.Stance).Ankle;
        return j.Translated(new Vector3(_anchor.X - ankle.X, -j.SoleHeight(_s.Stance), _anchor.Z - ankle.Z));
    }
}
