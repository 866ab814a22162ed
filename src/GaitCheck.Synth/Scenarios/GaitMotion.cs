using System.Numerics;
using GaitCheck.Core;
using GaitCheck.Synth.Body;

namespace GaitCheck.Synth.Scenarios;

/// <summary>
/// Treadmill running or walking in place (the subject stays at the origin; the stance foot slides back
/// as on a belt). The right leg runs half a cycle behind the left. Stance = phase [0, duty); the scenario's
/// pelvic drop, rearfoot eversion and knee valgus follow a half-sine over each stance (peak at midstance).
/// The pelvis height puts the lowest stance-shoe point on the ground; in running's flight phases it
/// follows a ballistic arc from toe-off height to the next contact height. True events come from the
/// phase: initial contact at phase 0, midstance at duty/2, toe-off at duty.
/// </summary>
public sealed class GaitMotion : IMotion
{
    private readonly GaitSpec _g;
    private readonly GaitCycle _cycle;
    private readonly double _period, _duty;
    private readonly bool _running;
    private readonly List<TrueGaitEvent> _events = [];

    public GaitMotion(GaitSpec spec, bool running, BodyProportions body)
    {
        _g = spec; _running = running; Body = body;
        _cycle = running ? GaitCycle.Running : GaitCycle.Walking;
        _duty = spec.DutyFactor ?? (running ? 0.36 : 0.62);
        _period = 120.0 / spec.CadenceStepsPerMinute;
        Duration = spec.Seconds;
        foreach (var side in (ReadOnlySpan<Side>)[Side.Left, Side.Right])
        {
            double offset = Offset(side);
            for (int k = -1; k <= (int)(Duration / _period) + 1; k++)
            {
                Add(side, TrueEventKind.InitialContact, (k - offset) * _period);
                Add(side, TrueEventKind.Midstance, (k - offset + _duty / 2) * _period);
                Add(side, TrueEventKind.ToeOff, (k - offset + _duty) * _period);
            }
        }
        _events.Sort((a, b) => a.Time.CompareTo(b.Time));
    }

    private void Add(Side s, TrueEventKind k, double t) { if (t >= 0 && t <= Duration) _events.Add(new TrueGaitEvent(s, k, t)); }

    public double Duration { get; }
    public BodyProportions Body { get; }
    public double Period => _period;
    public double Duty => _duty;
    public IReadOnlyList<TrueRep> Reps => [];
    public IReadOnlyList<TrueGaitEvent> Events => _events;

    private double Offset(Side s) => s == Side.Left ? _g.StartPhase : _g.StartPhase + 0.5;

    /// <summary>Phase of a side's cycle in [0,1) at time t.</summary>
    public double Phase(Side s, double t) { double p = t / _period + Offset(s); return p - Math.Floor(p); }

    public bool InStance(Side s, double t) => Phase(s, t) < _duty;

    private double StanceBump(Side s, double t) { double p = Phase(s, t); return p < _duty ? Math.Sin(Math.PI * p / _duty) : 0; }

    private LegAngles Leg(Side s, double t)
    {
        double p = Phase(s, t), w = _cycle.Warp(p, _duty);
        double bump = StanceBump(s, t);
        double dIc = Math.Min(p, 1 - p);                       // distance to initial contact in phase
        double os = _g.Overstride * Math.Exp(-dIc * dIc / (2 * 0.07 * 0.07));
        return new LegAngles(
            HipFlexion: (float)(_cycle.Hip.At(w) + os),
            HipAdduction: (float)((_g.PelvicDrop + 0.4 * _g.KneeValgus) * bump),
            HipInternalRotation: (float)(0.6 * _g.KneeValgus * bump),
            KneeFlexion: (float)(_cycle.Knee.At(w) - 0.5 * os),
            KneeValgus: (float)(0.4 * _g.KneeValgus * bump),
            AnkleDorsiflexion: (float)_cycle.Ankle.At(w),
            SubtalarEversion: (float)(_g.RearfootEversion * bump));
    }

    public BodyPose Angles(double t)
    {
        var l = Leg(Side.Left, t); var r = Leg(Side.Right, t);
        float armGain = _running ? 0.9f : 0.6f, elbow = _running ? 88 : 18;
        return new BodyPose
        {
            Pelvis = Vector3.Zero,
            PelvisObliquity = (float)(_g.PelvicDrop * (StanceBump(Side.Left, t) - StanceBump(Side.Right, t))),
            PelvisRotation = 0.12f * (l.HipFlexion - r.HipFlexion),
            Left = l, Right = r,
            TrunkForwardLean = _running ? 7 : 2,
            LeftArm = new ArmAngles(armGain * (r.HipFlexion - 8), 8, elbow),
            RightArm = new ArmAngles(armGain * (l.HipFlexion - 8), 8, elbow),
        };
    }

    /// <summary>Pelvis height (metres) that puts the stance foot on the ground at time t.</summary>
    public float PelvisHeight(double t)
    {
        float need = StanceHeight(t);
        if (!float.IsNegativeInfinity(need)) return need;
        // Flight: ballistic arc from the last toe-off to the next initial contact.
        double phaseR = Phase(Side.Right, t), phaseL = Phase(Side.Left, t);
        double sinceTo = Math.Min(phaseL < _duty ? 1 : phaseL - _duty, phaseR < _duty ? 1 : phaseR - _duty) * _period;
        double flight = (0.5 - _duty) * _period;
        double t0 = t - sinceTo, t1 = t0 + flight;
        float h0 = StanceHeight(t0 - 1e-6), h1 = StanceHeight(t1 + 1e-6);
        double u = Math.Clamp(sinceTo / flight, 0, 1);
        return (float)(h0 + (h1 - h0) * u + 0.5 * 9.81 * (sinceTo) * (flight - sinceTo));
    }

    /// <summary>Pelvis height that keeps every stance foot on or above the ground (-inf when no foot is in stance).</summary>
    private float StanceHeight(double t)
    {
        float need = float.NegativeInfinity;
        var j = Kinematics.Solve(Angles(t), Body);
        foreach (var s in (ReadOnlySpan<Side>)[Side.Left, Side.Right])
            if (InStance(s, t)) need = MathF.Max(need, -j.SoleHeight(s));
        return need;
    }

    public BodyJoints Pose(double t)
    {
        var j = Kinematics.Solve(Angles(t), Body);
        return j.Translated(new Vector3(0, PelvisHeight(t), 0));
    }
}
