namespace GaitCheck.Analysis;

/// <summary>Tuning of <see cref="ViewClassifier"/> and <see cref="SideRepair"/>; lengths in leg lengths unless said otherwise.</summary>
public sealed record ViewTuning
{
    /// <summary>Width ratio at or above which the view is square-on (frontal or posterior): BlazePose gave 0.47-0.63 square-on on real clips (frontal squat, Pose2Sim cam02/cam03), 0.38 oblique (cam04).</summary>
    public double FrontalMinWidthRatio { get; init; } = 0.42;

    /// <summary>Width ratio at or below which the view is a profile: 0.21 measured in profile (treadmill run); W ≈ 0.55·|cos yaw| for a rigid trunk.</summary>
    public double SagittalMaxWidthRatio { get; init; } = 0.25;

    /// <summary>Percentile of the per-frame width ratio used: trunk rotation and side lean only narrow the widths, so the upper part reflects the camera.</summary>
    public double WidthPercentile { get; init; } = 75;

    /// <summary>Mean shoulder and hip visibility below which a frame's torso is not used (a guess that is not a landmark).</summary>
    public double MinTorsoVisibility { get; init; } = 0.3;

    /// <summary>Fewest frames with a tracked torso for any view to be given.</summary>
    public int MinTorsoFrames { get; init; } = 3;

    /// <summary>Face visibility (median over nose, eyes, mouth) below which the face counts against frontal; BlazePose reports 1.0 from behind too, so only low values count.</summary>
    public double FaceVisibleLevel { get; init; } = 0.6;

    /// <summary>Face visibility shortfall (below <see cref="FaceVisibleLevel"/>) that gives the full vote against frontal.</summary>
    public double FaceScale { get; init; } = 0.3;

    /// <summary>Toe-below-heel drop that gives the full frontal vote: 0.10-0.21 leg measured on the real frontal clips.</summary>
    public double ToeDropScale { get; init; } = 0.04;

    /// <summary>World nose-ahead-of-shoulders depth (BlazePose metric z, metres) that gives the full frontal vote.</summary>
    public double WorldNoseScale { get; init; } = 0.05;

    /// <summary>World toe-ahead-of-heel depth (BlazePose metric z, metres) that gives the full frontal vote.</summary>
    public double WorldToeScale { get; init; } = 0.03;

    /// <summary>Weight of the heel→toe image direction vote (the strongest cue that is not the model's own belief).</summary>
    public double ToeDropWeight { get; init; } = 1.5;

    /// <summary>Weight of the label-ordering vote (the model's belief, which can be wrong from behind).</summary>
    public double LabelOrderWeight { get; init; } = 0.5;

    /// <summary>Weight the world nose vote adds to the denominator when world landmarks exist (its numerator weight is 1: kept as the code always had it).</summary>
    public double WorldNoseWeight { get; init; } = 1.5;

    /// <summary>Weight of the world toe-ahead vote in the numerator (it adds nothing to the denominator: kept as the code always had it).</summary>
    public double WorldToeWeight { get; init; } = 0.5;

    /// <summary>View confidence at the width limit: a ratio just past a limit is still a fair guess.</summary>
    public double WidthConfidenceBase { get; init; } = 0.6;

    /// <summary>Confidence gained per unit of width ratio above <see cref="FrontalMinWidthRatio"/>.</summary>
    public double FrontalWidthConfidenceSlope { get; init; } = 4;

    /// <summary>Confidence gained per unit of width ratio below <see cref="SagittalMaxWidthRatio"/>.</summary>
    public double SagittalWidthConfidenceSlope { get; init; } = 3;

    /// <summary>Confidence factor for an undecided vote (score 0); a clear vote (|score| ≥ 0.7) gives full confidence.</summary>
    public double VoteConfidenceFloor { get; init; } = 0.3;

    /// <summary>Heel→toe horizontal direction that gives the full facing vote in profile.</summary>
    public double ProfileToeScale { get; init; } = 0.05;

    /// <summary>Nose-ahead-of-ears horizontal offset that gives the full facing vote in profile.</summary>
    public double ProfileNoseScale { get; init; } = 0.03;

    /// <summary>Net pelvis travel, in leg lengths, that votes for the facing direction (less is treadmill or standing).</summary>
    public double MinTravel { get; init; } = 1;

    /// <summary>Share of samples with the feet pointing the other way above which the notes ask whether the subject turns round.</summary>
    public double TurnRoundShare { get; init; } = 0.25;

    /// <summary>Confidence of a profile view whose facing direction is undecided.</summary>
    public double UndecidedProfileConfidence { get; init; } = 0.2;

    /// <summary>Side repair: cost per frame of declaring the model's labels swapped (leg lengths of mean acceleration); the model is usually right.</summary>
    public double SwapPrior { get; init; } = 0.03;

    /// <summary>Side repair: weight of the view's expected left/right ordering term (per leg length of wrong-side separation).</summary>
    public double OrderWeight { get; init; } = 1.0;
}
