using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Session;

/// <summary>What a clip is for in a clinical session: a single-leg squat on one leg, running filmed from one side, walking.</summary>
public enum ClipRole { SquatLeft, SquatRight, RunPosterior, RunFrontal, RunSagittal, Walk, Other }

/// <summary>Role names as typed ("squat-left"), parsed and detected from what the analysis recognised.</summary>
public static class ClipRoles
{
    /// <summary>Every role's name, in <see cref="ClipRole"/> order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ClipRole>().Select(Name)];

    public static string Name(ClipRole r) => r switch
    {
        ClipRole.SquatLeft => "squat-left",
        ClipRole.SquatRight => "squat-right",
        ClipRole.RunPosterior => "run-posterior",
        ClipRole.RunFrontal => "run-frontal",
        ClipRole.RunSagittal => "run-sagittal",
        ClipRole.Walk => "walk",
        _ => "other",
    };

    /// <summary>The role named <paramref name="s"/> (case and '_' ignored), or null when it names none.</summary>
    public static ClipRole? Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        string n = s.Trim().ToLowerInvariant().Replace('_', '-');
        foreach (var r in Enum.GetValues<ClipRole>()) if (Name(r) == n) return r;
        return null;
    }

    /// <summary>The movement a role forces on the analysis (null: recognise it).</summary>
    public static MovementKind? Movement(ClipRole r) => r switch
    {
        ClipRole.SquatLeft or ClipRole.SquatRight => MovementKind.SingleLegSquat,
        ClipRole.RunPosterior or ClipRole.RunFrontal or ClipRole.RunSagittal => MovementKind.Running,
        ClipRole.Walk => MovementKind.Walking,
        _ => null,
    };

    /// <summary>The view a role forces (running from behind or in front); null: recognise it (squats, sagittal side, walking).</summary>
    public static CameraView? View(ClipRole r) => r switch
    {
        ClipRole.RunPosterior => CameraView.Posterior,
        ClipRole.RunFrontal => CameraView.Frontal,
        _ => null,
    };

    /// <summary>The stance leg a squat role names.</summary>
    public static Side? Stance(ClipRole r) => r switch { ClipRole.SquatLeft => Side.Left, ClipRole.SquatRight => Side.Right, _ => null };

    /// <summary>The role of a clip from its recognised movement, stance leg and view.</summary>
    public static ClipRole Detect(AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Detect(r.Movement.Kind, r.Movement.StanceSide, r.View.View);
    }

    public static ClipRole Detect(MovementKind movement, Side? stance, CameraView view) => movement switch
    {
        MovementKind.SingleLegSquat => stance == Side.Right ? ClipRole.SquatRight : stance == Side.Left ? ClipRole.SquatLeft : ClipRole.Other,
        MovementKind.Running => view switch
        {
            CameraView.Posterior => ClipRole.RunPosterior,
            CameraView.Frontal => ClipRole.RunFrontal,
            CameraView.LeftSagittal or CameraView.RightSagittal => ClipRole.RunSagittal,
            _ => ClipRole.Other,
        },
        MovementKind.Walking => ClipRole.Walk,
        _ => ClipRole.Other,
    };
}
