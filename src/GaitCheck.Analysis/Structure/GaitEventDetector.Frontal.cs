using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>Stance-anchored gait events in frontal and posterior views.</summary>
public static partial class GaitEventDetector
{
    /// <summary>Minimum prominence, in leg lengths, of the stance cue (one foot lower in the image than the other).</summary>
    public const double StanceCueProminence = 0.05;

    /// <summary>
    /// Initial contacts and toe-offs of one foot in a frontal or posterior view, anchored on its stance phases.
    /// <para>Why: every contact and toe-off of either foot is a kink (sudden change of vertical velocity) in the image
    /// trajectories of both feet: the contacting or leaving foot's own, and, in running, the whole body's as flight ends
    /// or starts. Reading each foot's kinks as its own events (the previous method) mislabels the other foot's.</para>
    /// <para>1. Stance cue: near its midstance the stance foot is on the ground while the other swings above it, so
    /// it is lower in the image (the "foot nearest the ground" cue of kinematic event detection, cf. the foot velocity
    /// algorithm, O'Connor, Thorpe, O'Malley &amp; Vaughan 2007, Gait &amp; Posture 25(3):469-474). Own stances =
    /// peaks of (own foot y − other foot y) / leg length (foot y = mean of heel, ankle, toe), at most one per 0.6 stride
    /// period (autocorrelation), prominence <see cref="StanceCueProminence"/>; the other foot's stances are its valleys.</para>
    /// <para>2. Alternation: contacts of the two feet alternate (Zeni et al. 2008), so between the other foot's stance
    /// and the own one lie exactly two events, the own IC and the other foot's TO; between the own stance and the
    /// other's next one, the own TO and the other foot's IC.</para>
    /// <para>3. Event times = the two strongest kinks in each window: local maxima of the upward acceleration summed
    /// over both feet's heel and toe (negated ±1-frame second difference of image y), above 3× its noise, the second at
    /// least half as strong as the first and 2 frames from it.</para>
    /// <para>4. Order: running has a flight phase (Novacheck 1998), so the other foot leaves the ground before the own
    /// foot lands (own IC = the later kink, own TO = the earlier); walking has double support, the reverse. Running =
    /// cadence above <see cref="MovementClassifier.RunningCadence"/> steps/min from the stride period.</para>
    /// <para>5. IC is refined on the own heel's and TO on the own toe's sharpest upward acceleration (±1 frame).</para>
    /// Returns null (the caller falls back to the per-foot kinks) when the stance cue is not periodic.
    /// </summary>
    private static (List<int> Ics, List<int> Tos)? StanceAnchored(PoseSequence seq, Side side, double leg)
    {
        var other = side == Side.Left ? Side.Right : Side.Left;
        int gap = MaxGap(seq);
        var heel = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftHeel)), gap);
        var toe = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), gap);
        var d = Smooth(Scale(Sub(FootY(seq, side), FootY(seq, other)), 1 / leg), 1);
        double period = StridePeriod(d, seq);
        if (!(period > 0)) return null;
        int minDist = Math.Max(MinDistance(seq), (int)Math.Round(0.6 * period));
        var peaks = Peaks.Find(d, StanceCueProminence, minDist);
        var valleys = Peaks.Find(Scale(d, -1), StanceCueProminence, minDist);
        if (peaks.Count < 2 || valleys.Count < 2) return null;
        bool running = 120 / (period * seq.MedianFrameInterval()) > MovementClassifier.RunningCadence;
        int half = (int)Math.Round(period / 2), n = d.Length;
        // A stance cut by the clip's edge has no peak of its own: a virtual one half a stride from the other foot's.
        if (valleys[0] < peaks[0] && valleys[0] - half >= -half / 2) peaks.Insert(0, Math.Max(0, valleys[0] - half));
        if (valleys[^1] > peaks[^1] && valleys[^1] + half <= n - 1 + half / 2) peaks.Add(Math.Min(n - 1, valleys[^1] + half));
        var (kinks, noise) = BothFeetUpwardAcceleration(seq, gap);
        double floor = 3 * noise;
        var ics = new List<int>();
        var tos = new List<int>();
        if (Environment.GetEnvironmentVariable("GC_DBG") == "1")
        {
            System.IO.File.AppendAllText("/tmp/i-dbg.txt", $"DBG {side} period {period} running {running} peaks [{string.Join(",", peaks)}] valleys [{string.Join(",", valleys)}] floor {floor:F2}" + "\n");
            System.IO.File.AppendAllText("/tmp/i-dbg.txt", "DBG D " + string.Join(" ", d.Select((v, i) => $"{i}:{v:F2}")) + "\n");
            System.IO.File.AppendAllText("/tmp/i-dbg.txt", "DBG S " + string.Join(" ", kinks.Select((v, i) => $"{i}:{v:F1}")) + "\n");
        }
        foreach (int p in peaks)
        {
            int lo = valleys.LastOrDefault(v => v < p, p - half), hi = valleys.FirstOrDefault(v => v > p, p + half);
            var (a, b) = TwoStrongest(kinks, lo + 1, p, floor);
            int ic = b < 0 ? a : running ? Math.Max(a, b) : Math.Min(a, b);
            (a, b) = TwoStrongest(kinks, p, hi - 1, floor);
            int to = b < 0 ? a : running ? Math.Min(a, b) : Math.Max(a, b);
            if (ic >= 0) ic = Refined(heel, ic);
            if (to >= 0) to = Refined(toe, to);
            if (ic >= 0 && (ics.Count == 0 || ics[^1] < ic)) ics.Add(ic);
            if (to >= 0 && (tos.Count == 0 || tos[^1] < to)) tos.Add(to);
        }
        return (ics, tos);
    }

    private static int Refined(double[] y, int k)
    {
        int r = ArgMinSecondDiff(y, k - 1, k + 1);
        return r >= 0 ? r : k;
    }

    /// <summary>
    /// Upward acceleration (negated ±1-frame second difference of image y, y down) summed over both heels and toes,
    /// with the noise level of that sum: per track σ√6 with σ estimated robustly (MAD) from the third difference
    /// (std σ√20, zero for smooth motion), combined as a root sum of squares.
    /// </summary>
    private static (double[] S, double Noise) BothFeetUpwardAcceleration(PoseSequence seq, int gap)
    {
        int n = seq.Frames.Count;
        var s = new double[n];
        Array.Fill(s, double.NaN);
        for (int k = 1; k < n - 1; k++) s[k] = 0;
        double noise2 = 0;
        foreach (var l in new[] { Landmark.LeftHeel, Landmark.LeftFootIndex, Landmark.RightHeel, Landmark.RightFootIndex })
        {
            var y = FillGaps(Y(seq, l), gap);
            for (int k = 1; k < n - 1; k++) s[k] -= y[k + 1] - 2 * y[k] + y[k - 1];
            var third = new List<double>();
            for (int k = 2; k < n - 1; k++) third.Add(Math.Abs(y[k + 1] - 3 * y[k] + 3 * y[k - 1] - y[k - 2]));
            double noise = 1.4826 * Median(third.Where(double.IsFinite)) / Math.Sqrt(20) * Math.Sqrt(6);
            if (double.IsFinite(noise)) noise2 += noise * noise;
        }
        return (s, Math.Sqrt(noise2));
    }

    /// <summary>
    /// The strongest local maximum of <paramref name="s"/> in [from, to] above <paramref name="floor"/>, and the next
    /// strongest at least 2 frames away and half as strong (-1 when absent).
    /// </summary>
    private static (int A, int B) TwoStrongest(double[] s, int from, int to, double floor)
    {
        var c = new List<int>();
        for (int k = Math.Max(1, from); k <= Math.Min(s.Length - 2, to); k++)
            if (s[k] > floor && s[k] > s[k - 1] && s[k] >= s[k + 1]) c.Add(k);
        if (c.Count == 0) return (-1, -1);
        int a = c.OrderByDescending(k => s[k]).First();
        int b = c.Where(k => Math.Abs(k - a) >= 2 && s[k] >= 0.5 * s[a]).OrderByDescending(k => s[k]).FirstOrDefault(-1);
        return (a, b);
    }

    /// <summary>Mean image y of heel, ankle and toe (gaps up to <see cref="MaxGap"/> filled).</summary>
    private static double[] FootY(PoseSequence seq, Side side)
    {
        int gap = MaxGap(seq);
        var heel = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftHeel)), gap);
        var toe = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), gap);
        var ankle = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftAnkle)), gap);
        var r = new double[heel.Length];
        for (int k = 0; k < r.Length; k++) r[k] = (heel[k] + toe[k] + ankle[k]) / 3;
        return r;
    }
}
