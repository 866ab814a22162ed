using System.Numerics;

namespace GaitCheck.Synth.Body;

/// <summary>
/// One leg's joint angles in degrees. Signs are anatomical and the same for both sides:
/// hip flexion + = thigh forward; adduction + = thigh towards the midline; internal rotation + = knee
/// turns medially; knee flexion + = bent; valgus + = shank's distal end lateral (knee abduction);
/// ankle dorsiflexion + = toes up; subtalar eversion + = heel's lower end lateral (rearfoot valgus).
/// </summary>
public readonly record struct LegAngles(
    float HipFlexion = 0, float HipAdduction = 0, float HipInternalRotation = 0,
    float KneeFlexion = 0, float KneeValgus = 0, float AnkleDorsiflexion = 0, float SubtalarEversion = 0);

/// <summary>One arm's angles in degrees: shoulder flexion + = arm forward; abduction + = arm out to the side; elbow flexion + = bent.</summary>
public readonly record struct ArmAngles(float ShoulderFlexion = 0, float ShoulderAbduction = 0, float ElbowFlexion = 0);

/// <summary>
/// A whole-body pose. The pelvis is the root; legs hang from it by <see cref="LegAngles"/> (relative to the
/// pelvis). The trunk's lean is its angle to the world vertical (as clinicians read trunk lean), pivoting
/// at the lumbar joint. The head stays upright (eyes level).
/// </summary>
public sealed record BodyPose
{
    /// <summary>World position (metres) of the midpoint between the hip joint centres.</summary>
    public Vector3 Pelvis { get; init; }
    /// <summary>Direction faced, degrees about the vertical: 0 faces +z (towards a frontal camera), 90 faces +x.</summary>
    public float Heading { get; init; }
    /// <summary>Pelvic obliquity (degrees): + = left hip joint centre higher than the right.</summary>
    public float PelvisObliquity { get; init; }
    /// <summary>Anterior pelvic tilt (degrees): + = top of the pelvis forward.</summary>
    public float PelvisTilt { get; init; }
    /// <summary>Pelvic rotation (degrees): + = left hip forward.</summary>
    public float PelvisRotation { get; init; }
    public LegAngles Left { get; init; }
    public LegAngles Right { get; init; }
    /// <summary>Trunk forward lean to the vertical (degrees): + = forward.</summary>
    public float TrunkForwardLean { get; init; }
    /// <summary>Trunk lateral lean to the vertical (degrees): + = towards the subject's left.</summary>
    public float TrunkLateralLean { get; init; }
    public ArmAngles LeftArm { get; init; }
    public ArmAngles RightArm { get; init; }
}
