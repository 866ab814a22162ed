namespace GaitCheck.Analysis;

/// <summary>
/// Tuning of movement recognition: <see cref="MovementClassifier"/>, <see cref="MovementDecider"/> and
/// <see cref="MovementPlausibility"/>. Lengths in leg lengths, cadences in steps/min, times in seconds. The plausibility
/// limits are wide on purpose: they reject what no person's running, walking or squatting produces.
/// </summary>
public sealed record RecognitionTuning
{
    /// <summary>Ankle height difference above which one foot is raised (single-leg stance cue, as OpenCap's squat_analysis tells single from double-leg squats by toe height).</summary>
    public double RaisedFootThreshold { get; init; } = 0.10;

    /// <summary>Share of a rep's frames with the same foot raised for the rep to be on one leg.</summary>
    public double RaisedFractionMin { get; init; } = 0.70;

    /// <summary>Share of frames the other foot may be the raised one before the raised-foot cue is capped (a raised foot that switches is not a stance).</summary>
    public double OtherRaisedFootShare { get; init; } = 0.1;

    /// <summary>Cap on the raised-foot fraction when both feet take turns being raised (below <see cref="RaisedFractionMin"/>).</summary>
    public double SwitchingRaisedFootCap { get; init; } = 0.5;

    /// <summary>Hysteresis of the left-minus-right heel position when counting foot alternations (above pose jitter).</summary>
    public double AlternationHysteresis { get; init; } = 0.08;

    /// <summary>A free ankle moves at least this share of the hip's range in a single-leg rep; both feet planted when the freer one moves less (pose jitter of a planted ankle: 0.05-0.07 leg).</summary>
    public double FreeFootOverHip { get; init; } = 0.5;

    /// <summary>A planted ankle moves at most this share of the free one in a single-leg rep.</summary>
    public double PlantedOverFree { get; init; } = 0.4;

    /// <summary>Share of the reps that must be single-leg for the clip to be a single-leg squat.</summary>
    public double SingleLegRepShare { get; init; } = 2.0 / 3;

    /// <summary>Fewest foot alternations for the gait rules to be tried (two strides' worth of steps).</summary>
    public int MinGaitAlternations { get; init; } = 4;

    /// <summary>Fewest foot alternations for a failed squat's reason to mention too few steps for gait.</summary>
    public int FewStepsAlternations { get; init; } = 2;

    /// <summary>Number of reps that gives a squat label full confidence.</summary>
    public double FullConfidenceReps { get; init; } = 3.0;

    /// <summary>Hip range that gives a double-leg squat full confidence.</summary>
    public double FullConfidenceHipRange { get; init; } = 0.15;

    /// <summary>Running: lowest cadence (recreational running ~150-190: Heiderscheit et al. 2011, Med Sci Sports Exerc 43:296-302).</summary>
    public double RunCadenceMin { get; init; } = 130;

    /// <summary>Running: highest cadence (elite sprinting reaches ~260 only at the very top end, which a patient's clip does not show).</summary>
    public double RunCadenceMax { get; init; } = 230;

    /// <summary>Walking: lowest cadence (60 is a very slow shuffle; free to fast walking ~90-130: Tudor-Locke et al. 2011, Int J Behav Nutr Phys Act 8:79).</summary>
    public double WalkCadenceMin { get; init; } = 60;

    /// <summary>Walking: highest cadence (Tudor-Locke et al. 2011).</summary>
    public double WalkCadenceMax { get; init; } = 140;

    /// <summary>Running: shortest median contact time.</summary>
    public double RunContactMin { get; init; } = 0.10;

    /// <summary>Running: longest median contact time.</summary>
    public double RunContactMax { get; init; } = 0.45;

    /// <summary>Walking: shortest median contact time.</summary>
    public double WalkContactMin { get; init; } = 0.35;

    /// <summary>Walking: longest median contact time.</summary>
    public double WalkContactMax { get; init; } = 1.5;

    /// <summary>Duty factor (contact / stride time) below which there is a flight phase, which defines running; walking keeps a double support (Novacheck 1998, Gait Posture 7:77-95).</summary>
    public double FlightDutyFactor { get; init; } = 0.5;

    /// <summary>Lowest duty factor of running, for the confidence margin only.</summary>
    public double RunDutyMin { get; init; } = 0.2;

    /// <summary>Highest duty factor of walking, for the confidence margin only.</summary>
    public double WalkDutyMax { get; init; } = 0.8;

    /// <summary>Fewest complete strides to tell running or walking.</summary>
    public int MinStrides { get; init; } = 3;

    /// <summary>Smallest share of consecutive contacts that alternate left and right.</summary>
    public double MinAlternation { get; init; } = 0.75;

    /// <summary>Largest coefficient of variation of stride times (healthy gait varies by 2-5%: Hausdorff 2005, J NeuroEng Rehabil 2:19).</summary>
    public double MaxStrideCv { get; init; } = 0.25;

    /// <summary>Number of strides that gives a gait label full confidence.</summary>
    public double FullConfidenceStrides { get; init; } = 6.0;

    /// <summary>Gait confidence at a rule's limit (margin 0).</summary>
    public double MarginConfidenceBase { get; init; } = 0.5;

    /// <summary>Gait confidence gained per unit of margin: a value 10% of the way in already counts fully.</summary>
    public double MarginConfidenceSlope { get; init; } = 5;

    /// <summary>Shortest median squat rep (start to end).</summary>
    public double RepSecondsMin { get; init; } = 0.7;

    /// <summary>Longest median squat rep (start to end).</summary>
    public double RepSecondsMax { get; init; } = 8;

    /// <summary>Largest sideways hip travel over hip drop per rep in a frontal or posterior view (a lateral lunge or a step moves the pelvis sideways as far as down).</summary>
    public double MaxSidewaysOverDown { get; init; } = 0.6;

    /// <summary>Rise of the lower ankle above its standing level, on two frames, that shows a jump (a squat keeps a foot on the ground).</summary>
    public double JumpRise { get; init; } = 0.10;

    /// <summary>Time after a rep's end in which a jump's flight is looked for.</summary>
    public double JumpWindowSeconds { get; init; } = 0.5;

    /// <summary>Fewest foot alternations for a slow step rate to mean slow-motion playback.</summary>
    public int MinSlowMotionAlternations { get; init; } = 6;

    /// <summary>Step rate, steps/min, below which alternating feet mean slow-motion playback: no one walks or runs that slowly (running at 170 slowed by 4 reads 42).</summary>
    public double SlowStepRate { get; init; } = 45;

    /// <summary>Share of <see cref="RunCadenceMin"/> below which running's flight phases mean slow-motion playback.</summary>
    public double SlowRunCadenceShare { get; init; } = 0.8;

    /// <summary>Cadence below which running's flight phases mean slow-motion playback: <see cref="SlowRunCadenceShare"/> × <see cref="RunCadenceMin"/>.</summary>
    public double SlowRunCadence => SlowRunCadenceShare * RunCadenceMin;
}
