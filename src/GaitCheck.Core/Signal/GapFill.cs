namespace GaitCheck.Core.Signal;

/// <summary>
/// Fills short interior NaN gaps of a time series by cubic Hermite interpolation in time (slopes from the neighbour
/// on each side, falling back to the secant across the gap: Catmull-Rom-like, so a 3-frame gap at a curve's peak keeps
/// its curvature better than a straight line). Gaps at either end, longer gaps and gaps containing a blocked sample
/// (a frame with no person) are left as NaN.
/// </summary>
internal static class GapFill
{
    public readonly record struct Result(int ShortFilled, int ShortPoints, int LongLeft, int LongPoints);

    /// <param name="x">Series with NaN gaps; filled in place.</param>
    /// <param name="t">Sample times (s), strictly increasing.</param>
    /// <param name="maxGapSamples">Longest gap (in missing samples) that is filled.</param>
    /// <param name="blocked">Samples that must never be filled (frames with no person), or null.</param>
    /// <param name="filled">Set true where a value was filled in, or null.</param>
    public static Result Fill(double[] x, double[] t, int maxGapSamples, bool[]? blocked, bool[]? filled)
    {
        int shortFilled = 0, shortPoints = 0, longLeft = 0, longPoints = 0;
        int i = 0, n = x.Length;
        while (i < n)
        {
            if (double.IsFinite(x[i])) { i++; continue; }
            int start = i;
            while (i < n && !double.IsFinite(x[i])) i++;
            int len = i - start;
            bool interior = start > 0 && i < n;
            bool isBlocked = false;
            if (blocked != null) for (int k = start; k < i && !isBlocked; k++) isBlocked = blocked[k];
            if (!interior || isBlocked || len > maxGapSamples)
            {
                // Frames with no person are the tracker's gaps, not the landmark's: only count landmark gaps.
                int own = 0;
                for (int k = start; k < i; k++) if (blocked == null || !blocked[k]) own++;
                if (own > 0) { longLeft++; longPoints += own; }
                continue;
            }
            int a = start - 1, b = i;
            double ta = t[a], tb = t[b], h = tb - ta;
            double secant = (x[b] - x[a]) / h;
            double ma = a > 0 && double.IsFinite(x[a - 1]) ? (x[a] - x[a - 1]) / (t[a] - t[a - 1]) : secant;
            double mb = b + 1 < n && double.IsFinite(x[b + 1]) ? (x[b + 1] - x[b]) / (t[b + 1] - t[b]) : secant;
            for (int k = start; k < b; k++)
            {
                double s = (t[k] - ta) / h, s2 = s * s, s3 = s2 * s;
                x[k] = (2 * s3 - 3 * s2 + 1) * x[a] + (s3 - 2 * s2 + s) * h * ma + (-2 * s3 + 3 * s2) * x[b] + (s3 - s2) * h * mb;
                if (filled != null) filled[k] = true;
            }
            shortFilled++;
            shortPoints += len;
        }
        return new Result(shortFilled, shortPoints, longLeft, longPoints);
    }
}
