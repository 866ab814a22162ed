namespace GaitCheck.Core.Signal;

/// <summary>
/// Offline smoothing of a whole pose sequence, for analysis (the live path uses <see cref="OneEuroFilter"/>).
/// Per landmark and coordinate (image x, y and world x, y, z), in this order:
/// <list type="number">
/// <item>points below the visibility threshold, missing points and frames with no person become gaps (NaN);</item>
/// <item><see cref="Hampel"/> outlier rejection (window ±max(3, round(0.05 s · fs)) frames, 3σ);</item>
/// <item>interior gaps of at most <see cref="OfflineFilterOptions.MaxGapSeconds"/> are filled by cubic Hermite
///   interpolation (<see cref="GapFill"/>); longer gaps, gaps at the ends and frames with no person stay gaps;</item>
/// <item>each gap-free run is low-passed by <see cref="Butterworth"/> (zero-phase, Winter's convention).</item>
/// </list>
/// Sampling: fs = 1 / the sequence's median frame interval. A run whose intervals are all within 5 % of it is
/// filtered as uniform; otherwise (variable frame rate) it is resampled to a uniform grid, filtered and read back
/// at the original times (<see cref="UniformTime"/>). The unfiltered model output is kept in <see cref="PoseFrame.Raw"/>;
/// <see cref="PoseFrame.Points"/> holds the filtered values. A sequence that already has Raw is re-filtered from Raw.
/// Counts go into <see cref="PoseSequence.Notes"/> (keys "gaps.*", "filter.*", "frames.lost").
/// </summary>
public static class SequenceFilter
{
    public static PoseSequence Offline(PoseSequence seq, OfflineFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(seq);
        ArgumentNullException.ThrowIfNull(options);
        var frames = seq.Frames;
        int n = frames.Count;
        for (int i = 1; i < n; i++)
            if (!(frames[i].Time > frames[i - 1].Time))
                throw new ArgumentException($"frame times must increase strictly (frame {frames[i].Index} at {Inv.Text(frames[i].Time)} s follows {Inv.Text(frames[i - 1].Time)} s)", nameof(seq));
        double dt = seq.MedianFrameInterval();
        double fs = 1.0 / dt;
        var t = new double[n];
        var lost = new bool[n];
        var raw = new Keypoint[n][];
        for (int i = 0; i < n; i++)
        {
            t[i] = frames[i].Time;
            lost[i] = frames[i].Status == FrameStatus.Lost;
            raw[i] = frames[i].Raw ?? frames[i].Points;
        }
        bool anyWorld = frames.Any(f => f.World != null);
        int maxGap = (int)Math.Floor(options.MaxGapSeconds / dt + 1e-6);
        int halfWindow = Math.Max(3, (int)Math.Round(0.05 * fs));
        bool lowPass = options.CutoffHz > 0 && options.CutoffHz < fs / 2;
        var c = new Counters();
        var points = new Keypoint[n][];
        var world = new WorldPoint[n][];
        for (int i = 0; i < n; i++) { points[i] = new Keypoint[Skeleton.Count]; world[i] = new WorldPoint[Skeleton.Count]; }

        for (int j = 0; j < Skeleton.Count; j++)
        {
            var gap = new bool[n];
            for (int i = 0; i < n; i++)
            {
                var p = raw[i][j];
                gap[i] = lost[i] || p.IsMissing || !(p.Visibility >= options.VisibilityThreshold);
            }
            var filled = new bool[n];
            double[] x = Series(n, gap, i => raw[i][j].X), y = Series(n, gap, i => raw[i][j].Y);
            if (options.Hampel) c.HampelReplaced += Hampel.Apply(x, halfWindow) + Hampel.Apply(y, halfWindow);
            var g = GapFill.Fill(x, t, maxGap, lost, filled);
            GapFill.Fill(y, t, maxGap, lost, null);
            c.Add(g);
            if (lowPass) { LowPass(x, t, dt, fs, options, c, count: true); LowPass(y, t, dt, fs, options, c, count: false); }
            float[] vis = FilledVisibility(raw, j, gap, filled);
            for (int i = 0; i < n; i++)
            {
                var r = raw[i][j];
                points[i][j] = lost[i] ? Keypoint.Missing
                    : double.IsFinite(x[i]) && double.IsFinite(y[i]) ? new Keypoint((float)x[i], (float)y[i], vis[i], r.Presence)
                    : new Keypoint(float.NaN, float.NaN, r.Visibility, r.Presence);
            }
            if (!anyWorld) continue;
            var wx = Series(n, gap, i => frames[i].World is { } w ? w[j].X : float.NaN);
            var wy = Series(n, gap, i => frames[i].World is { } w ? w[j].Y : float.NaN);
            var wz = Series(n, gap, i => frames[i].World is { } w ? w[j].Z : float.NaN);
            foreach (var s in new[] { wx, wy, wz })
            {
                if (options.Hampel) Hampel.Apply(s, halfWindow);
                GapFill.Fill(s, t, maxGap, lost, null);
                if (lowPass) LowPass(s, t, dt, fs, options, c, count: false);
            }
            for (int i = 0; i < n; i++) world[i][j] = new WorldPoint((float)wx[i], (float)wy[i], (float)wz[i]);
        }

        var outFrames = new PoseFrame[n];
        for (int i = 0; i < n; i++)
        {
            var f = frames[i];
            outFrames[i] = new PoseFrame
            {
                Index = f.Index, Time = f.Time, Status = f.Status, PoseScore = f.PoseScore,
                Points = points[i], Raw = raw[i], World = f.World != null ? world[i] : null,
            };
        }
        var notes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var kv in seq.Notes) notes[kv.Key] = kv.Value;
        notes["frames.lost"] = Inv.I(lost.Count(l => l));
        notes["gaps.short_interpolated"] = Inv.I(c.ShortFilled);
        notes["gaps.short_points"] = Inv.I(c.ShortPoints);
        notes["gaps.long_count"] = Inv.I(c.LongLeft);
        notes["gaps.long_points"] = Inv.I(c.LongPoints);
        notes["filter.hampel_replaced"] = Inv.I(c.HampelReplaced);
        notes["filter.sample_rate_hz"] = Inv.F(fs, 3);
        notes["filter.short_runs_unfiltered"] = Inv.I(c.ShortRuns);
        notes["filter.resampled_runs"] = Inv.I(c.ResampledRuns);
        if (!lowPass) notes["filter.butterworth"] = $"skipped: cut-off {Inv.F(options.CutoffHz, 2)} Hz is not below Nyquist ({Inv.F(fs / 2, 2)} Hz)";
        return new PoseSequence
        {
            Video = seq.Video, Model = seq.Model, Frames = outFrames, Notes = notes,
            Filter = Describe(options, lowPass, halfWindow),
        };
    }

    /// <summary>Human-readable description written into <see cref="PoseSequence.Filter"/>.</summary>
    public static string Describe(OfflineFilterOptions o, bool lowPass, int hampelHalfWindow) =>
        string.Join(" + ", new[]
        {
            o.Hampel ? $"hampel 3sigma ±{Inv.I(hampelHalfWindow)} frames" : null,
            $"cubic gap fill <= {Inv.F(o.MaxGapSeconds, 3)} s (visibility >= {Inv.F(o.VisibilityThreshold, 2)})",
            lowPass ? $"butterworth{Inv.I(o.Order)} zero-phase {Inv.F(o.CutoffHz, 2)} Hz" : null,
        }.Where(s => s != null));

    private static double[] Series(int n, bool[] gap, Func<int, float> value)
    {
        var s = new double[n];
        for (int i = 0; i < n; i++) s[i] = gap[i] ? double.NaN : value(i);
        return s;
    }

    private static void LowPass(double[] s, double[] t, double dt, double fs, OfflineFilterOptions o, Counters c, bool count)
    {
        int minRun = Butterworth.MinRunLength(o.Order);
        foreach (var (start, length) in Runs.NanFree(s).ToList())
        {
            if (length < minRun) { if (count) c.ShortRuns++; continue; }
            var ts = t.AsSpan(start, length);
            if (count && !UniformTime.IsUniform(ts, dt)) c.ResampledRuns++;
            UniformTime.FilterRun(s.AsSpan(start, length), ts, dt, a => Butterworth.FiltFilt(a, fs, o.CutoffHz, o.Order));
        }
    }

    /// <summary>Visibility of each output point: the raw one, or for a filled point the lower of the two samples bounding its gap.</summary>
    private static float[] FilledVisibility(Keypoint[][] raw, int j, bool[] gap, bool[] filled)
    {
        int n = raw.Length;
        var vis = new float[n];
        float before = 0;
        for (int i = 0; i < n; i++)
        {
            if (!filled[i]) { vis[i] = raw[i][j].Visibility; if (!gap[i]) before = vis[i]; continue; }
            int k = i;
            while (k < n && filled[k]) k++;
            float after = k < n ? raw[k][j].Visibility : before;
            for (int m = i; m < k; m++) vis[m] = Math.Min(before, after);
            i = k - 1;
        }
        return vis;
    }

    private sealed class Counters
    {
        public int ShortFilled, ShortPoints, LongLeft, LongPoints, HampelReplaced, ShortRuns, ResampledRuns;
        public void Add(GapFill.Result r) { ShortFilled += r.ShortFilled; ShortPoints += r.ShortPoints; LongLeft += r.LongLeft; LongPoints += r.LongPoints; }
    }
}
