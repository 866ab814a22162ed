using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// The small-subject search: BlazePose's detector on the overlapping zoomed tiles of <see cref="SearchGrid"/>. Each
/// level scales the frame once (area interpolation; a coarser level from the finer level's image, which costs a
/// fraction of scaling a 4K frame again) and every tile is a 224x224 window of that image, so no tile is resized on
/// its own. A tile's detection is kept only when its face box and hips centre lie inside the tile, away
/// from a cut edge (an edge inside the frame), because a person cut by the tile edge gives a truncated body circle;
/// the overlap guarantees a whole view of them in another tile. The kept detections, in frame pixels, are merged
/// across tiles and levels by the same weighted non-maximum suppression the detector uses (MediaPipe's
/// NonMaxSuppressionCalculator, WEIGHTED, IoU 0.3). The scaled images are reused between frames and disposed with
/// the search. Deterministic; not thread-safe.
/// </summary>
public sealed class ZoomedSearch : IDisposable
{
    /// <summary>Margin, as a fraction of the tile side, that a kept detection keeps from a tile edge lying inside the frame.</summary>
    public const float EdgeMargin = 0.02f;

    private readonly PoseDetector _detector;
    private readonly List<Mat> _scaled = [];
    private IReadOnlyList<SearchLevel> _levels = [];
    private Size _frameSize;

    public ZoomedSearch(PoseDetector detector) => _detector = detector ?? throw new ArgumentNullException(nameof(detector));

    /// <summary>People found on the zoomed tiles of <paramref name="bgr"/>, in its pixels, sorted by score descending.</summary>
    public IReadOnlyList<Detection> Detect(Mat bgr, float minScore = 0.5f)
    {
        PoseDetector.CheckImage(bgr);
        if (bgr.Size() != _frameSize)
        {
            _frameSize = bgr.Size();
            _levels = SearchGrid.For(bgr.Width, bgr.Height);
            while (_scaled.Count < _levels.Count) _scaled.Add(new Mat());
        }
        if (_levels.Count == 0) return []; // a frame far taller than wide (or wider than tall): no level applies
        var found = new List<RawDetection>();
        // Finest level first (the largest image), each coarser one from it; detections are then gathered coarse to fine.
        int finest = 0;
        for (int l = 1; l < _levels.Count; l++) if (_levels[l].Scale > _levels[finest].Scale) finest = l;
        Cv2.Resize(bgr, _scaled[finest], _levels[finest].ScaledSize, 0, 0, InterpolationFlags.Area);
        for (int l = 0; l < _levels.Count; l++)
            if (l != finest) Cv2.Resize(_scaled[finest], _scaled[l], _levels[l].ScaledSize, 0, 0, InterpolationFlags.Area);
        for (int l = 0; l < _levels.Count; l++)
        {
            var level = _levels[l];
            var scaled = _scaled[l];
            foreach (var tile in level.Tiles)
                foreach (var d in _detector.DetectWindow(scaled, tile, level.Scale, minScore))
                    if (WhollyInside(d, tile, level))
                        found.Add(new RawDetection(d.Score, d.XMin, d.YMin, d.XMin + d.Width, d.YMin + d.Height, d.Keypoints));
        }
        return DetectionDecoder.WeightedNms(found)
            .Select(d => new Detection(d.Score, d.XMin, d.YMin, d.XMax - d.XMin, d.YMax - d.YMin, d.Keypoints))
            .OrderByDescending(d => d.Score).ToList();
    }

    /// <summary>Face box and hips centre inside the tile (frame pixels), keeping <see cref="EdgeMargin"/> from every edge that is not the frame's.</summary>
    private static bool WhollyInside(Detection d, Rect tile, SearchLevel level)
    {
        float s = level.Scale, m = EdgeMargin * PoseDetector.InputSize;
        float x0 = tile.X == 0 ? float.NegativeInfinity : (tile.X + m) / s;
        float y0 = tile.Y == 0 ? float.NegativeInfinity : (tile.Y + m) / s;
        float x1 = tile.Right >= level.ScaledSize.Width ? float.PositiveInfinity : (tile.Right - m) / s;
        float y1 = tile.Bottom >= level.ScaledSize.Height ? float.PositiveInfinity : (tile.Bottom - m) / s;
        bool Inside(float x, float y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
        return Inside(d.XMin, d.YMin) && Inside(d.XMin + d.Width, d.YMin + d.Height) && Inside(d.Keypoints[0].X, d.Keypoints[0].Y);
    }

    public void Dispose()
    {
        foreach (var m in _scaled) m.Dispose();
        _scaled.Clear();
    }
}
