using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>Where the camera stands relative to the subject. <see cref="LeftSagittal"/> = the camera sees the subject's LEFT side.</summary>
public enum CameraView { Frontal, Posterior, LeftSagittal, RightSagittal, Oblique, Unknown }

/// <summary>A clip's camera view with a confidence in [0,1] and a human-readable reason.</summary>
public sealed record ViewEstimate(CameraView View, double Confidence, string Reason);

/// <summary>What the subject does in the clip. <see cref="DoubleLegSquat"/> (both feet down, hip goes down and up) is an additive extension of the contract: its reps are segmented like single-leg squat reps.</summary>
public enum MovementKind { SingleLegSquat, Running, Walking, Other, DoubleLegSquat }

/// <summary>
/// One squat repetition. <see cref="StanceSide"/> is the stance leg of a single-leg squat; for a
/// <see cref="MovementKind.DoubleLegSquat"/> both legs bear weight and it is <see cref="Side.Left"/> by convention
/// (metrics should then report both sides). Frames are indices into <c>seq.Frames</c>;
/// <see cref="Depth"/> = mid-hip drop at the bottom / leg length (dimensionless).
/// </summary>
public sealed record SquatRep(int Number, Side StanceSide, int StartFrame, int BottomFrame, int EndFrame,
    double StartTime, double BottomTime, double EndTime, double Depth);

/// <summary>Gait event kinds.</summary>
public enum GaitEventKind { InitialContact, Midstance, ToeOff }

/// <summary>One gait event; <see cref="Frame"/> is an index into <c>seq.Frames</c>.</summary>
public sealed record GaitEvent(Side Side, GaitEventKind Kind, int Frame, double Time);

/// <summary>One stride of one foot: contact, midstance, toe-off, next contact of the same foot (frame indices into <c>seq.Frames</c>); times in seconds.</summary>
public sealed record Stride(Side Side, int Number, int ContactFrame, int MidstanceFrame, int ToeOffFrame, int NextContactFrame,
    double StrideTime, double ContactTime);

/// <summary>Options for <see cref="StructureAnalyzer"/>: force the view or the movement instead of detecting them.</summary>
public sealed record StructureOptions
{
    public CameraView? ForceView { get; init; }
    public MovementKind? ForceMovement { get; init; }
    /// <summary>The standing leg of a single-leg squat as the user states it (a batch manifest's stance column); see <see cref="ForcedStance"/>.</summary>
    public Side? ForceStance { get; init; }
    /// <summary>The capture frame rate the user states (<c>--capture-fps</c>), overriding the container's; null = the container's, if any.</summary>
    public double? CaptureFps { get; init; }
    /// <summary>The heuristics' thresholds, weights and fractions; <see cref="AnalysisTuning.Default"/> unless a caller tunes them.</summary>
    public AnalysisTuning Tuning { get; init; } = AnalysisTuning.Default;
}

/// <summary>The structure of one clip: view, movement, squat reps or gait events, and the side-repaired sequence.</summary>
public sealed class ClipStructure
{
    public required ViewEstimate View { get; init; }
    public required MovementKind Movement { get; init; }
    public required double MovementConfidence { get; init; }
    /// <summary>Why the movement was not recognised (<see cref="MovementKind.Other"/>); null when it was.</summary>
    public string? NotRecognisedReason { get; init; }
    /// <summary>The clip looks like slow-motion playback (steps slower than anyone walks or runs): not recognised until --capture-fps is given.</summary>
    public bool SlowMotionSuspected { get; init; }
    /// <summary>Why the camera is judged to move (findings are then not given); null for a fixed camera.</summary>
    public string? CameraMoving { get; init; }
    /// <summary>Stance leg of a single-leg squat; null when the clip holds reps on both legs (each rep has its own).</summary>
    public Side? StanceSide { get; init; }
    public required IReadOnlyList<SquatRep> Reps { get; init; }
    /// <summary>True when at least <see cref="SquatTuning.MinRepsToAverage"/> reps were found, so per-rep values may be averaged.</summary>
    public bool RepsAveragable => Reps.Count >= Tuning.Squat.MinRepsToAverage;
    public required IReadOnlyList<GaitEvent> Events { get; init; }
    public required IReadOnlyList<Stride> Strides { get; init; }
    public double? CadenceStepsPerMinute { get; init; }
    public int SwapsRepaired { get; init; }
    /// <summary>The sequence after left/right repair: the one metrics must use.</summary>
    public required PoseSequence Sequence { get; init; }
    /// <summary>Human-readable notes on how the structure was found (e.g. why a view or movement was chosen, what was skipped).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>The tuning the structure was found with.</summary>
    public AnalysisTuning Tuning { get; init; } = AnalysisTuning.Default;
}
