using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>The movement decision with what it rests on: reps (squats) or events, strides and cadence (gait).</summary>
public sealed record MovementDecision
{
    public required MovementKind Movement { get; init; }
    public required double Confidence { get; init; }
    /// <summary>Why the movement was not recognised (for <see cref="MovementKind.Other"/>), or how it was recognised.</summary>
    public required string Reason { get; init; }
    /// <summary>The measured facts, for the notes.</summary>
    public required string Facts { get; init; }
    public bool SlowMotion { get; init; }
    public Side? Stance { get; init; }
    public IReadOnlyList<SquatRep> Reps { get; init; } = [];
    public IReadOnlyList<GaitEvent> Events { get; init; } = [];
    public IReadOnlyList<Stride> Strides { get; init; } = [];
    public double? Cadence { get; init; }
}

/// <summary>
/// Chooses the movement, or abstains. Order: a forced movement is taken as given; a person who is not upright in the
/// frame (<see cref="Uprightness"/>) or a moving camera (<see cref="CameraMotion"/>) is not recognised; then squat
/// repetitions with one planted foot (per rep, so a clip of left-leg reps then right-leg reps is two sets), alternating
/// steps (running or walking, <see cref="MovementPlausibility.Gait"/>), and repetitions on both feet (double-leg
/// squat). Every label passes <see cref="MovementPlausibility"/>; what fails is "not recognised", with the reason.
/// </summary>
public static class MovementDecider
{
    public static MovementDecision Decide(PoseSequence s, CameraView view, (double RaisedFraction, Side LowerFoot, double HipRange, int Alternations) m,
        MovementKind? forced, Uprightness.Facts upright, CameraMotion.Facts camera, List<string> notes, AnalysisTuning? tuning = null, Side? forcedStance = null)
    {
        ArgumentNullException.ThrowIfNull(s); ArgumentNullException.ThrowIfNull(notes);
        var tn = tuning ?? AnalysisTuning.Default;
        var t = tn.Recognition;
        var anyReps = m.HipRange >= tn.Squat.MinDepth ? SquatSegmenter.Segment(s, Side.Left, tn) : [];
        var typed = anyReps.Select(r => (Rep: r, Stance: RepStance(s, r, tn))).ToList();
        var single = typed.Where(t => t.Stance is not null).Select(t => t.Rep with { StanceSide = t.Stance!.Value }).ToList();
        bool sls = anyReps.Count > 0 && single.Count >= t.SingleLegRepShare * anyReps.Count;
        // Running's hips bob once a step with one foot down, which looks like a fast single-leg "rep": reps that are not
        // plausible squats leave the decision to the gait rules when the feet alternate.
        string? slsBad = sls ? MovementPlausibility.Squat(s, single, view, tn) : null;
        bool slsOk = sls && slsBad is null;
        bool gaitLike = !slsOk && m.Alternations >= t.MinGaitAlternations || forced is MovementKind.Running or MovementKind.Walking;
        // Reps on both feet: both planted, and plausible as squats (null reason).
        bool bothPlanted = BothFeetPlanted(s, anyReps, tn);
        string? dlsBad = anyReps.Count > 0 ? MovementPlausibility.Squat(s, anyReps, view, tn) : null;
        IReadOnlyList<GaitEvent> events = [];
        IReadOnlyList<Stride> strides = [];
        double? cadence = null;
        if (gaitLike)
        {
            events = GaitEventDetector.Detect(s, view, tn);
            strides = StrideTable.Build(s, events);
            cadence = StrideTable.Cadence(s, events, strides, tn);
        }
        var gaitFacts = MovementPlausibility.Measure(events, strides, cadence);
        string facts = gaitLike
            ? $"{Inv.I(strides.Count)} strides, cadence {(cadence is { } c ? Inv.F(c, 1) : "n/a")} steps/min, duty factor {(gaitFacts.DutyFactor is { } dd ? Inv.F(dd, 2) : "n/a")}"
            : $"{Inv.I(anyReps.Count)} squat rep(s), {Inv.I(single.Count)} on one foot";
        MovementDecision Make(MovementKind k, double conf, string reason) => new()
        {
            Movement = k, Confidence = conf, Reason = reason, Facts = facts, Events = events, Strides = strides, Cadence = cadence,
            Reps = k == MovementKind.SingleLegSquat ? single : k == MovementKind.DoubleLegSquat ? anyReps : [],
            Stance = k == MovementKind.SingleLegSquat && single.Count > 0 ? single[0].StanceSide : null,
        };
        MovementDecision No(string reason) => Make(MovementKind.Other, 0, reason);

        if (forced is { } f)
        {
            notes.Add($"movement: {f} (forced by the user)");
            // No rep on one foot found: every rep stands on the leg the user gave, else on the foot lower in the image.
            var stance = forcedStance ?? m.LowerFoot;
            if (f == MovementKind.SingleLegSquat && single.Count == 0)
                return Make(f, 1, "forced") with { Reps = anyReps.Select(r => r with { StanceSide = stance }).ToList(), Stance = stance };
            return Make(f, 1, "forced");
        }
        if (!upright.Upright) return No(upright.Reason);
        if (camera.Moving) return No($"the camera moves ({camera.Reason}), so angles and timings measured in the frame are not trusted; film with the phone fixed on a tripod");

        if (slsOk)
        {
            if (single.Count < anyReps.Count)
                notes.Add($"{Inv.I(anyReps.Count - single.Count)} of {Inv.I(anyReps.Count)} reps were on both feet and are left out of the single-leg squat");
            var sides = single.Select(r => r.StanceSide).Distinct().ToList();
            if (sides.Count == 2)
                notes.Add("both legs: " + string.Join("; ", sides.Select(sd => $"{(sd == Side.Left ? "left" : "right")}-stance reps " +
                    string.Join(", ", single.Where(r => r.StanceSide == sd).Select(r => Inv.I(r.Number))))));
            double share = (double)single.Count / anyReps.Count;
            return Make(MovementKind.SingleLegSquat, Math.Round(Math.Min(1, single.Count / t.FullConfidenceReps) * share, 3), "single-leg squat reps");
        }
        if (gaitLike)
        {
            double seconds = s.Frames.Count > 1 ? s.Frames[^1].Time - s.Frames[0].Time : 0;
            if (MovementPlausibility.SlowMotion(m.Alternations, seconds, gaitFacts, tn) is { } slow)
                return No($"this looks like slow-motion playback: {slow}; give --capture-fps with the rate the phone filmed at (e.g. 120 or 240)") with { SlowMotion = true };
            if (strides.Count == 0) return No("the feet alternate, but no complete stride was found");
            var (kind, conf, reason) = MovementPlausibility.Gait(gaitFacts, tn);
            if (kind is { } k) return Make(k, conf, reason);
            // Heels that seem to alternate in a squat (a deep or wide squat's heel paths cross in the image) do not make
            // it gait; but feet that really step are never a squat, whatever the hips do.
            if (sls || !bothPlanted || dlsBad != null) return No(reason);
        }
        if (sls) return No(slsBad!);
        if (anyReps.Count > 0)
        {
            if (!bothPlanted)
                return No("the hips go down and up, but the feet move as much as the hips: neither a squat on both feet nor on one");
            if (dlsBad != null && m.Alternations >= t.FewStepsAlternations) return No($"not a squat: {dlsBad}; and too few steps for running or walking ({Inv.I(m.Alternations)} foot alternations, at least {Inv.I(t.MinGaitAlternations)})");
            if (dlsBad != null) return No(dlsBad);
            return Make(MovementKind.DoubleLegSquat, Math.Round(Math.Min(1, anyReps.Count / t.FullConfidenceReps) * Math.Min(1, m.HipRange / t.FullConfidenceHipRange), 3), "double-leg squat reps");
        }
        // Alternating feet always took the gait branch above, which decides.
        return No($"neither squat repetitions (hip range {Inv.F(m.HipRange, 2)} leg lengths, at least {Inv.F(tn.Squat.MinDepth, 2)}) nor alternating steps");
    }

    /// <summary>
    /// Both feet stay down during the reps: the ankle that moves more moves less than half as far as the hips (in leg
    /// lengths, 2nd-98th percentile range). A squat on both feet keeps them still; stepping, walking in place or
    /// jumping jacks move them.
    /// </summary>
    public static bool BothFeetPlanted(PoseSequence s, IReadOnlyList<SquatRep> reps, AnalysisTuning? tuning = null)
    {
        if (reps.Count == 0) return false;
        var p = MovementClassifier.PlantedFootDuring(s, reps);
        return p.Free <= (tuning ?? AnalysisTuning.Default).Recognition.FreeFootOverHip * p.HipRange;
    }

    /// <summary>The stance foot of a rep done on one foot, or null for a rep on both feet.</summary>
    private static Side? RepStance(PoseSequence s, SquatRep r, AnalysisTuning tuning)
    {
        var planted = MovementClassifier.PlantedFootDuring(s, [r]);
        if (MovementClassifier.IsSingleLegStance(planted, tuning)) return planted.PlantedFoot;
        var (raised, lower) = MovementClassifier.RaisedFootDuring(s, [r], tuning);
        return raised >= tuning.Recognition.RaisedFractionMin ? lower : null;
    }
}
