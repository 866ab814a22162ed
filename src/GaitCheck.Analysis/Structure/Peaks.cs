namespace GaitCheck.Analysis;

/// <summary>Peak picking with prominence and minimum distance (the definitions of SciPy's <c>find_peaks</c>, used by OpenCap's squat segmentation).</summary>
internal static class Peaks
{
    /// <summary>Local maxima whose prominence is at least <paramref name="minProminence"/>, then thinned so that no two are closer than <paramref name="minDistance"/> samples (higher peaks win).</summary>
    public static List<int> Find(double[] x, double minProminence, int minDistance)
    {
        var cand = new List<(int I, double P)>();
        foreach (int i in Series.LocalMaxima(x))
        {
            double p = Prominence(x, i);
            if (p >= minProminence) cand.Add((i, p));
        }
        var keep = new List<int>();
        foreach (var c in cand.OrderByDescending(c => x[c.I]).ThenBy(c => c.I))
            if (keep.All(k => Math.Abs(k - c.I) >= minDistance)) keep.Add(c.I);
        keep.Sort();
        return keep;
    }

    /// <summary>Height of the peak above the higher of the two minima reached before meeting a higher sample (or the series end) on each side.</summary>
    /// <remarks>Unlike SciPy, a side that runs into the series' edge without meeting a higher sample is ignored
    /// (the peak is measured on its other side), so an event close to the clip's start or end is still found.</remarks>
    public static double Prominence(double[] x, int i)
    {
        double leftMin = x[i], rightMin = x[i];
        bool leftEdge = true, rightEdge = true;
        for (int k = i - 1; k >= 0; k--)
        {
            if (double.IsNaN(x[k])) continue;
            if (x[k] > x[i]) { leftEdge = false; break; }
            leftMin = Math.Min(leftMin, x[k]);
        }
        for (int k = i + 1; k < x.Length; k++)
        {
            if (double.IsNaN(x[k])) continue;
            if (x[k] > x[i]) { rightEdge = false; break; }
            rightMin = Math.Min(rightMin, x[k]);
        }
        if (leftEdge && !rightEdge) return x[i] - rightMin;
        if (rightEdge && !leftEdge) return x[i] - leftMin;
        if (leftEdge && rightEdge) return x[i] - Math.Min(leftMin, rightMin);
        return x[i] - Math.Max(leftMin, rightMin);
    }

    /// <summary>Index of the largest finite value of <paramref name="x"/> in [from, to] (clamped); -1 if none.</summary>
    public static int ArgMax(double[] x, int from, int to)
    {
        from = Math.Max(0, from); to = Math.Min(x.Length - 1, to);
        int best = -1;
        for (int i = from; i <= to; i++) if (double.IsFinite(x[i]) && (best < 0 || x[i] > x[best])) best = i;
        return best;
    }
}
