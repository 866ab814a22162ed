namespace GaitCheck.Core.Signal;

/// <summary>
/// The 1€ filter (Casiez, Roussel &amp; Vogel 2012, "1€ Filter: A Simple Speed-based Low-pass Filter for Noisy Input in
/// Interactive Systems", CHI '12): an exponential smoother whose cut-off rises with the signal's speed,
/// fc = minCutoff + beta·|dx/dt|, so slow motion is smoothed hard and fast motion follows with little lag.
/// It follows MediaPipe's implementation (mediapipe/util/filtering/one_euro_filter.cc), including its
/// <c>value_scale</c>: the speed is multiplied by it before it raises the cut-off, so pixel landmarks are
/// filtered as if measured in object sizes (MediaPipe passes 1 / object scale, the mean of the ROI's width and
/// height in pixels). As in MediaPipe, the speed is taken from the previous
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
