using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>Small NaN-aware time-series helpers used by the structure stage (landmark tracks, robust statistics, light smoothing).</summary>
internal static class Series
{
    public static double[] X(PoseSequence seq, Landmark l) => Track(seq, l, p => p.X);
    public static double[] Y(PoseSequence seq, Landmark l) => Track(seq, l, p => p.Y);

    public static double[] Track(PoseSequence seq, Landmark l, Func<Keypoint, float> sel)
    {
        var r = new double[seq.Frames.Count];
        for (int i = 0; i < r.Length; i++)
        {
            var p = seq.Frames[i].Points[(int)l];
            r[i] = p.IsMissing ? double.NaN : sel(p);
        }
        return r;
    }

    /// <summary>Mid-hip image x and y tracks (NaN where either hip is a gap).</summary>
    public static double[] MidHipX(PoseSequence seq) => Mid(X(seq, Landmark.LeftHip), X(seq, Landmark.RightHip));
    public static double[] MidHipY(PoseSequence seq) => Mid(Y(seq, Landmark.LeftHip), Y(seq, Landmark.RightHip));

    public static double[] Mid(double[] a, double[] b)
    {
        var r = new double[a.Length];
        for (int i = 0; i < r.Length; i++) r[i] = (a[i] + b[i]) / 2;
        return r;
    }

    public static double[] Sub(double[] a, double[] b)
    {
        var r = new double[a.Length];
        for (int i = 0; i < r.Length; i++) r[i] = a[i] - b[i];
        return r;
    }

    public static double[] Scale(double[] a, double k)
    {
        var r = new double[a.Length];
        for (int i = 0; i < r.Length; i++) r[i] = a[i] * k;
        return r;
    }

    /// <summary>Linear interpolation across NaN gaps no longer than <paramref name="maxGap"/> samples (edges are held).</summary>
    public static double[] FillGaps(double[] x, int maxGap)
    {
        var r = (double[])x.Clone();
        int n = r.Length, i = 0;
        while (i < n)
        {
            if (!double.IsNaN(r[i])) { i++; continue; }
            int s = i;
            while (i < n && double.IsNaN(r[i])) i++;
            int len = i - s;
            if (len > maxGap) continue;
            if (s == 0 && i < n) for (int k = s; k < i; k++) r[k] = r[i];
            else if (i == n && s > 0) for (int k = s; k < i; k++) r[k] = r[s - 1];
            else if (s > 0 && i < n)
                for (int k = s; k < i; k++) r[k] = r[s - 1] + (r[i] - r[s - 1]) * (k - s + 1) / (len + 1);
        }
        return r;
    }

    /// <summary>Centred moving average over 2*half+1 samples, ignoring NaN neighbours; NaN stays NaN.</summary>
    public static double[] Smooth(double[] x, int half)
    {
        if (half <= 0) return (double[])x.Clone();
        var r = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) { r[i] = double.NaN; continue; }
            double s = 0; int c = 0;
            for (int k = Math.Max(0, i - half); k <= Math.Min(x.Length - 1, i + half); k++)
                if (!double.IsNaN(x[k])) { s += x[k]; c++; }
            r[i] = s / c;
        }
        return r;
    }

    public static double Median(IEnumerable<double> values) => Percentile(values, 50);

    /// <summary>Percentile (0-100, linear interpolation) of the finite values; NaN when there are none.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var v = values.Where(double.IsFinite).ToArray();
        if (v.Length == 0) return double.NaN;
        Array.Sort(v);
        double pos = p / 100 * (v.Length - 1);
        int lo = (int)Math.Floor(pos), hi = (int)Math.Ceiling(pos);
        return v[lo] + (v[hi] - v[lo]) * (pos - lo);
    }

    public static double Dist(Keypoint a, Keypoint b) =>
        a.IsMissing || b.IsMissing ? double.NaN : Math.Sqrt((double)(a.X - b.X) * (a.X - b.X) + (double)(a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>Indices of strict local maxima of <paramref name="x"/> (plateaus: first sample), ignoring NaN.</summary>
    public static List<int> LocalMaxima(double[] x)
    {
        var r = new List<int>();
        for (int i = 1; i < x.Length - 1; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(x[i - 1])) continue;
            if (x[i] <= x[i - 1]) continue;
            int j = i + 1;
            while (j < x.Length && !double.IsNaN(x[j]) && x[j] == x[i]) j++;
            if (j < x.Length && !double.IsNaN(x[j]) && x[j] < x[i]) r.Add(i);
        }
        return r;
    }

    /// <summary>Standard deviation of white noise on a smooth signal, from the third difference (std σ√20), robustly (MAD); 0 when no difference is finite.</summary>
    public static double NoiseSigma(double[] y)
    {
        var third = new List<double>();
        for (int k = 2; k < y.Length - 1; k++)
        {
            double d = y[k + 1] - 3 * y[k] + 3 * y[k - 1] - y[k - 2];
            if (double.IsFinite(d)) third.Add(Math.Abs(d));
        }
        return third.Count > 0 ? 1.4826 * Median(third) / Math.Sqrt(20) : 0;
    }
}
