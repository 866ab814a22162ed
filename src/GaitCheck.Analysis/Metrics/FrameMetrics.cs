using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>
/// Evaluates the per-frame metrics of <see cref="MetricCatalog"/> on one frame of a (side-repaired) sequence,
/// using only <see cref="Geometry2D"/>. Values are unrounded; NaN where a landmark is a gap or the view is wrong.
/// Each metric is read from the landmarks its source names: the image landmarks, or the world
/// landmarks on the image plane (<see cref="WorldPlane"/>), which only change the joint-angle metrics.
/// </summary>
public sealed class FrameMetrics
{
    private readonly PoseSequence _seq;
    private readonly CameraView _view;
    private readonly double _legLength;
    private readonly Func<string, LandmarkSource> _source;
    private readonly Markers.MarkerAngles? _markers;
    private PoseSequence? _world;

    /// <param name="seq">The (side-repaired) sequence.</param>
    /// <param name="view">The clip's view.</param>
    /// <param name="legLengthPx">The clip's leg length, for the %LL metrics.</param>
    /// <param name="source">Which landmarks each metric is read from.</param>
    /// <param name="markers">Tracked skin markers: the metrics their protocol covers are read from them instead of the landmarks.</param>
    public FrameMetrics(PoseSequence seq, CameraView view, double legLengthPx, Func<string, LandmarkSource>? source = null, Markers.MarkerAngles? markers = null)
    {
        _seq = seq;
        _view = view;
        _legLength = legLengthPx;
        _source = source ?? (_ => LandmarkSource.Image);
        _markers = markers;
    }

    public CameraView View => _view;

    /// <summary>Value of the frame-level metric <paramref name="id"/> for the stance/measured <paramref name="side"/> at frame index <paramref name="i"/>.</summary>
    public double At(string id, int i, Side side)
    {
        if (i < 0 || i >= _seq.Frames.Count) return double.NaN;
        if (_markers?.Covers(id) == true) return _markers.At(id, _seq.Frames[i].Index, side);
        var f = _source(id) == LandmarkSource.World ? (_world ??= WorldPlane.Project(_seq)).Frames[i] : _seq.Frames[i];
        P2 hip = PoseAccess.At(f, side, Landmark.LeftHip), knee = PoseAccess.At(f, side, Landmark.LeftKnee);
        P2 ankle = PoseAccess.At(f, side, Landmark.LeftAnkle), heel = PoseAccess.At(f, side, Landmark.LeftHeel);
        P2 lh = PoseAccess.At(f, Landmark.LeftHip), rh = PoseAccess.At(f, Landmark.RightHip);
        return id switch
        {
            MetricCatalog.Fppa => Geometry2D.Fppa(hip, knee, ankle, side, _view),
            MetricCatalog.MedialKneeDisplacement => 100 * Geometry2D.MedialKneeOffset(hip, knee, ankle, side, _view) / _legLength,
            MetricCatalog.KneeAnkleSeparationRatio => Geometry2D.KneeAnkleSeparationRatio(
                PoseAccess.At(f, Landmark.LeftKnee), PoseAccess.At(f, Landmark.RightKnee),
                PoseAccess.At(f, Landmark.LeftAnkle), PoseAccess.At(f, Landmark.RightAnkle), _view),
            MetricCatalog.PelvicDrop => Geometry2D.PelvicDrop(lh, rh, side, _view),
            MetricCatalog.HipAdduction => Geometry2D.HipAdduction(lh, rh, knee, side, _view),
            MetricCatalog.TrunkLeanLateral => Geometry2D.TrunkLeanFrontal(PoseAccess.MidHip(f), PoseAccess.MidShoulder(f), side, _view),
            MetricCatalog.RearfootEversion => Geometry2D.RearfootEversion(knee, ankle, heel, side, _view),
            MetricCatalog.KneeFlexionBottom or MetricCatalog.KneeFlexionContact or MetricCatalog.KneeFlexionPeakStance =>
                Geometry2D.IsSagittal(_view) ? Geometry2D.KneeFlexion(hip, knee, ankle) : double.NaN,
            MetricCatalog.TrunkForwardLean => Geometry2D.TrunkForwardLean(PoseAccess.MidHip(f), PoseAccess.MidShoulder(f), _view),
            MetricCatalog.Overstride => 100 * Geometry2D.OverstrideOffset(PoseAccess.MidHip(f), heel, _view) / _legLength,
            _ => throw new ArgumentException($"'{id}' is not a frame-level metric", nameof(id)),
        };
    }

    /// <summary>
    /// Value at frame <paramref name="i"/>, or at the nearest frame within ±<paramref name="radius"/> frames
    /// where it is defined (an event's own frame may be a gap). NaN when none is.
    /// </summary>
    public double Near(string id, int i, Side side, int radius = 2)
    {
        for (int d = 0; d <= radius; d++)
        {
            double v = At(id, i - d, side);
            if (double.IsFinite(v)) return v;
            if (d == 0) continue;
            v = At(id, i + d, side);
            if (double.IsFinite(v)) return v;
        }
        return double.NaN;
    }

    /// <summary>Maximum of <paramref name="id"/> over frames [from, to] (inclusive); NaN when all are gaps.</summary>
    public double Max(string id, int from, int to, Side side)
    {
        double best = double.NaN;
        for (int i = Math.Max(0, from); i <= Math.Min(to, _seq.Frames.Count - 1); i++)
        {
            double v = At(id, i, side);
            if (double.IsFinite(v) && !(v <= best)) best = v;
        }
        return best;
    }

    /// <summary>Range (max − min) of the mid-hip height over frames [from, to], in % of leg length.</summary>
    public double VerticalRange(int from, int to)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        int n = 0;
        for (int i = Math.Max(0, from); i <= Math.Min(to, _seq.Frames.Count - 1); i++)
        {
            double y = PoseAccess.MidHip(_seq.Frames[i]).Y;
            if (!double.IsFinite(y)) continue;
            lo = Math.Min(lo, y); hi = Math.Max(hi, y); n++;
        }
        return n >= 2 ? 100 * (hi - lo) / _legLength : double.NaN;
    }
}
