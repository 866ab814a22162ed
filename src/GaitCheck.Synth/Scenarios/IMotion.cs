using GaitCheck.Core;
using GaitCheck.Synth.Body;

namespace GaitCheck.Synth.Scenarios;

/// <summary>A true squat repetition (times in seconds).</summary>
public sealed record TrueRep(int Number, Side StanceSide, double StartTime, double BottomTime, double EndTime);

/// <summary>Kinds of true gait events.</summary>
public enum TrueEventKind { InitialContact, Midstance, ToeOff }

/// <summary>A true gait event (time in seconds).</summary>
public sealed record TrueGaitEvent(Side Side, TrueEventKind Kind, double Time);

/// <summary>A movement over time: the posed, grounded body at any instant plus the true events.</summary>
public interface IMotion
{
    double Duration { get; }
    BodyProportions Body { get; }
    /// <summary>Joint angles at time t (pelvis position included).</summary>
    BodyPose Angles(double t);
    /// <summary>Posed body at time t, in world metres, feet on the ground.</summary>
    BodyJoints Pose(double t);
    IReadOnlyList<TrueRep> Reps { get; }
    IReadOnlyList<TrueGaitEvent> Events { get; }
}
