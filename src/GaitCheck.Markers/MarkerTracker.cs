using GaitCheck.Core;
using GaitCheck.Core.Markers;

namespace GaitCheck.Markers;

/// <summary>
/// Gives the blobs of one colour their protocol identities, frame by frame. The pose gives each marker's expected
/// place (its anchor: <see cref="MarkerAnchor"/>) when a marker is first found or found again after a gap (then the
/// prediction is the anchor plus the marker's last offset from it). While a marker is tracked frame after frame, its
/// prediction is its own continued motion (last position + last velocity), not the pose: BlazePose may label the legs
/// the wrong way round near a crossing, and a prediction that followed it would swap the markers. Blobs and markers are
/// matched by minimum total distance to the predictions (<see cref="Assignment"/>), each blob to one marker at most.
/// A marker stays a gap, never a guess, when no blob lies within its gate, when another unclaimed blob is almost as
/// close (ambiguous: a same-coloured object near the limb), when it and the marker that must lie below it come out
/// in the wrong order (a swap), or when it is found without its partner of the pair and lies about as near the
/// partner's expected place as its own (it could be either sticker). A chain of stickers down one limb (thigh-knee-ankle,
/// shank-shank-heel-heel) is identified, first or again after a gap, only when all of it is seen at once, in order.
/// </summary>
public sealed class MarkerTracker
{
    /// <summary>A marker seen within this many frames is predicted from its offset; older offsets are forgotten.</summary>
    private const int OffsetMemoryFrames = 15;
    /// <summary>Largest distance from the prediction, in leg lengths, for a tracked marker (pose jitter plus marker motion).</summary>
    private const double TrackGate = 0.06;
    /// <summary>Largest distance, in leg lengths, from a moving marker's continued motion (a limb's acceleration over one frame).</summary>
    private const double MovingGate = 0.035;
    /// <summary>A tracked marker's identity is held by continuity, so its anchor gate widens by this factor (the pose may drift at depth).</summary>
    private const double TrackedAnchorGateFactor = 2;
    /// <summary>An unclaimed blob closer than this multiple of the chosen blob's distance (plus a pixel) makes the choice ambiguous.</summary>
    private const double AmbiguityRatio = 1.5;
    /// <summary>A marker found without its ordered partner (thigh/knee, shank or heel pair) must be this much nearer its own anchor than its partner's.</summary>
    private const double PartnerRatio = 1.4;

    private readonly MarkerProtocol _protocol;
    private readonly int[] _below, _partner, _chain;
    private readonly double[] _offX, _offY, _lastX, _lastY, _velX, _velY;
    private readonly bool[] _velocity;
    private readonly int[] _lastSeen;

    public MarkerTracker(MarkerProtocol protocol, int frames)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _protocol = protocol;
        int k = protocol.Markers.Count;
        X = MarkerTracks.Gaps(k, frames); Y = MarkerTracks.Gaps(k, frames); D = MarkerTracks.Gaps(k, frames);
        _below = protocol.Markers.Select(m => m.Above is { } b ? protocol.Markers.ToList().FindIndex(x => x.Id == b) : -1).ToArray();
        _partner = new int[k];
        for (int m = 0; m < k; m++) _partner[m] = _below[m] >= 0 ? _below[m] : Array.IndexOf(_below, m);
        _chain = new int[k];
        for (int m = 0; m < k; m++)
        {
            int top = m;
            while (Array.IndexOf(_below, top) is int up and >= 0) top = up;
            _chain[m] = top;   // the chain (thigh-knee-ankle, shank-heel) is named by its top marker
        }
        _offX = new double[k]; _offY = new double[k];
        _lastX = new double[k]; _lastY = new double[k]; _velX = new double[k]; _velY = new double[k];
        _velocity = new bool[k];
        _lastSeen = Enumerable.Repeat(int.MinValue / 2, k).ToArray();
    }

    public float[][] X { get; }
    public float[][] Y { get; }
    public float[][] D { get; }

    /// <summary>Anchors of every marker in one frame (NaN where the pose has a gap); offsets in <paramref name="leg"/> pixels per leg length.</summary>
    public static (double X, double Y)[] Anchors(MarkerProtocol protocol, Keypoint[] points, double leg)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(points);
        var mid = Mid(points[(int)Landmark.LeftHip], points[(int)Landmark.RightHip]);
        return protocol.Markers.Select(m =>
        {
            var a = m.Anchor;
            var from = points[Skeleton.IndexOf(a.From)];
            double x = from.X, y = from.Y;
            if (a.To is { } to)
            {
                var t = points[Skeleton.IndexOf(to)];
                x += a.T * (t.X - x); y += a.T * (t.Y - y);
            }
            var hip = points[(int)(m.SideValue == Side.Left ? Landmark.LeftHip : Landmark.RightHip)];
            double lx = hip.X - mid.X, ly = hip.Y - mid.Y, ln = Math.Sqrt(lx * lx + ly * ly);
            if (ln > 0) { x += a.Lateral * leg * lx / ln; y += a.Lateral * leg * ly / ln; }
            y -= a.Up * leg;
            return (x, y);
        }).ToArray();
    }

    /// <summary>
    /// Assigns this frame's blobs; frame <paramref name="f"/> is the entry index, <paramref name="leg"/> the clip's leg
    /// length in pixels (gates scale with it; a per-frame length would shrink them at squat depth).
    /// </summary>
    public void Step(int f, (double X, double Y)[] anchors, double leg, IReadOnlyList<Blob> blobs)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(blobs);
        int k = _protocol.Markers.Count;
        for (int m = 0; m < k; m++) { X[m][f] = float.NaN; Y[m][f] = float.NaN; D[m][f] = float.NaN; }
        if (!double.IsFinite(leg) || leg <= 0 || blobs.Count == 0) return;
        blobs = WithoutMerged(blobs);
        var cost = new double[k, blobs.Count];
        var gap = new double[k];
        var pred = new (double X, double Y)[k];
        var moving = new bool[k];
        for (int m = 0; m < k; m++)
        {
            var (ax, ay) = anchors[m];
            bool tracked = f - _lastSeen[m] <= OffsetMemoryFrames;
            moving[m] = f - _lastSeen[m] == 1 && _velocity[m];
            pred[m] = moving[m] ? (_lastX[m] + _velX[m], _lastY[m] + _velY[m]) : tracked ? (ax + _offX[m], ay + _offY[m]) : (ax, ay);
            double gate = (moving[m] ? MovingGate : tracked ? TrackGate : _protocol.Markers[m].Gate) * leg;
            gap[m] = gate;
            for (int b = 0; b < blobs.Count; b++)
            {
                double dAnchor = Dist(blobs[b].X, blobs[b].Y, ax, ay), dPred = Dist(blobs[b].X, blobs[b].Y, pred[m].X, pred[m].Y);
                double anchorGate = _protocol.Markers[m].Gate * leg * (tracked ? TrackedAnchorGateFactor : 1);
                bool nearAnchor = dAnchor <= anchorGate || (moving[m] && double.IsNaN(dAnchor));   // a pose gap does not stop a moving marker
                cost[m, b] = double.IsFinite(dPred) && dPred <= gate && nearAnchor ? dPred : double.PositiveInfinity;
            }
        }
        var pick = Assignment.Solve(cost, gap);
        var claimed = new bool[blobs.Count];
        foreach (int b in pick) if (b >= 0) claimed[b] = true;
        for (int m = 0; m < k; m++)
        {
            int b = pick[m];
            if (b < 0) continue;
            double best = cost[m, b];
            for (int o = 0; o < blobs.Count; o++)
                if (!claimed[o] && cost[m, o] < AmbiguityRatio * best + 1) { pick[m] = -1; break; }
        }
        for (int m = 0; m < k; m++)
            if (_below[m] >= 0 && pick[m] >= 0 && pick[_below[m]] >= 0 && blobs[pick[m]].Y >= blobs[pick[_below[m]]].Y)
                pick[m] = pick[_below[m]] = -1;
        for (int m = 0; m < k; m++)
            if (pick[m] >= 0 && !moving[m] && _partner[m] is int p and >= 0 && pick[p] < 0
                && Dist(blobs[pick[m]].X, blobs[pick[m]].Y, anchors[p].X, anchors[p].Y) < PartnerRatio * Dist(blobs[pick[m]].X, blobs[pick[m]].Y, anchors[m].X, anchors[m].Y))
                pick[m] = -1;   // found alone, about as near its partner's place as its own: it could be either of the pair
        // A chain's identities are given (first, or again after a gap) only when all its stickers are seen at once, in
        // order: with one missing, neither the pose's expected places nor an old offset says which one it is (the heel
        // pair is 5 cm apart, and the foot turns in swing).
        for (int m = 0; m < k; m++)
        {
            if (pick[m] < 0 || moving[m]) continue;
            bool whole = true;
            for (int o = 0; o < k; o++) if (_chain[o] == _chain[m] && pick[o] < 0) { whole = false; break; }
            if (!whole) pick[m] = -1;
        }
        for (int m = 0; m < k; m++)
        {
            if (pick[m] < 0) continue;
            var bl = blobs[pick[m]];
            X[m][f] = (float)bl.X; Y[m][f] = (float)bl.Y; D[m][f] = (float)bl.Diameter;
            if (double.IsFinite(anchors[m].X) && double.IsFinite(anchors[m].Y)) { _offX[m] = bl.X - anchors[m].X; _offY[m] = bl.Y - anchors[m].Y; }
            _velocity[m] = _lastSeen[m] == f - 1;
            if (_velocity[m]) { _velX[m] = bl.X - _lastX[m]; _velY[m] = bl.Y - _lastY[m]; }
            _lastX[m] = bl.X; _lastY[m] = bl.Y;
            _lastSeen[m] = f;
        }
    }

    /// <summary>
    /// Drops blobs that are two touching stickers seen as one: elongated (over 1.5:1) and over 1.3 times the frame's median
    /// sticker diameter (two discs side by side are about 2:1 and √2 times one disc's). Their centroid lies between the two
    /// stickers, so taking it would misplace a marker. Needs at least three blobs for a median.
    /// </summary>
    public static IReadOnlyList<Blob> WithoutMerged(IReadOnlyList<Blob> blobs)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        if (blobs.Count < 3) return blobs;
        var d = blobs.Select(b => b.Diameter).Order().ToList();
        double median = d[d.Count / 2];
        return blobs.Where(b => !(b.Elongation > 1.5 && b.Diameter > 1.3 * median)).ToList();
    }

    private static (double X, double Y) Mid(Keypoint a, Keypoint b) => ((a.X + b.X) / 2.0, (a.Y + b.Y) / 2.0);
    private static double Dist(double ax, double ay, double bx, double by) => Math.Sqrt((ax - bx) * (ax - bx) + (ay - by) * (ay - by));
}
