namespace GaitCheck.Markers;

/// <summary>
/// One marker of a chain as <see cref="ChainFit"/> sees it in a frame: where it is expected (<paramref name="X"/>,
/// <paramref name="Y"/>), how sure that is (<paramref name="Sigma"/>, pixels), how far a blob may lie from it
/// (<paramref name="Gate"/>), and the pose's anchor with its own gate (a blob must also lie near the body).
/// <paramref name="Moving"/>: it is being tracked frame to frame and expected where its own motion carries it; any
/// other marker is identified only together with the chain-mates it could be confused with. A blob outside <paramref name="MinDiameter"/>
/// to <paramref name="MaxDiameter"/> is not this sticker. <paramref name="BodyX"/>, <paramref name="BodyY"/>: the point a
/// blob's nearness to the body is measured from, when not the anchor (a moving marker: the nearest point of its limb).
/// </summary>
public readonly record struct ChainSlot(double X, double Y, double Sigma, double Gate, double AnchorX, double AnchorY, double AnchorGate, bool Moving,
    double MinDiameter = 0, double MaxDiameter = double.PositiveInfinity, double BodyX = double.NaN, double BodyY = double.NaN);

/// <summary>
/// Reads one chain of stickers down a limb (thigh-knee-ankle; shank-shank-heel-heel; a lone ASIS or PSIS is a chain of
/// one) from a frame's blobs as a whole. Every reading gives each marker one blob or none, top to bottom in image order
/// (a marker never lies below the one under it), each blob to one marker. A reading is scored by how far each blob lies
/// from its marker's expected place (in its own uncertainty) plus how far the chain's shape departs from the expected
/// one once their common shift is taken out (<see cref="ShapeSigma"/>): the pose puts a whole limb a little off at
/// depth, but it does not stretch the spacing of the stickers along it. Each marker read lowers the score by
/// <see cref="Bonus"/>, so a blob is taken only when it fits well enough; the lowest score wins. A marker is a gap
/// (<see cref="MarkerLoss.Ambiguous"/>) when another reading that gives it, or its blob, otherwise scores within
/// <see cref="AmbiguityMargin"/> of the best. A marker not tracked in the frame before is identified only in a reading
/// that also reads every chain-mate whose search region overlaps its own (<see cref="MarkerLoss.Alone"/> otherwise): the
/// heel pair is 5 cm apart and the pose's heel direction turns with a lifted foot, so a lone heel sticker's place
/// cannot say which of the pair it is, but the order and spacing of the whole chain can; an ankle sticker far below a
/// hidden knee sticker can only be the ankle's. Readings that are not taken still count as doubt: a tracked marker
/// whose blob a hidden neighbour's sticker would explain almost as well becomes a gap.
/// </summary>
public static class ChainFit
{
    /// <summary>Spread of a sticker's place about the chain's common shift, in leg lengths (the pose's segments disagree a little).</summary>
    public const double ShapeSigma = 0.015;
    /// <summary>Largest departure from the chain's shape, in leg lengths.</summary>
    public const double ShapeGate = 0.05;
    /// <summary>Score gained per marker read (a blob is taken when its misfit, in squared sigmas, is below this).</summary>
    public const double Bonus = 9;
    /// <summary>A different reading within this score of the best leaves the markers it disagrees on as gaps.</summary>
    public const double AmbiguityMargin = 5;
    /// <summary>At most this many blobs, the nearest, are tried for one marker.</summary>
    public const int MaxCandidates = 6;

    /// <summary>The blob of each slot (−1 for none), why a slot without one has none, and the best reading before doubt removed its ambiguous markers.</summary>
    /// <param name="slots">The chain's markers, top to bottom.</param>
    /// <param name="blobs">The frame's blobs.</param>
    /// <param name="leg">Leg length in pixels.</param>
    public static (int[] Pick, MarkerLoss[] Loss, int[] Best) Solve(IReadOnlyList<ChainSlot> slots, IReadOnlyList<Blob> blobs, double leg)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(blobs);
        int k = slots.Count;
        var candidates = new List<int>[k];
        for (int i = 0; i < k; i++)
        {
            var s = slots[i];
            candidates[i] = [];
            if (!double.IsFinite(s.X) || !double.IsFinite(s.Y)) continue;
            // Blobs within the gate, nearest first; one that lies away from the body (beyond the anchor gate) ends the
            // list, so a blob farther from the expected place is never taken in its stead.
            foreach (int b in Enumerable.Range(0, blobs.Count)
                         .Where(b => Dist(blobs[b].X, blobs[b].Y, s.X, s.Y) <= s.Gate && blobs[b].Diameter >= s.MinDiameter && blobs[b].Diameter <= s.MaxDiameter)
                         .OrderBy(b => Dist(blobs[b].X, blobs[b].Y, s.X, s.Y)))
            {
                double dAnchor = double.IsFinite(s.BodyX) ? Dist(blobs[b].X, blobs[b].Y, s.BodyX, s.BodyY) : Dist(blobs[b].X, blobs[b].Y, s.AnchorX, s.AnchorY);
                if (!(dAnchor <= s.AnchorGate || (s.Moving && double.IsNaN(dAnchor)))) break;
                candidates[i].Add(b);
            }
            if (candidates[i].Count > MaxCandidates) candidates[i].RemoveRange(MaxCandidates, candidates[i].Count - MaxCandidates);   // cluttered: the nearest few (the readings grow as their product)
        }
        var readings = new List<(int[] Pick, double Score, bool Taken)>();   // Taken: may be chosen; the others only cast doubt
        var alone = new bool[k];
        var pick = Enumerable.Repeat(-1, k).ToArray();
        Enumerate(0, double.NegativeInfinity);

        void Enumerate(int i, double lastY)
        {
            if (i == k)
            {
                if (Array.TrueForAll(pick, p => p < 0)) return;
                double score = Score(slots, blobs, pick, leg);
                if (!double.IsFinite(score)) return;
                bool partial = LeavesAConfusableMateUnread(slots, pick);
                if (partial) for (int j = 0; j < k; j++) if (pick[j] >= 0 && !slots[j].Moving) alone[j] = true;
                readings.Add(((int[])pick.Clone(), score, !partial));
                return;
            }
            Enumerate(i + 1, lastY);
            foreach (int b in candidates[i])
            {
                if (blobs[b].Y <= lastY || Array.IndexOf(pick, b) >= 0) continue;
                pick[i] = b;
                Enumerate(i + 1, blobs[b].Y);
                pick[i] = -1;
            }
        }

        var loss = new MarkerLoss[k];
        for (int i = 0; i < k; i++) loss[i] = alone[i] ? MarkerLoss.Alone : MarkerLoss.NoBlob;
        var none = Enumerable.Repeat(-1, k).ToArray();
        if (!readings.Any(r => r.Taken)) return (none, loss, none);
        var best = readings.Where(r => r.Taken).MinBy(r => r.Score);
        if (best.Score >= 0) return (none, loss, none);
        var result = (int[])best.Pick.Clone();
        for (int i = 0; i < k; i++)
        {
            int b = best.Pick[i];
            if (b < 0) continue;
            bool ambiguous = readings.Any(r => r.Score < best.Score + AmbiguityMargin && !ReferenceEquals(r.Pick, best.Pick)
                && ((r.Pick[i] >= 0 && r.Pick[i] != b) || Array.FindIndex(r.Pick, p => p == b) is int j && j >= 0 && j != i));
            loss[i] = ambiguous ? MarkerLoss.Ambiguous : MarkerLoss.None;
            if (ambiguous) result[i] = -1;
        }
        return (result, loss, best.Pick);
    }

    /// <summary>
    /// The reading's score: each blob's misfit to its marker's expected place, plus, for the markers identified from the
    /// pose (not moving), the misfit to the chain's shape (its offset from the pose's anchor against the mean offset of
    /// those), less <see cref="Bonus"/> per marker; +∞ when a sticker breaks the shape gate.
    /// </summary>
    private static double Score(IReadOnlyList<ChainSlot> slots, IReadOnlyList<Blob> blobs, int[] pick, double leg)
    {
        int n = 0;
        double mx = 0, my = 0;
        for (int i = 0; i < pick.Length; i++)
        {
            if (pick[i] < 0 || slots[i].Moving || !double.IsFinite(slots[i].AnchorX) || !double.IsFinite(slots[i].AnchorY)) continue;
            mx += blobs[pick[i]].X - slots[i].AnchorX; my += blobs[pick[i]].Y - slots[i].AnchorY; n++;
        }
        if (n > 0) { mx /= n; my /= n; }
        double score = 0, shapeSigma = ShapeSigma * leg, shapeGate = ShapeGate * leg;
        for (int i = 0; i < pick.Length; i++)
        {
            if (pick[i] < 0) continue;
            double dx = blobs[pick[i]].X - slots[i].X, dy = blobs[pick[i]].Y - slots[i].Y;
            score += (dx * dx + dy * dy) / (slots[i].Sigma * slots[i].Sigma) - Bonus;
            if (slots[i].Moving || !double.IsFinite(slots[i].AnchorX) || !double.IsFinite(slots[i].AnchorY)) continue;
            double ox = blobs[pick[i]].X - slots[i].AnchorX - mx, oy = blobs[pick[i]].Y - slots[i].AnchorY - my;
            double shape = Math.Sqrt(ox * ox + oy * oy);
            if (shape > shapeGate) return double.PositiveInfinity;
            score += shape * shape / (shapeSigma * shapeSigma);
        }
        return score;
    }

    /// <summary>A marker not moving is read while a chain-mate it could be confused with is not.</summary>
    private static bool LeavesAConfusableMateUnread(IReadOnlyList<ChainSlot> slots, int[] pick)
    {
        for (int i = 0; i < pick.Length; i++)
        {
            if (pick[i] < 0 || slots[i].Moving) continue;
            for (int j = 0; j < pick.Length; j++)
                if (pick[j] < 0 && Confusable(slots[i], slots[j])) return true;
        }
        return false;
    }

    /// <summary>
    /// Two markers whose search regions overlap, about their expected places or about the pose's anchors (or whose place
    /// is unknown): a blob in one's could be the other's sticker.
    /// </summary>
    private static bool Confusable(ChainSlot a, ChainSlot b) =>
        !(Dist(a.X, a.Y, b.X, b.Y) >= a.Gate + b.Gate) || !(Dist(a.AnchorX, a.AnchorY, b.AnchorX, b.AnchorY) >= a.Gate + b.Gate);

    private static double Dist(double ax, double ay, double bx, double by) => Math.Sqrt((ax - bx) * (ax - bx) + (ay - by) * (ay - by));
}
