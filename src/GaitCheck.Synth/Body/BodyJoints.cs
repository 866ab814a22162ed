using System.Numerics;
using GaitCheck.Core;

namespace GaitCheck.Synth.Body;

/// <summary>One side's limb frames and joint centres (world metres) produced by <see cref="Kinematics"/>.</summary>
public sealed class LimbJoints
{
    public required Frame3 Thigh { get; init; }
    public required Frame3 Shank { get; init; }
    public required Frame3 Foot { get; init; }
    public required Frame3 UpperArm { get; init; }
    public required Frame3 Forearm { get; init; }
    public Vector3 Hip => Thigh.O;
    public Vector3 Knee => Shank.O;
    public Vector3 Ankle => Foot.O;
    public Vector3 Shoulder => UpperArm.O;
    public Vector3 Elbow => Forearm.O;
    public required Vector3 Wrist { get; init; }
    /// <summary>Back of the heel (posterior-inferior calcaneus), on the shoe's surface.</summary>
    public required Vector3 Heel { get; init; }
    /// <summary>Tip of the second toe, at the front of the shoe.</summary>
    public required Vector3 Toe { get; init; }
}

/// <summary>The posed body: segment frames and joint centres in world metres (y up, ground at y = 0).</summary>
public sealed class BodyJoints
{
    public required BodyProportions Body { get; init; }
    public required Frame3 Pelvis { get; init; }
    public required Frame3 Trunk { get; init; }
    /// <summary>Head frame: origin at the head's centre, upright.</summary>
    public required Frame3 Head { get; init; }
    public required Vector3 NeckBase { get; init; }
    public required LimbJoints Left { get; init; }
    public required LimbJoints Right { get; init; }
    public LimbJoints Limb(Side s) => s == Side.Left ? Left : Right;
    public Vector3 MidHip => (Left.Hip + Right.Hip) * 0.5f;
    public Vector3 MidShoulder => (Left.Shoulder + Right.Shoulder) * 0.5f;

    /// <summary>Lowest point of a shoe's sole above the ground (metres; 0 = touching).</summary>
    public float SoleHeight(Side s) => ShoeGeometry.LowestPoint(Limb(s).Foot, Body);

    /// <summary>Returns the same pose moved by <paramref name="d"/>.</summary>
    public BodyJoints Translated(Vector3 d)
    {
        static Frame3 T(Frame3 f, Vector3 d) => f with { O = f.O + d };
        static LimbJoints L(LimbJoints l, Vector3 d) => new()
        {
            Thigh = T(l.Thigh, d), Shank = T(l.Shank, d), Foot = T(l.Foot, d), UpperArm = T(l.UpperArm, d),
            Forearm = T(l.Forearm, d), Wrist = l.Wrist + d, Heel = l.Heel + d, Toe = l.Toe + d,
        };
        return new BodyJoints
        {
            Body = Body, Pelvis = T(Pelvis, d), Trunk = T(Trunk, d), Head = T(Head, d), NeckBase = NeckBase + d,
            Left = L(Left, d), Right = L(Right, d),
        };
    }
}
