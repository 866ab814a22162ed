using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>
/// Finds a clip's structure: camera view (<see cref="ViewClassifier"/>), left/right repair (<see cref="SideRepair"/>),
/// movement (<see cref="MovementClassifier"/>), then squat reps (<see cref="SquatSegmenter"/>) or gait events,
/// strides and cadence (<see cref="GaitEventDetector"/>, <see cref="StrideTable"/>).
/// </summary>
public static class StructureAnalyzer
{
    /// <summary>Per-rep values are averaged only when at least this many reps were found (<see cref="SquatTuning.MinRepsToAverage"/> of <see cref="AnalysisTuning.Default"/>).</summary>
    public static int MinRepsToAverage => AnalysisTuning.Default.Squat.MinRepsToAverage;

    public static ClipStructure Analyze(PoseSequence seq, StructureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        options ??= new StructureOptions();
        var t = options.Tuning;
        var notes = new List<string>();
        (seq, string? timeNote) = CaptureTime.ToCapture(seq, options.CaptureFps, t);
        if (timeNote != null) notes.Add(timeNote);
        var detected = ViewClassifier.Classify(seq, t);
        var view = options.ForceView is { } fv ? new ViewEstimate(fv, 1, $"forced by the user (detected: {detected.View}, {detected.Reason})") : detected;
        notes.Add($"view: {view.View} ({view.Reason})");

        var repair = SideRepair.Repair(seq, view.View, t);
        var s = repair.Sequence;
        if (repair.SwapsRepaired > 0)
            notes.Add($"left/right: {repair.SwapsRepaired} label swap(s) repaired over {repair.FramesRelabelled} frame(s): " +
                string.Join(", ", repair.Episodes.Select(e => $"{e.Group} {Inv.I(e.StartFrame)}-{Inv.I(e.EndFrame)}")));

        var m = MovementClassifier.Measure(s, t);
        var kind = options.ForceMovement;
        var upright = Uprightness.Measure(s, t);
        var camera = CameraMotion.FromNotes(s, t);
        if (camera.Moving) notes.Add($"camera: {camera.Reason}");
        var d = MovementDecider.Decide(s, view.View, m, kind, upright, camera, notes, t, options.ForceStance);
        if (options.ForceStance is { } fs) d = ForcedStance.Apply(d, fs, notes);

        var reps = d.Reps;   // the decider's: single-leg reps carry their own stance, double-leg reps Left by convention
        if (d.Movement is MovementKind.SingleLegSquat or MovementKind.DoubleLegSquat)
        {
            notes.Add(reps.Count >= t.Squat.MinRepsToAverage ? $"{reps.Count} reps: per-rep values can be averaged"
                : $"only {reps.Count} rep(s): fewer than {t.Squat.MinRepsToAverage}, values are reported per rep and not averaged");
        }
        bool gait = d.Movement is MovementKind.Running or MovementKind.Walking;
        var events = gait ? d.Events : [];
        var strides = gait ? d.Strides : [];
        double? cadence = gait ? d.Cadence : null;
        // One stance leg, or null for a clip with sets on both legs.
        Side? stance = d.Movement == MovementKind.SingleLegSquat && reps.Select(r => r.StanceSide).Distinct().Count() <= 1 ? d.Stance : null;
        notes.Add(kind is null
            ? $"movement: {d.Movement}: raised-foot fraction {Inv.F(m.RaisedFraction, 2)}, hip range {Inv.F(m.HipRange, 3)} leg, " +
              $"foot alternations {Inv.I(m.Alternations)}, {d.Facts}"
            : $"movement measured: raised-foot fraction {Inv.F(m.RaisedFraction, 2)}, hip range {Inv.F(m.HipRange, 3)} leg, alternations {Inv.I(m.Alternations)}");

        return new ClipStructure
        {
            View = view,
            Movement = d.Movement,
            MovementConfidence = Math.Round(d.Confidence, 3),
            NotRecognisedReason = d.Movement != MovementKind.Other ? null : kind is null ? d.Reason : "set to 'other' by --movement",
            SlowMotionSuspected = d.SlowMotion,
            CameraMoving = camera.Moving ? camera.Reason : null,
            StanceSide = stance,
            Reps = reps,
            Events = events,
            Strides = strides,
            CadenceStepsPerMinute = cadence,
            SwapsRepaired = repair.SwapsRepaired,
            Sequence = s,
            Notes = notes,
            Tuning = t,
        };
    }
}
