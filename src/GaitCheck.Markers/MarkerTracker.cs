using GaitCheck.Core;
using GaitCheck.Core.Markers;

namespace GaitCheck.Markers;

/// <summary>
/// Gives the blobs of one colour their protocol identities, frame by frame, one chain of stickers at a time
/// (<see cref="ChainFit"/>: thigh-knee-ankle, shank-shank-heel-heel, or a lone ASIS or PSIS). Each marker's expected
/// place comes from the pose (its anchor: <see cref="MarkerAnchor"/>) while it is untracked; from the anchor plus its
/// last offset when it was seen lately, or plus its chain's offset when only others of its chain were; and from its own
/// continued motion (last position + last velocity) while it is tracked frame after frame, not the pose: BlazePose may
/// label the legs the wrong way round near a crossing, and a prediction that followed it would swap the markers. Such a
/// moving marker need only stay on its limb, not near its anchor, unless it moves more per frame than half its spacing
/// to a chain-mate: then it is read with its chain again. (<see cref="TwoWayTracker"/> runs this forwards and
/// backwards.) A blob
/// that two chains both read as theirs (legs crossing) stays with a marker its own motion carried there, else it is a
/// gap for both. A marker that is hidden or not found, or whose reading is ambiguous, is a gap, never a guess. A blob
/// far from the marker's own recent size (or, untracked, from the stickers' running size: the protocol's stickers are
/// all one size) is not its sticker.
/// Tried and withdrawn, both set on the tuning grid and both worse on the test grid's real clips: not carrying the upper
/// heel sticker in the frame after its lower partner vanished (it removed the tuning grid's one swap, but the real
/// posterior clip cam03 went from 1 swap to 4); and keeping the pelvis markers' sideways offset in the view's direction
/// when the pose crosses the hips over (it removed the 4K jump's two, but cost the real near-frontal clip cam02 30
/// marker-frames).
/// </summary>
public sealed class MarkerTracker
{
    /// <summary>A marker seen within this many frames is predicted from its offset; older offsets are forgotten.</summary>
    private const int OffsetMemoryFrames = 15;
    /// <summary>Largest distance from the prediction, in leg lengths, for a marker seen lately (pose jitter plus marker motion).</summary>
    private const double TrackGate = 0.06;
    /// <summary>Largest distance, in leg lengths, from a moving marker's continued motion (a limb's acceleration over one frame).</summary>
    private const double MovingGate = 0.035;
    /// <summary>Uncertainty, in leg lengths, of a moving marker's continued motion, of a marker's last offset, and of its chain's offset.</summary>
    private const double MovingSigma = 0.012, TrackSigma = 0.02, ChainSigma = 0.025;
    /// <summary>A tracked marker's identity is held by continuity, so its anchor gate widens by this factor (the pose may drift at depth).</summary>
    private const double TrackedAnchorGateFactor = 2;
    /// <summary>A whole chain, identified by its order and spacing, may sit this much farther from the pose's places (the pose puts a limb off at depth).</summary>
    private const double StartGateFactor = 1.5;
    /// <summary>
    /// A marker with a velocity and seen within this many frames is carried by its own motion: 1, the frame before.
    /// Coasting over a missed frame (2) took the neighbouring heel sticker of a 30 fps swing on the tuning grid.
    /// </summary>
    private const int CoastFrames = 1;
    /// <summary>A marker moving more per frame than this share of the distance to a chain-mate is not carried by its motion.</summary>
    private const double SpacingShare = 0.5;
    /// <summary>Blobs outside this range of the tracked stickers' running diameter are not stickers (a disc turned 60° away still has 0.7 of its diameter; blur smears it larger).</summary>
    private const double SizeLow = 0.5, SizeHigh = 2.0;

    private readonly MarkerProtocol _protocol;
    private readonly int[][] _chains;
    private readonly double[] _offX, _offY, _lastX, _lastY, _lastD, _velX, _velY;
    private readonly bool[] _velocity;
    private readonly int[] _lastSeen;
    private double _size = double.NaN;

    public MarkerTracker(MarkerProtocol protocol, int frames)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _protocol = protocol;
        int k = protocol.Markers.Count;
        X = MarkerTracks.Gaps(k, frames); Y = MarkerTracks.Gaps(k, frames); D = MarkerTracks.Gaps(k, frames);
        Loss = Enumerable.Range(0, k).Select(_ => Enumerable.Repeat(MarkerLoss.NoPose, frames).ToArray()).ToArray();
        var ids = protocol.Markers.Select(m => m.Id).ToList();
        var below = protocol.Markers.Select(m => m.Above is { } b ? ids.IndexOf(b) : -1).ToArray();
        _chains = Enumerable.Range(0, k).Where(m => Array.IndexOf(below, m) < 0)   // the top of each chain: nothing above it
            .Select(top =>
            {
                var chain = new List<int>();
                for (int m = top; m >= 0; m = below[m]) chain.Add(m);
                return chain.ToArray();
            }).ToArray();
        _offX = new double[k]; _offY = new double[k];
        _lastX = new double[k]; _lastY = new double[k]; _lastD = new double[k]; _velX = new double[k]; _velY = new double[k];
        _velocity = new bool[k];
        _lastSeen = Enumerable.Repeat(int.MinValue / 2, k).ToArray();
    }

    public float[][] X { get; }
    public float[][] Y { get; }
    public float[][] D { get; }
    /// <summary>Per marker and frame, why it is a gap (<see cref="MarkerLoss.None"/> where tracked).</summary>
    public MarkerLoss[][] Loss { get; }

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
    /// Reads this frame's blobs; frame <paramref name="f"/> is the entry index, <paramref name="leg"/> the clip's leg
    /// length in pixels (gates scale with it; a per-frame length would shrink them at squat depth).
    /// </summary>
    public void Step(int f, (double X, double Y)[] anchors, double leg, IReadOnlyList<Blob> blobs)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(blobs);
        int k = _protocol.Markers.Count;
        bool usable = double.IsFinite(leg) && leg > 0;
        for (int m = 0; m < k; m++) { X[m][f] = float.NaN; Y[m][f] = float.NaN; D[m][f] = float.NaN; Loss[m][f] = usable ? MarkerLoss.NoBlob : MarkerLoss.NoPose; }
        if (!usable || blobs.Count == 0) return;
        blobs = WithoutMerged(blobs);
        var slots = _chains.Select(chain => chain.Select(m => Slot(m, f, anchors, leg, chain)).ToList()).ToArray();
        var moving = new bool[k];
        for (int c = 0; c < _chains.Length; c++)
            for (int i = 0; i < _chains[c].Length; i++) moving[_chains[c][i]] = slots[c][i].Moving;
        var pick = Enumerable.Repeat(-1, k).ToArray();
        var best = Enumerable.Repeat(-1, k).ToArray();
        for (int c = 0; c < _chains.Length; c++) Read(c, Enumerable.Range(0, blobs.Count).ToList());
        // Again, each chain without the blobs the other chains read best (before doubt) and it did not: a sticker of the
        // other leg close by is not a doubt, but a blob both read stays in both, so the contest below decides it.
        var first = (int[])best.Clone();
        for (int c = 0; c < _chains.Length; c++)
        {
            var mine = _chains[c];
            var own = mine.Where(m => first[m] >= 0).Select(m => first[m]).ToHashSet();
            var others = Enumerable.Range(0, k).Where(m => Array.IndexOf(mine, m) < 0 && first[m] >= 0 && !own.Contains(first[m])).Select(m => first[m]).ToHashSet();
            if (others.Count > 0) Read(c, Enumerable.Range(0, blobs.Count).Where(b => !others.Contains(b)).ToList());
        }
        Contest();

        var sizes = new List<double>();
        for (int m = 0; m < k; m++)
        {
            if (pick[m] < 0) continue;
            var bl = blobs[pick[m]];
            sizes.Add(bl.Diameter);
            X[m][f] = (float)bl.X; Y[m][f] = (float)bl.Y; D[m][f] = (float)bl.Diameter;
            if (double.IsFinite(anchors[m].X) && double.IsFinite(anchors[m].Y)) { _offX[m] = bl.X - anchors[m].X; _offY[m] = bl.Y - anchors[m].Y; }
            _velocity[m] = _lastSeen[m] == f - 1;
            if (_velocity[m]) { _velX[m] = bl.X - _lastX[m]; _velY[m] = bl.Y - _lastY[m]; }
            _lastX[m] = bl.X; _lastY[m] = bl.Y; _lastD[m] = bl.Diameter;
            _lastSeen[m] = f;
        }
        if (sizes.Count >= 3)
        {
            sizes.Sort();
            double median = sizes[sizes.Count / 2];
            _size = double.IsFinite(_size) ? 0.8 * _size + 0.2 * median : median;
        }

        void Read(int c, List<int> from)
        {
            var (chainPick, chainLoss, chainBest) = ChainFit.Solve(slots[c], from.Select(b => blobs[b]).ToList(), leg);
            for (int i = 0; i < _chains[c].Length; i++)
            {
                pick[_chains[c][i]] = chainPick[i] >= 0 ? from[chainPick[i]] : -1;
                best[_chains[c][i]] = chainBest[i] >= 0 ? from[chainBest[i]] : -1;
                Loss[_chains[c][i]][f] = chainLoss[i];
            }
        }

        // A blob two chains both read (the legs cross or touch) stays with a marker carried there by its own motion when
        // the other is not; otherwise it is a gap for both.
        void Contest()
        {
            for (int m = 0; m < k; m++)
                for (int o = m + 1; o < k; o++)
                {
                    if (pick[m] < 0 || pick[m] != pick[o]) continue;
                    if (moving[m] != moving[o]) { int loser = moving[m] ? o : m; pick[loser] = -1; Loss[loser][f] = MarkerLoss.Conflict; }
                    else { pick[m] = pick[o] = -1; Loss[m][f] = Loss[o][f] = MarkerLoss.Conflict; }
                }
        }
    }

    private bool Recent(int m, int f) => f - _lastSeen[m] <= OffsetMemoryFrames;

    /// <summary>Where marker <paramref name="m"/> is expected in frame <paramref name="f"/>, how sure that is, and its gates.</summary>
    private ChainSlot Slot(int m, int f, (double X, double Y)[] anchors, double leg, int[] chain)
    {
        var (ax, ay) = anchors[m];
        double gate = _protocol.Markers[m].Gate;
        int gapFrames = f - _lastSeen[m];
        bool recent = Recent(m, f);
        double anchorGate = gate * leg * (recent ? TrackedAnchorGateFactor : 1);
        double size = recent ? _lastD[m] : _size;   // its own size while tracked (a sticker merged with a like-coloured patch stays large), else the stickers'
        double minD = double.IsFinite(size) ? SizeLow * size : 0, maxD = double.IsFinite(size) ? SizeHigh * size : double.PositiveInfinity;
        if (_velocity[m] && gapFrames <= CoastFrames && !OutrunsItsSpacing(m, f, chain, anchors))   // tracked frame to frame: its own motion carries it, and it need only stay on its limb
        {
            double px = _lastX[m] + gapFrames * _velX[m], py = _lastY[m] + gapFrames * _velY[m];
            var (bx, by) = NearestOnLimb(chain, anchors, px, py);
            return new ChainSlot(px, py, MovingSigma * leg * gapFrames, MovingGate * leg * gapFrames, ax, ay, anchorGate, true, minD, maxD, bx, by);
        }
        if (recent) return new ChainSlot(ax + _offX[m], ay + _offY[m], TrackSigma * leg, TrackGate * leg * StartGateFactor, ax, ay, anchorGate, false, minD, maxD);
        var seen = chain.Where(o => o != m && Recent(o, f)).ToList();
        if (seen.Count > 0)
            return new ChainSlot(ax + seen.Average(o => _offX[o]), ay + seen.Average(o => _offY[o]), ChainSigma * leg, gate * leg * StartGateFactor, ax, ay, anchorGate * StartGateFactor, false, minD, maxD);
        return new ChainSlot(ax, ay, gate * leg / 2, gate * leg * StartGateFactor, ax, ay, anchorGate * StartGateFactor, false, minD, maxD);
    }

    /// <summary>
    /// Whether marker <paramref name="m"/> moves more in a frame than half the distance to a chain-mate (where that was
    /// seen in the frame before, else where the pose puts the two): its continued motion can then not tell its own
    /// sticker from the neighbour's (from behind, a running foot lifting off at 30 fps moves the heel stickers 20 px a
    /// frame, more than their spacing), so it is identified with its chain again, as an untracked marker is.
    /// </summary>
    private bool OutrunsItsSpacing(int m, int f, int[] chain, (double X, double Y)[] anchors)
    {
        double speed = Math.Sqrt(_velX[m] * _velX[m] + _velY[m] * _velY[m]);
        foreach (int o in chain)
        {
            if (o == m) continue;
            double dx = anchors[o].X - anchors[m].X, dy = anchors[o].Y - anchors[m].Y;
            if (_lastSeen[o] == f - 1) { dx = _lastX[o] - _lastX[m]; dy = _lastY[o] - _lastY[m]; }
            if (speed > SpacingShare * Math.Sqrt(dx * dx + dy * dy)) return true;   // false for an unknown spacing (NaN)
        }
        return false;
    }

    /// <summary>
    /// The point nearest (<paramref name="x"/>, <paramref name="y"/>) on the line through the chain's anchors, top to
    /// bottom (the limb as the pose sees it; the anchor itself for a chain of one); NaN when no anchor is known. A limb
    /// the pose misplaces along its length (from behind, BlazePose puts a swinging foot's heel over a quarter of a leg
    /// length low) still lies under the sticker carried along it.
    /// </summary>
    private static (double X, double Y) NearestOnLimb(int[] chain, (double X, double Y)[] anchors, double x, double y)
    {
        (double X, double Y) best = (double.NaN, double.NaN);
        double bestD = double.PositiveInfinity;
        int prev = -1;   // the last anchor known, above; a segment joins it to the next one known
        foreach (int m in chain)
        {
            var (bx, by) = anchors[m];
            if (!double.IsFinite(bx) || !double.IsFinite(by)) continue;
            var (ax, ay) = prev >= 0 ? anchors[prev] : (bx, by);
            double vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy;
            double t = len2 > 0 ? Math.Clamp(((x - ax) * vx + (y - ay) * vy) / len2, 0, 1) : 0;
            double qx = ax + t * vx, qy = ay + t * vy, d = (x - qx) * (x - qx) + (y - qy) * (y - qy);
            if (d < bestD) { bestD = d; best = (qx, qy); }
            prev = m;
        }
        return best;
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
}
