namespace GaitCheck.Analysis;

/// <summary>
/// The level crossings that time a squat rep on the normalised mid-hip drop (+ = lower), after OpenCap's squat
/// segmentation (stanfordnmbl/opencap-processing, ActivityAnalyses/squat_analysis.py, <c>segment_squat</c>:
/// SciPy's <c>peak_widths(rel_height=0.95)</c>, i.e. the linearly interpolated positions where the signal crosses
/// the level 5% of the rep's depth above its standing top, rounded to the nearest frame with <c>np.rint</c>;
/// Uhlrich et al. 2023, PLOS Comput Biol 19(10):e1011462).
/// <para>The standing top is not the minimum of the stretch before or after the rep (which noise and any slow drift of
/// the landmarks pull low, so a 5% band then ends frames away from the rep): it is fitted as the MEDIAN of the standing
/// frames next to the crossing, i.e. the frames of the same inter-rep stretch that lie inside the band, at most
/// <see cref="SquatTuning.BaselineSeconds"/> back from (or on from) the crossing; the band depends on the top and the top on the band, so
/// the two are iterated to a fixed point (a few passes).</para>
/// </summary>
internal static class SquatEdges
{
    /// <summary>
    /// The edge on one side of a rep whose deepest frame is <paramref name="peak"/>: walking away from the peak
    /// (<paramref name="dir"/> = -1 towards the start, +1 towards the end) no further than <paramref name="limit"/>, the
    /// interpolated position where the drop first falls to top + 5% of (drop at peak − top), with the top fitted as
    /// described on the class. Returns NaN when the drop never gets back into the band (a rep cut off by the clip).
    /// </summary>
    public static (double Position, double Top) Edge(double[] d, int peak, int limit, int dir, int baselineFrames, SquatTuning? tuning = null)
    {
        var t = tuning ?? AnalysisTuning.Default.Squat;
        // First guess of the top: a low percentile of the stretch between the neighbouring rep (or the clip's edge) and the peak.
        int lo = Math.Min(peak, limit), hi = Math.Max(peak, limit);
        double top = Series.Percentile(d[lo..(hi + 1)], t.FirstTopPercentile);
        if (!double.IsFinite(top) || !double.IsFinite(d[peak])) return (double.NaN, top);
        double pos = double.NaN;
        for (int pass = 0; pass < t.EdgePasses; pass++)
        {
            double level = top + t.EdgeFraction * (d[peak] - top);
            pos = Crossing(d, peak, limit, dir, level);
            if (double.IsNaN(pos)) return (double.NaN, top);
            // Standing frames: inside the band, between the crossing and at most baselineFrames further out.
            int from = dir < 0 ? (int)Math.Floor(pos) : (int)Math.Ceiling(pos);
            var standing = new List<double>();
            for (int i = from, k = 0; k <= baselineFrames && i * dir <= limit * dir; i += dir, k++)
                if (double.IsFinite(d[i]) && d[i] <= level) standing.Add(d[i]);
            if (standing.Count == 0) break;
            double next = Series.Median(standing);
            if (next == top) break;
            top = next;
        }
        return (pos, top);
    }

    /// <summary>
    /// Walking from <paramref name="from"/> in direction <paramref name="dir"/> up to <paramref name="limit"/>: the first
    /// sample at or below <paramref name="level"/>, refined by linear interpolation with the previous (finite) sample,
    /// as SciPy's <c>peak_widths</c>; NaN if none.
    /// </summary>
    public static double Crossing(double[] d, int from, int limit, int dir, double level)
    {
        int prev = -1;
        for (int i = from; i * dir <= limit * dir; i += dir)
        {
            if (i < 0 || i >= d.Length) break;
            if (!double.IsFinite(d[i])) continue;
            if (d[i] <= level)
            {
                if (prev < 0 || d[prev] <= d[i]) return i;
                return i - dir * Math.Abs(prev - i) * (level - d[i]) / (d[prev] - d[i]);
            }
            prev = i;
        }
        return double.NaN;
    }

    /// <summary>
    /// The lowest band: the first and the last (interpolated) positions in [from, to] where the drop is within
    /// <paramref name="band"/> of its value at <paramref name="peak"/>, i.e. where the descent enters and the ascent leaves it.
    /// </summary>
    public static (double Enter, double Leave) BottomBand(double[] d, int peak, int from, int to, double band)
    {
        double level = d[peak] - band;
        int first = peak, last = peak;
        for (int i = from; i <= to; i++) if (double.IsFinite(d[i]) && d[i] >= level) { first = i; break; }
        for (int i = to; i >= from; i--) if (double.IsFinite(d[i]) && d[i] >= level) { last = i; break; }
        double a = first, b = last;
        if (first > 0 && double.IsFinite(d[first - 1]) && d[first - 1] < level && d[first] > d[first - 1])
            a = first - (d[first] - level) / (d[first] - d[first - 1]);
        if (last < d.Length - 1 && double.IsFinite(d[last + 1]) && d[last + 1] < level && d[last] > d[last + 1])
            b = last + (d[last] - level) / (d[last] - d[last + 1]);
        return (a, b);
    }
}
