namespace GaitCheck.Analysis.Metrics;

/// <summary>Which direction of a metric is the "worst" value of a set (used for the <c>worst</c> column).</summary>
public enum WorseDirection
{
    /// <summary>Larger values are worse (e.g. FPPA, pelvic drop).</summary>
    Higher,
    /// <summary>Smaller values are worse (e.g. knee-to-ankle separation ratio).</summary>
    Lower,
    /// <summary>No direction is worse; no worst value is reported.</summary>
    None,
}

/// <summary>
/// A metric declared as data: what it measures, its sign and zero, the views and movements it is valid in,
/// the event it is taken at, its citation and its measurement noise band (smallest detectable difference).
/// The README's "Angle conventions" table lists exactly these.
/// </summary>
public sealed record MetricDefinition
{
    /// <summary>Stable snake_case identifier used as JSON key and CSV column (e.g. "fppa").</summary>
    public required string Id { get; init; }
    /// <summary>Human-readable name (e.g. "Knee frontal-plane projection angle (FPPA)").</summary>
    public required string Name { get; init; }
    /// <summary>Unit: "deg", "%LL" (percent of leg length), "ratio", "ms", "steps/min".</summary>
    public required string Unit { get; init; }
    /// <summary>Decimals every value of this metric is rounded to (angles: 1, i.e. 0.1°).</summary>
    public required int Decimals { get; init; }
    public required string Definition { get; init; }
    public required string Sign { get; init; }
    public required string Zero { get; init; }
    /// <summary>Views the metric is valid in; in any other view it is not reported and <see cref="FilmingAdvice"/> is given.</summary>
    public required IReadOnlyList<CameraView> Views { get; init; }
    /// <summary>Movements the metric is taken in.</summary>
    public required IReadOnlyList<MovementKind> Movements { get; init; }
    /// <summary>When it is taken (e.g. "squat bottom; running midstance").</summary>
    public required string Event { get; init; }
    public required string Citation { get; init; }
    /// <summary>Measurement noise band: differences smaller than this are "within measurement noise".</summary>
    public required double NoiseBand { get; init; }
    /// <summary>Where the noise band comes from (citation or stated assumption).</summary>
    public required string NoiseSource { get; init; }
    /// <summary>
    /// Largest MAE on the synthetic test grid at which the metric is shown, when tighter than its noise band (pelvic drop:
    /// 2°, a third of the 5-7° span between typical and elevated); null = the noise band.
    /// </summary>
    public double? ValidationMaeLimit { get; init; }
    /// <summary>When true the noise band is at least two frame intervals (event timing is quantised to frames).</summary>
    public bool NoiseIsFrameQuantised { get; init; }
    public required WorseDirection Worse { get; init; }
    /// <summary>True when the sign carries meaning (valgus vs varus, drop vs hike): the validation checks it.</summary>
    public bool Signed { get; init; }
    /// <summary>True for proxies not validated against a clinical measurement.</summary>
    public bool Experimental { get; init; }
    /// <summary>One line telling how to film the clip so this metric can be measured.</summary>
    public required string FilmingAdvice { get; init; }

    public bool ValidIn(CameraView view) => Views.Contains(view);
    public bool AppliesTo(MovementKind movement) => Movements.Contains(movement);
    public double Round(double v) => double.IsFinite(v) ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : double.NaN;
}
