namespace GaitCheck.Analysis;

/// <summary>Tuning of squat repetitions (<see cref="SquatSegmenter"/>, <see cref="SquatEdges"/>); depths are fractions of the normalised mid-hip drop.</summary>
public sealed record SquatTuning
{
    /// <summary>Smallest robust hip drop, in leg lengths, for a clip to contain squats at all.</summary>
    public double MinDepth { get; init; } = 0.06;

    /// <summary>Percentile of the drop taken as the clip's standing top (robust to a few noisy high frames).</summary>
    public double TopPercentile { get; init; } = 2;

    /// <summary>Percentile of the drop taken as the clip's robust depth.</summary>
    public double DepthPercentile { get; init; } = 98;

    /// <summary>A rep's core starts above this fraction of the clip's robust depth (hysteresis: a pause at the bottom never splits a rep).</summary>
    public double EnterFraction { get; init; } = 0.40;

    /// <summary>A rep's core ends below this fraction of the clip's robust depth (a pause at the top always separates two).</summary>
    public double ExitFraction { get; init; } = 0.15;

    /// <summary>Start/end band above the standing top, fraction of the rep depth: OpenCap's 5% (squat_analysis.py, peak_widths rel_height 0.95; Uhlrich et al. 2023, PLOS Comput Biol 19(10):e1011462).</summary>
    public double EdgeFraction { get; init; } = 0.05;

    /// <summary>How far from the crossing, in seconds, standing frames are used for the top (a local baseline that a hip shift while the feet are settled does not move).</summary>
    public double BaselineSeconds { get; init; } = 1.0;

    /// <summary>Passes of the top/band fixed-point iteration (it settles in a few).</summary>
    public int EdgePasses { get; init; } = 4;

    /// <summary>Percentile of the stretch next to a rep taken as the first guess of its standing top.</summary>
    public double FirstTopPercentile { get; init; } = 10;

    /// <summary>Bottom band below the deepest point, fraction of the rep depth, whose middle is the bottom: BlazePose's mid-hip drifts by 4-8% of the depth at the bottom (measured against exact truth on the synthetic grid).</summary>
    public double BottomFraction { get; init; } = 0.10;

    /// <summary>Time from entering the bottom band to the end of the descent over the time from the start to entering it: 0.31 harmonic, 0.44 minimum-jerk approach (Flash &amp; Hogan 1985, J Neurosci 5:1688); the middle value leaves at most ≈ 0.07 × half the descent-ascent time difference of bias.</summary>
    public double ApproachRatio { get; init; } = 0.37;

    /// <summary>Longest gap, in seconds, of the mid-hip track that is filled before segmenting.</summary>
    public double MaxGapSeconds { get; init; } = 0.25;

    /// <summary>Per-rep values are averaged only when at least this many reps were found.</summary>
    public int MinRepsToAverage { get; init; } = 3;
}
