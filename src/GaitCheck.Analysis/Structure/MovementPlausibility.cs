using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Whether a candidate movement label is physiologically plausible, and how confident the label is. A label that
/// any rule rejects is not given (the movement is "not recognised", with the rule's reason); otherwise the
/// confidence is the smallest margin of the rules that apply, so a label near a limit is not given confidence 1.
/// <list type="bullet">
/// <item>Running: cadence 130-230 steps/min (recreational to sprint running: Heiderscheit et al. 2011, Med Sci
/// Sports Exerc 43:296-302, ~150-190; elite sprinting reaches ~260 only at the very top end, which a phone clip of a
/// patient does not show); duty factor (contact / stride time) below 0.5, the flight phase that defines running
/// (Novacheck 1998, Gait Posture 7:77-95); median contact time 0.10-0.45 s.</item>
/// <item>Walking: cadence 60-140 steps/min (Tudor-Locke et al. 2011, Int J Behav Nutr Phys Act 8:79, free to
/// fast walking ~90-130; 60 is a very slow shuffle); duty factor above 0.5 (a double support); median contact time
/// 0.35-1.5 s.</item>
/// <item>Both: at least <see cref="RecognitionTuning.MinStrides"/> strides, contacts that alternate left and right (≥ 75% of
/// consecutive contacts), and stride times that repeat (coefficient of variation ≤ 0.25; healthy gait varies by
/// 2-5%: Hausdorff 2005, J NeuroEng Rehabil 2:19).</item>
/// <item>Squats: median rep duration 0.7-8 s (start to end), and, seen from the front or behind, hips that go down
/// more than they travel sideways (a lateral lunge or a step moves the pelvis sideways as far as down).</item>
/// </list>
/// The limits are wide on purpose: they reject what no person's running, walking or squatting produces, not
/// unusual but real movement.
/// </summary>
public static class MovementPlausibility
{
    /// <summary>The gait facts the decision rests on (cadence in steps/min, times in seconds).</summary>
    public sealed record GaitFacts(int Strides, double? Cadence, double? DutyFactor, double? MedianContact, double Alternation, double StrideCv);

    /// <summary>Measures <see cref="GaitFacts"/> from detected events and strides.</summary>
    public static GaitFacts Measure(IReadOnlyList<GaitEvent> events, IReadOnlyList<Stride> strides, double? cadence)
    {
        ArgumentNullException.ThrowIfNull(events); ArgumentNullException.ThrowIfNull(strides);
        var ics = events.Where(e => e.Kind == GaitEventKind.InitialContact).OrderBy(e => e.Frame).ToList();
        int pairs = ics.Count - 1, alternating = 0;
        for (int i = 1; i < ics.Count; i++) if (ics[i].Side != ics[i - 1].Side) alternating++;
        double alternation = pairs > 0 ? (double)alternating / pairs : 0;
        double? duty = strides.Count > 0 ? strides.Average(s => s.ContactTime / s.StrideTime) : null;
        double? contact = strides.Count > 0 ? Median(strides.Select(s => s.ContactTime).ToList()) : null;
        double cv = double.NaN;
        if (strides.Count >= 2)
        {
            var t = strides.Select(s => s.StrideTime).ToList();
            double mean = t.Average();
            cv = Math.Sqrt(t.Sum(x => (x - mean) * (x - mean)) / (t.Count - 1)) / mean;
        }
        return new GaitFacts(strides.Count, cadence, duty, contact, alternation, cv);
    }

    /// <summary>Running, walking, or not recognised (null kind) with the reason, from <paramref name="f"/>.</summary>
    public static (MovementKind? Kind, double Confidence, string Reason) Gait(GaitFacts f, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var t = (tuning ?? AnalysisTuning.Default).Recognition;
        if (f.Strides < t.MinStrides)
            return (null, 0, $"only {Inv.I(f.Strides)} complete stride(s): too few alternating cycles to tell running or walking (at least {Inv.I(t.MinStrides)})");
        if (f.Alternation < t.MinAlternation)
            return (null, 0, $"the feet's contacts do not alternate left and right ({Inv.F(100 * f.Alternation, 0)}% of consecutive contacts, at least {Inv.F(100 * t.MinAlternation, 0)}%)");
        if (f.StrideCv > t.MaxStrideCv)
            return (null, 0, $"stride times do not repeat (variation {Inv.F(100 * f.StrideCv, 0)}%, at most {Inv.F(100 * t.MaxStrideCv, 0)}% in real gait)");
        double cad = f.Cadence ?? double.NaN, duty = f.DutyFactor ?? double.NaN, contact = f.MedianContact ?? double.NaN;
        bool runDuty = duty < t.FlightDutyFactor, walkDuty = duty >= t.FlightDutyFactor;
        string facts = $"cadence {Inv.F(cad, 0)} steps/min, duty factor {Inv.F(duty, 2)}, contact {Inv.F(1000 * contact, 0)} ms";
        if (runDuty && cad >= t.RunCadenceMin && cad <= t.RunCadenceMax && contact >= t.RunContactMin && contact <= t.RunContactMax)
            return (MovementKind.Running, Confidence(f, t, Margin(cad, t.RunCadenceMin, t.RunCadenceMax), Margin(duty, t.RunDutyMin, t.FlightDutyFactor), Margin(contact, t.RunContactMin, t.RunContactMax)), facts);
        if (walkDuty && cad >= t.WalkCadenceMin && cad <= t.WalkCadenceMax && contact >= t.WalkContactMin && contact <= t.WalkContactMax)
            return (MovementKind.Walking, Confidence(f, t, Margin(cad, t.WalkCadenceMin, t.WalkCadenceMax), Margin(duty, t.FlightDutyFactor, t.WalkDutyMax), Margin(contact, t.WalkContactMin, t.WalkContactMax)), facts);
        string why = runDuty
            ? cad < t.RunCadenceMin ? $"flight phases like running, but a cadence of {Inv.F(cad, 0)} steps/min is below running's {Inv.F(t.RunCadenceMin, 0)}"
              : cad > t.RunCadenceMax ? $"a cadence of {Inv.F(cad, 0)} steps/min is above running's {Inv.F(t.RunCadenceMax, 0)}"
              : $"contact times of {Inv.F(1000 * contact, 0)} ms are outside running's {Inv.F(1000 * t.RunContactMin, 0)}-{Inv.F(1000 * t.RunContactMax, 0)} ms"
            : cad < t.WalkCadenceMin ? $"a cadence of {Inv.F(cad, 0)} steps/min is below walking's {Inv.F(t.WalkCadenceMin, 0)}"
              : cad > t.WalkCadenceMax ? $"double support like walking, but a cadence of {Inv.F(cad, 0)} steps/min is above walking's {Inv.F(t.WalkCadenceMax, 0)}"
              : $"contact times of {Inv.F(1000 * contact, 0)} ms are outside walking's {Inv.F(1000 * t.WalkContactMin, 0)}-{Inv.F(1000 * t.WalkContactMax, 0)} ms";
        return (null, 0, $"{why} ({facts})");
    }

    /// <summary>
    /// Why the gait looks like slow-motion playback, or null. Either the feet alternate (at least
    /// <see cref="RecognitionTuning.MinSlowMotionAlternations"/> times) at under <see cref="RecognitionTuning.SlowStepRate"/> steps a minute, which no one
    /// walks or runs at (the alternations of the heels count steps without the event detector, whose speed limits
    /// are set for real time), or the events show running's flight phases (duty factor below 0.5) at a cadence under
    /// <see cref="RecognitionTuning.SlowRunCadence"/>. Slowed by 4 (120 fps stored at 30), running at 170 steps/min reads 42.
    /// </summary>
    public static string? SlowMotion(int alternations, double seconds, GaitFacts f, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var t = (tuning ?? AnalysisTuning.Default).Recognition;
        double rate = seconds > 0 ? 60 * alternations / seconds : double.NaN;
        if (alternations >= t.MinSlowMotionAlternations && rate < t.SlowStepRate)
            return $"the feet alternate at {Inv.F(rate, 0)} steps/min, slower than anyone walks or runs (at least {Inv.F(t.SlowStepRate, 0)})";
        if (f.Strides >= t.MinStrides && f.DutyFactor < t.FlightDutyFactor && f.Cadence is { } cad && cad < t.SlowRunCadence)
            return $"running's flight phases (duty factor {Inv.F(f.DutyFactor.Value, 2)}) at {Inv.F(cad, 0)} steps/min, slower than anyone runs (at least {Inv.F(t.RunCadenceMin, 0)})";
        return null;
    }

    /// <summary>Null when the squat reps are plausible, else the reason they are not.</summary>
    public static string? Squat(PoseSequence seq, IReadOnlyList<SquatRep> reps, CameraView view, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq); ArgumentNullException.ThrowIfNull(reps);
        var t = (tuning ?? AnalysisTuning.Default).Recognition;
        if (reps.Count == 0) return "no complete squat repetition";
        double seconds = Median(reps.Select(r => r.EndTime - r.StartTime).ToList());
        if (seconds < t.RepSecondsMin || seconds > t.RepSecondsMax)
            return $"the hips go down and up in {Inv.F(seconds, 1)} s, outside a squat's {Inv.F(t.RepSecondsMin, 1)}-{Inv.F(t.RepSecondsMax, 0)} s";
        if (view is CameraView.Frontal or CameraView.Posterior)
        {
            double leg = PoseAccess.LegLength(seq);
            var x = Series.MidHipX(seq);
            var down = reps.Select(r => r.Depth).ToList();
            var sideways = reps.Select(r => Range(x, r.StartFrame, r.EndFrame) / leg).ToList();
            double ratio = Median(sideways) / Math.Max(1e-9, Median(down));
            if (ratio > t.MaxSidewaysOverDown)
                return $"the hips travel sideways {Inv.F(Median(sideways), 2)} leg lengths for {Inv.F(Median(down), 2)} down in each repetition (a lunge or a step, not a squat)";
        }
        return Jump(seq, reps, t);
    }

    /// <summary>
    /// Both feet leave the ground in or just after a rep (within <see cref="RecognitionTuning.JumpWindowSeconds"/> of its end): the lower
    /// ankle rises more than <see cref="RecognitionTuning.JumpRise"/> leg lengths above its standing level (the median of the lower
    /// ankle's height over the clip) on at least two frames. A squat keeps a foot on the ground; a countermovement
    /// jump's dip looks like a squat rep until the flight.
    /// </summary>
    private static string? Jump(PoseSequence seq, IReadOnlyList<SquatRep> reps, RecognitionTuning t)
    {
        double leg = PoseAccess.LegLength(seq);
        var l = Series.Y(seq, Landmark.LeftAnkle); var r = Series.Y(seq, Landmark.RightAnkle);
        var lower = l.Select((y, i) => double.IsFinite(y) && double.IsFinite(r[i]) ? Math.Max(y, r[i]) : double.NaN).ToArray();
        var valid = lower.Where(double.IsFinite).ToList();
        if (valid.Count < 5 || !(leg > 0)) return null;
        double standing = Median(valid);
        double dt = seq.MedianFrameInterval();
        foreach (var rep in reps)
        {
            int to = Math.Min(lower.Length - 1, rep.EndFrame + (int)Math.Round(t.JumpWindowSeconds / dt));
            var rises = Enumerable.Range(rep.StartFrame, to - rep.StartFrame + 1).Select(i => (standing - lower[i]) / leg).Where(double.IsFinite).OrderDescending().ToList();
            if (rises.Count >= 2 && rises[1] > t.JumpRise)
                return $"both feet leave their standing level in repetition {Inv.I(rep.Number)} (the lower ankle rises {Inv.F(rises[1], 2)} leg lengths): a jump or a step, not a squat";
        }
        return null;
    }

    private static double Range(double[] x, int from, int to)
    {
        var v = x.Skip(from).Take(to - from + 1).Where(double.IsFinite).ToList();
        return v.Count < 3 ? 0 : Percentile(v, 98) - Percentile(v, 2);
    }

    /// <summary>How far inside [lo, hi] a value is, as a share of half the interval: 0 at a limit, 1 in the middle.</summary>
    private static double Margin(double v, double lo, double hi) => Math.Clamp(Math.Min(v - lo, hi - v) / ((hi - lo) / 2), 0, 1);

    /// <summary>Confidence from the rule margins (a value 10% of the way in already counts fully) and the number of strides.</summary>
    private static double Confidence(GaitFacts f, RecognitionTuning t, params double[] margins) =>
        Math.Min(1, f.Strides / t.FullConfidenceStrides) * Math.Min(1, t.MarginConfidenceBase + t.MarginConfidenceSlope * margins.Min());
}
