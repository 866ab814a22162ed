using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>
/// Finds a clip's structure: camera view (<see cref="ViewClassifier"/>), left/right repair (<see cref="SideRepair"/>),
/// movement (<see cref="MovementClassifier"/>), then squat reps (<see cref="SquatSegmenter"/>) or gait events,
/// strides and cadence (<see cref="GaitEventDetector"/>, <see cref="StrideTable"/>).
/// </summary>
public static class StructureAnalyzer
{
    /// <summary>Per-rep values are averaged only when at least this many reps were found.</summary>
    public const int MinRepsToAverage = 3;

    public static ClipStructure Analyze(PoseSequence seq, StructureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        options ??= new StructureOptions();
        var notes = new List<string>();
        var detected = ViewClassifier.Classify(seq);
        var view = options.ForceView is { } fv ? new ViewEstimate(fv, 1, $"forced by the user (detected: {detected.View}, {detected.Reason})") : detected;
        notes.Add($"view: {view.View} ({view.Reason})");

        var repair = SideRepair.Repair(seq, view.View);
        var s = repair.Sequence;
        if (repair.SwapsRepaired > 0)
            notes.Add($"left/right: {repair.SwapsRepaired} label swap(s) repaired over {repair.FramesRelabelled} frame(s): " +
                string.Join(", ", repair.Episodes.Select(e => $"{e.Group} {Inv.I(e.StartFrame)}-{Inv.I(e.EndFrame)}")));

        var m = MovementClassifier.Measure(s);
        IReadOnlyList<GaitEvent> events = [];
        IReadOnlyList<Stride> strides = [];
        double? cadence = null;
        MovementKind movement; double confidence; Side? stance = null;
        IReadOnlyList<SquatRep> reps = [];

        // Reps first (any squat), then single- vs double-leg from the feet during the reps.
        var anyReps = m.HipRange >= SquatSegmenter.MinDepth ? SquatSegmenter.Segment(s, Side.Left) : [];
        var (raisedInReps, lowerInReps) = anyReps.Count > 0 ? MovementClassifier.RaisedFootDuring(s, anyReps) : (0.0, Side.Left);
        (double Free, double Planted, double HipRange, Side PlantedFoot) planted = anyReps.Count > 0 ? MovementClassifier.PlantedFootDuring(s, anyReps) : (double.NaN, double.NaN, double.NaN, Side.Left);
        bool plantedSls = MovementClassifier.IsSingleLegStance(planted);
        bool sls = raisedInReps >= MovementClassifier.RaisedFractionMin || plantedSls;
        // The planted foot is the stance foot in every view; the lower foot only when seen from the front.
        if (plantedSls) lowerInReps = planted.PlantedFoot;
        bool gait = m.Alternations >= 4;
        var kind = options.ForceMovement;
        if (kind is null && !sls && gait || kind is MovementKind.Running or MovementKind.Walking)
        {
            events = GaitEventDetector.Detect(s, view.View);
            strides = StrideTable.Build(s, events);
            cadence = StrideTable.Cadence(s, events, strides);
        }
        double? duty = strides.Count > 0 ? strides.Average(x => x.ContactTime / x.StrideTime) : null;

        if (kind is { } k) { movement = k; confidence = 1; notes.Add($"movement: {k} (forced by the user)"); }
        else if (sls) { movement = MovementKind.SingleLegSquat; confidence = plantedSls ? Math.Max(Math.Min(1, raisedInReps), 1 - planted.Planted / planted.Free) : Math.Min(1, raisedInReps); }
        else if (gait && strides.Count > 0)
        {
            bool running = duty < 0.5 || cadence > MovementClassifier.RunningCadence;
            movement = running ? MovementKind.Running : MovementKind.Walking;
            confidence = Math.Min(1, strides.Count / 4.0) * (Math.Abs((duty ?? 0.5) - 0.5) > 0.05 ? 1 : 0.6);
        }
        else if (anyReps.Count > 0)
        { movement = MovementKind.DoubleLegSquat; confidence = Math.Min(1, m.HipRange / 0.15) * 0.8; }
        else { movement = MovementKind.Other; confidence = 0.5; }

        if (movement is MovementKind.SingleLegSquat or MovementKind.DoubleLegSquat)
        {
            if (movement == MovementKind.SingleLegSquat) stance = kind is null ? lowerInReps : m.LowerFoot;
            var repSide = stance ?? Side.Left;
            // The segmentation does not depend on the side (it only labels the reps): reuse the reps found above.
            reps = anyReps.Count > 0 ? anyReps.Select(r => r with { StanceSide = repSide }).ToList() : SquatSegmenter.Segment(s, repSide);
            notes.Add(reps.Count >= MinRepsToAverage ? $"{reps.Count} reps: per-rep values can be averaged"
                : $"only {reps.Count} rep(s): fewer than {MinRepsToAverage}, values are reported per rep and not averaged");
        }
        if (movement is not (MovementKind.Running or MovementKind.Walking)) { events = []; strides = []; cadence = null; }
        notes.Add(kind is null
            ? $"movement: {movement}: raised-foot fraction {Inv.F(m.RaisedFraction, 2)} (during reps {Inv.F(raisedInReps, 2)}), hip range {Inv.F(m.HipRange, 3)} leg, " +
              $"foot alternations {Inv.I(m.Alternations)}, cadence {(cadence is { } c ? Inv.F(c, 1) : "n/a")} steps/min, duty factor {(duty is { } dd ? Inv.F(dd, 2) : "n/a")}"
            : $"movement measured: raised-foot fraction {Inv.F(m.RaisedFraction, 2)}, hip range {Inv.F(m.HipRange, 3)} leg, alternations {Inv.I(m.Alternations)}");

        return new ClipStructure
        {
            View = view,
            Movement = movement,
            MovementConfidence = Math.Round(confidence, 3),
            StanceSide = stance,
            Reps = reps,
            Events = events,
            Strides = strides,
            CadenceStepsPerMinute = cadence,
            SwapsRepaired = repair.SwapsRepaired,
            Sequence = s,
            Notes = notes,
        };
    }
}
