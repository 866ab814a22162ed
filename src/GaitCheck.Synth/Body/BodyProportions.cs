namespace GaitCheck.Synth.Body;

/// <summary>
/// Segment lengths and widths as fractions of standing height H, after Drillis &amp; Contini (1966) as
/// tabulated by Winter, Biomechanics and Motor Control of Human Movement (4th ed., 2009), fig. 4.1:
/// hip (greater trochanter) 0.530H, knee 0.285H, ankle 0.039H, shoulder 0.818H, chin 0.870H,
/// upper arm 0.186H, forearm 0.146H, hand 0.108H, foot length 0.152H. The distance between the hip
/// joint centres (0.10H) and between the shoulder joint centres (0.20H) are joint-centre spacings,
/// narrower than Winter's skin-to-skin breadths (0.191H, 0.259H).
/// <see cref="Shape"/> varies these for validation (longer or shorter legs at the same height with the shoulders
/// kept at 0.818H, wider or narrower hips, thicker or thinner limbs); the default shape is Winter's.
/// </summary>
public sealed record BodyProportions(float Height, BodyShape? Shape = null)
{
    private BodyShape S => Shape ?? BodyShape.Average;
    private float LegScale => S.LegFraction / BodyShape.AverageLegFraction;
    public float HipHeight => 0.530f * LegScale * Height;
    public float Thigh => (0.530f - 0.285f) * LegScale * Height;
    public float Shank => (0.285f - 0.039f) * LegScale * Height;
    public float AnkleHeight => 0.039f * LegScale * Height;
    public float HipHalfWidth => 0.050f * S.HipWidth * Height;
    /// <summary>Multiplier of limb and torso radii.</summary>
    public float Girth => S.Girth;
    public float LumbarAbovePelvis => 0.030f * Height;
    /// <summary>Lumbar joint to the line between the shoulder joint centres.</summary>
    public float TrunkLength => (0.818f - 0.530f * LegScale - 0.030f) * Height;
    public float ShoulderHalfWidth => 0.100f * Height;
    /// <summary>Shoulder line to the head's centre.</summary>
    public float NeckToHeadCentre => (0.935f - 0.818f) * Height;
    public float HeadRadius => 0.062f * Height;
    public float UpperArm => 0.186f * Height;
    public float Forearm => 0.146f * Height;
    public float Hand => 0.108f * Height;
    public float Scale => Height / 1.75f;
}

/// <summary>
/// Body build beside height: leg length as a fraction of height (hip joint height / height; Winter's 0.530, adults
/// range about 0.50-0.56), hip joint spacing and limb/torso girth as multipliers of the average.
/// </summary>
public sealed record BodyShape
{
    public const float AverageLegFraction = 0.530f;
    public static BodyShape Average { get; } = new();

    public float LegFraction { get; init; } = AverageLegFraction;
    public float HipWidth { get; init; } = 1f;
    public float Girth { get; init; } = 1f;
}
