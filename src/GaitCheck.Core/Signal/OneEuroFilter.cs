namespace GaitCheck.Core.Signal;

/// <summary>
/// The 1€ filter (Casiez, Roussel &amp; Vogel 2012, "1€ Filter: A Simple Speed-based Low-pass Filter for Noisy Input in
/// Interactive Systems", CHI '12): an exponential smoother whose cut-off rises with the signal's speed,
/// fc = minCutoff + beta·|dx/dt|, so slow motion is smoothed hard and fast motion follows with little lag.
/// It follows MediaPipe's implementation (mediapipe/util/filtering/one_euro_filter.cc), including its
/// <c>value_scale</c>: the speed is multiplied by it before it raises the cut-off, so pixel landmarks are
/// filtered as if measured in object sizes (MediaPipe passes 1 / object scale, the mean of the ROI's width and
/// height in pixels; see <see cref="MediaPipeOneEuro"/>). As in MediaPipe, the speed is taken from the previous
/// RAW value, the sampling rate from the timestamps, and the first sample passes through unchanged.
/// Deviations: a timestamp not after the previous one returns the previous output (MediaPipe returns the raw
/// value); a NaN input returns NaN and resets the filter (MediaPipe resets when landmarks are missing).
/// </summary>
public sealed class OneEuroFilter
{
    private readonly double _minCutoff, _beta, _derivateCutoff;
    private bool _has;
    private double _lastTime, _lastRaw, _x, _dx, _lastOut;

    public OneEuroFilter(double minCutoff, double beta, double derivateCutoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minCutoff);
        ArgumentOutOfRangeException.ThrowIfNegative(beta);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(derivateCutoff);
        _minCutoff = minCutoff;
        _beta = beta;
        _derivateCutoff = derivateCutoff;
    }

    /// <summary>Filters one sample taken at <paramref name="timeSeconds"/>; <paramref name="valueScale"/> multiplies the speed (1 / object size for pixel data).</summary>
    public double Filter(double value, double timeSeconds, double valueScale = 1)
    {
        if (!double.IsFinite(value) || !double.IsFinite(timeSeconds))
        {
            Reset();
            return double.NaN;
        }
        if (!_has)
        {
            _has = true;
            _lastTime = timeSeconds;
            _lastRaw = _x = _lastOut = value;
            _dx = 0;
            return value;
        }
        double dt = timeSeconds - _lastTime;
        if (dt <= 0) return _lastOut;
        double speed = (value - _lastRaw) * valueScale / dt;
        _dx += Alpha(_derivateCutoff, dt) * (speed - _dx);
        double cutoff = _minCutoff + _beta * Math.Abs(_dx);
        _x += Alpha(cutoff, dt) * (value - _x);
        _lastRaw = value;
        _lastTime = timeSeconds;
        _lastOut = _x;
        return _x;
    }

    /// <summary>Forgets the history: the next sample passes through unchanged.</summary>
    public void Reset() => _has = false;

    /// <summary>Smoothing factor of a first-order low-pass with cut-off <paramref name="cutoff"/> Hz sampled every <paramref name="dt"/> s.</summary>
    public static double Alpha(double cutoff, double dt)
    {
        double tau = 1.0 / (2 * Math.PI * cutoff);
        return 1.0 / (1.0 + tau / dt);
    }
}

/// <summary>
/// MediaPipe's 1€ settings for BlazePose, from mediapipe/modules/pose_landmark/pose_landmark_filtering.pbtxt (the
/// version that also filters world landmarks): image landmarks min_cutoff 0.05, beta 80, derivate_cutoff 1.0 with
/// value scaling by 1 / object scale (OBJECT_SCALE_ROI: the landmark ROI, scale = (width + height) / 2 in pixels);
/// world landmarks min_cutoff 0.1, beta 40, derivate_cutoff 1.0 with value scaling disabled (metres); the auxiliary
/// (ROI) landmarks min_cutoff 0.01, beta 10, derivate_cutoff 1.0, scaled like the image landmarks; visibility is
/// smoothed with a plain low-pass, alpha 0.1. (An older revision of the same graph used 0.1 / 40 / 1.0 for image
/// landmarks and 0.01 / 1.0 / 1.0 for auxiliary ones.)
/// </summary>
public static class MediaPipeOneEuro
{
    public static OneEuroFilter Landmark() => new(0.05, 80, 1.0);
    public static OneEuroFilter World() => new(0.1, 40, 1.0);
    public static OneEuroFilter Auxiliary() => new(0.01, 10, 1.0);
    /// <summary>VisibilitySmoothingCalculator low_pass_filter alpha.</summary>
    public const double VisibilityAlpha = 0.1;

    /// <summary>MediaPipe's value scale for pixel landmarks: 1 / ((roiWidth + roiHeight) / 2), both in pixels.</summary>
    public static double ValueScale(double roiWidthPx, double roiHeightPx)
    {
        double scale = (roiWidthPx + roiHeightPx) / 2;
        return scale > 1e-6 ? 1.0 / scale : 1.0;
    }
}
