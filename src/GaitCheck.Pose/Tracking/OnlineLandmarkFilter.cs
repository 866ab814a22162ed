using GaitCheck.Core;
using GaitCheck.Core.Signal;

namespace GaitCheck.Pose.Tracking;

/// <summary>
/// Causal smoothing of the 33 landmarks as MediaPipe's pose_landmark_filtering.pbtxt does it: x/y through a
/// One-Euro filter (Casiez et al. 2012) with min_cutoff 0.1, beta 40, derivate_cutoff 1.0 on pixel coordinates,
/// the velocity scaled by 1 / object scale (mean of the width and height of the landmarks' bounding box,
/// LandmarksSmoothingCalculator), so the same motion relative to body size is smoothed alike near and far;
/// visibility through a low-pass with alpha 0.1 (VisibilitySmoothingCalculator). <see cref="Reset"/> on loss.
/// </summary>
public sealed class OnlineLandmarkFilter
{
    public const double MinCutoff = 0.1, Beta = 40.0, DerivateCutoff = 1.0, VisibilityAlpha = 0.1;
    private OneEuroFilter[]? _x, _y;
    private float[]? _vis;

    public void Reset() { _x = _y = null; _vis = null; }

    public Keypoint[] Apply(Keypoint[] raw, double timeSeconds)
    {
        _x ??= [.. Enumerable.Range(0, raw.Length).Select(_ => new OneEuroFilter(MinCutoff, Beta, DerivateCutoff))];
        _y ??= [.. Enumerable.Range(0, raw.Length).Select(_ => new OneEuroFilter(MinCutoff, Beta, DerivateCutoff))];
        bool first = _vis is null;
        _vis ??= new float[raw.Length];
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        foreach (var p in raw)
        {
            minX = MathF.Min(minX, p.X); maxX = MathF.Max(maxX, p.X);
            minY = MathF.Min(minY, p.Y); maxY = MathF.Max(maxY, p.Y);
        }
        double scale = ((maxX - minX) + (maxY - minY)) / 2.0;
        double valueScale = scale > 1e-6 ? 1.0 / scale : 1.0;
        var result = new Keypoint[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            var p = raw[i];
            _vis[i] = first ? p.Visibility : (float)(VisibilityAlpha * p.Visibility + (1 - VisibilityAlpha) * _vis[i]);
            result[i] = new Keypoint((float)_x[i].Filter(p.X, timeSeconds, valueScale), (float)_y[i].Filter(p.Y, timeSeconds, valueScale), _vis[i], p.Presence);
        }
        return result;
    }
}
