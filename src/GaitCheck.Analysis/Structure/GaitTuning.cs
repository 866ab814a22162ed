namespace GaitCheck.Analysis;

/// <summary>Tuning of gait events (<see cref="GaitEventDetector"/>), strides and cadence (<see cref="StrideTable"/>); lengths in leg lengths.</summary>
public sealed record GaitTuning
{
    /// <summary>Minimum prominence of Zeni peaks (heel most anterior, toe most posterior relative to the pelvis; Zeni, Richards &amp; Higginson 2008, Gait Posture 27:710-714).</summary>
    public double MinProminence { get; init; } = 0.12;

    /// <summary>Minimum prominence of the frontal stance cue (one foot lower in the image than the other; cf. O'Connor et al. 2007, Gait Posture 25:469-474).</summary>
    public double StanceCueProminence { get; init; } = 0.05;

    /// <summary>Shortest time, in seconds, between two events of one kind and foot (and the look-back for a take-off).</summary>
    public double MinEventSeconds { get; init; } = 0.3;

    /// <summary>Longest track gap, in seconds, that is filled.</summary>
    public double MaxGapSeconds { get; init; } = 0.15;

    /// <summary>At most one contact per this fraction of the stride period: rejects the single-frame label flips of a small, distant subject.</summary>
    public double OnePerStride { get; init; } = 0.6;

    /// <summary>Shortest stride period, in seconds, searched by autocorrelation.</summary>
    public double MinStrideSeconds { get; init; } = 0.4;

    /// <summary>Longest stride period, in seconds, searched by autocorrelation.</summary>
    public double MaxStrideSeconds { get; init; } = 2.5;

    /// <summary>Best autocorrelation below which there is no clear periodicity.</summary>
    public double MinPeriodicity { get; init; } = 0.3;

    /// <summary>The stride period is the first local maximum within this share of the best (multiples of the period correlate about as well).</summary>
    public double PeriodNearBest { get; init; } = 0.8;

    /// <summary>Half-window, in seconds, of the pelvis velocity that gives the direction of travel.</summary>
    public double TravelHalfWindowSeconds { get; init; } = 0.5;

    /// <summary>Pelvis speed, leg lengths per second, above which the subject travels (overground) rather than stays (treadmill).</summary>
    public double MinTravelSpeed { get; init; } = 0.5;

    /// <summary>Rate, per second, whose period (1/30 s, at least 2 frames) is the half-width of the window in which a filtered peak is re-timed on the unfiltered track: a 6 Hz low-pass moves an asymmetric peak ~2 frames at 60 fps (synthetic sagittal runs).</summary>
    public double PeakTimingRate { get; init; } = 30;

    /// <summary>Cadence, steps/min, above which the stride period of a frontal view means running (flight: own contact is the later kink); Novacheck 1998.</summary>
    public double RunningCadence { get; init; } = 145;

    /// <summary>Percentile of a foot's upward acceleration that stands for a strong kink.</summary>
    public double KinkPercentile { get; init; } = 97;

    /// <summary>A kink must reach this share of the strong kink's acceleration (and the second event of a window this share of the first).</summary>
    public double KinkShare { get; init; } = 0.25;

    /// <summary>A kink, and a take-off, must exceed this many noise standard deviations.</summary>
    public double KinkNoiseFactor { get; init; } = 3;

    /// <summary>Longest double support accepted in walking, fraction of the stride period: ~10-12% at ordinary speeds, up to ~20% in slow walking (Perry &amp; Burnfield 2010, Gait Analysis, 2nd ed., ch. 1).</summary>
    public double MaxDoubleSupport { get; init; } = 0.2;

    /// <summary>Height above its lowest stance position at which a toe that rises with the heel is off the ground: ~10× the toe's noise on real pose output; 0.05-0.08 all keep the real treadmill clip consistent.</summary>
    public double LiftedToeHeight { get; init; } = 0.065;

    /// <summary>Median toe-rise / heel-rise ratio below which the toe pivots on the ground: exact landmarks ~0.26, pose walking ~0.24, pose running 0.55-0.82, real treadmill 0.77-0.87.</summary>
    public double PivotRatio { get; init; } = 0.5;

    /// <summary>Look-back, in seconds (twice this), for a toe-off's stance start when no contact precedes it.</summary>
    public double StanceLookbackSeconds { get; init; } = 0.15;

    /// <summary>The toe's ground band and rise step are at least this many noise standard deviations (σ robust, from the third difference).</summary>
    public double ToeNoiseFactor { get; init; } = 3;

    /// <summary>Percentile of the toe's image y over the stance taken as its ground level (image y points down).</summary>
    public double ToeGroundPercentile { get; init; } = 90;

    /// <summary>Smallest band around the toe's ground level (the band is at least the noise factor × σ).</summary>
    public double ToeGroundBand { get; init; } = 0.01;

    /// <summary>Smallest per-frame drop of the toe that continues its final rise back from Zeni's toe-off.</summary>
    public double ToeRiseStep { get; init; } = 0.002;

    /// <summary>Strides shorter than this share of the median are left out of cadence (a spurious contact halves a stride).</summary>
    public double StrideMinOfMedian { get; init; } = 0.6;

    /// <summary>Strides longer than this share of the median are left out of cadence (a missed contact doubles a stride).</summary>
    public double StrideMaxOfMedian { get; init; } = 1.5;
}
