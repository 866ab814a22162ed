using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>Stance-anchored gait events in frontal and posterior views.</summary>
public static partial class GaitEventDetector
{
    /// <summary>Frames at each end of the clip where no kink can be seen (the candidates need 3 frames either side).</summary>
    private const int EdgeFrames = 3;

    /// <summary>
    /// Initial contacts and toe-offs of one foot in a frontal or posterior view, anchored on its stance phases.
    /// <para>Why: every contact and toe-off of either foot is a kink (sudden change of vertical velocity) in the image
    /// trajectories of both feet: the contacting or leaving foot's own, and, in running, the whole body's as flight ends
    /// or starts. Reading each foot's kinks as its own events (the previous method) mislabels the other foot's.</para>
    /// <para>1. Stance cue: near its midstance the stance foot is on the ground while the other swings above it, so
    /// it is lower in the image (the "foot nearest the ground" cue of kinematic event detection, cf. the foot velocity
    /// algorithm, O'Connor, Thorpe, O'Malley &amp; Vaughan 2007, Gait &amp; Posture 25(3):469-474). Own stances =
    /// peaks of (own foot y − other foot y) / leg length (foot y = mean of heel, ankle, toe), at most one per 0.6 stride
    /// period (autocorrelation), prominence <see cref="GaitTuning.StanceCueProminence"/>; the other foot's stances are its valleys.</para>
    /// <para>2. Alternation: contacts of the two feet alternate (Zeni et al. 2008), so between the other foot's stance
    /// and the own one lie exactly two events, the own IC and the other foot's TO; between the own stance and the
    /// other's next one, the own TO and the other foot's IC.</para>
    /// <para>3. Event times = the two strongest kinks in each window, the second at least a quarter as strong as the
    /// first and 2 frames from it. Kinks = both feet's candidates from <see cref="VerticalCandidates"/> (peaks of the
    /// upward acceleration of the foot's mean image y above its noise), so that an event seen better on the other foot
    /// (in running the swinging foot kinks as flight starts or ends) is still found.</para>
    /// <para>4. Order: running has a flight phase (Novacheck 1998), so the other foot leaves the ground before the own
    /// foot lands (own IC = the later kink, own TO = the earlier); walking has double support, the reverse. Running =
    /// cadence above <see cref="GaitTuning.RunningCadence"/> steps/min from the stride period. In walking the
    /// own IC must also lie within one double support before the other foot's TO (<see cref="WithinDoubleSupport"/>).</para>
    /// <para>5. IC is refined on the own heel's and TO on the own toe's sharpest upward acceleration (±1 frame).</para>
    /// Returns null (the caller falls back to the per-foot kinks) when the stance cue is not periodic.
    /// </summary>
    private static (List<int> Ics, List<int> Tos)? StanceAnchored(PoseSequence seq, Side side, double leg, List<(int Frame, bool Ic, double Strength, int Peak)> kinks, GaitTuning g)
    {
        var other = side == Side.Left ? Side.Right : Side.Left;
        int gap = MaxGap(seq, g);
        var heel = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftHeel)), gap);
        var toe = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), gap);
        var d = Smooth(Scale(Sub(FootY(seq, side, g), FootY(seq, other, g)), 1 / leg), 1);
        double period = StridePeriod(d, seq, g);
        if (!(period > 0)) return null;
        int minDist = Math.Max(MinDistance(seq, g), (int)Math.Round(g.OnePerStride * period));
        var peaks = Peaks.Find(d, g.StanceCueProminence, minDist);
        var valleys = Peaks.Find(Scale(d, -1), g.StanceCueProminence, minDist);
        if (peaks.Count < 2 || valleys.Count < 2) return null;
        bool running = 120 / (period * seq.MedianFrameInterval()) > g.RunningCadence;
        int half = (int)Math.Round(period / 2), n = d.Length;
        // A stance cut by the clip's edge has no peak of its own: a virtual one half a stride from the other foot's.
        if (valleys[0] < peaks[0] && valleys[0] - half >= -half / 2) peaks.Insert(0, Math.Max(0, valleys[0] - half));
        if (valleys[^1] > peaks[^1] && valleys[^1] + half <= n - 1 + half / 2) peaks.Add(Math.Min(n - 1, valleys[^1] + half));
        var ics = new List<int>();
        var tos = new List<int>();
        int lastOtherTo = -1;
        foreach (int p in peaks)
        {
            int lo = valleys.LastOrDefault(v => v < p, p - half), hi = valleys.FirstOrDefault(v => v > p, p + half);
            var pair = TwoStrongest(kinks, lo + 1, p, g);
            int ic = Pick(pair, lo + 1, p, n, wantLater: running);
            bool moved = false;
            if (!running)
            {
                // The other foot's toe-off: the window's later kink, or, where the clip ends before it can be seen,
                // one stride after the previous one.
                int otherTo = pair.B >= 0 ? Math.Max(pair.A, pair.B) : -1;
                if (lastOtherTo >= 0 && lastOtherTo + period > n - 1 - EdgeFrames) otherTo = (int)Math.Round(lastOtherTo + period);
                int w = WithinDoubleSupport(kinks, otherTo, ic, lo + 1, period, n, g);
                moved = w != ic; ic = w;
                if (pair.B >= 0) lastOtherTo = Math.Max(pair.A, pair.B);
            }
            int to = Pick(TwoStrongest(kinks, p, hi - 1, g), p, hi - 1, n, wantLater: !running);
            if (ic >= 0 && !moved) ic = Refined(heel, ic);
            if (to >= 0) to = Refined(toe, to);
            if (ic >= 0 && (ics.Count == 0 || ics[^1] < ic)) ics.Add(ic);
            if (to >= 0 && (tos.Count == 0 || tos[^1] < to)) tos.Add(to);
        }
        return (ics, tos);
    }

    /// <summary>
    /// Walking: the own contact must lie within one double support before the other foot's toe-off <paramref name="to"/>
    /// (the window's later kink; -1 unknown).
    /// <para>Why: each double support lasts stance − 50% of the cycle, about 10-12% at ordinary speeds (stance ≈ 60-62%;
    /// Perry &amp; Burnfield 2010, Gait Analysis, 2nd ed., ch. 1) and up to about 20% in slow walking (stance ≈ 70%). A
    /// kink more than <see cref="GaitTuning.MaxDoubleSupport"/> of the stride before the other foot's toe-off is therefore not the
    /// contact but the landing foot's deceleration in terminal swing: where the foot is lowered early and skims the
    /// ground (or, on a treadmill, meets the belt gently) that is the strongest kink, about 0.2 s before contact
    /// (synthetic frontal walking: all 9 contacts 6-7 frames early at 30 fps).</para>
    /// <para>The contact is then the strongest kink inside [to − <see cref="GaitTuning.MaxDoubleSupport"/>·period, to − 1]: the
    /// landing itself or the trailing foot's push-off, which starts as the other foot lands (pre-swing, Perry &amp;
    /// Burnfield). It is timed at the raw peak of the foot's ±2-frame acceleration (<c>Peak</c>), not refined on the own
    /// heel or the other foot's toe, whose sharpest frame lies 1-2 frames earlier on that clip. When no kink lies
    /// there the earlier kink is kept (as before), unless the interval lies past the clip's last visible kink frame: then
    /// the contact is not in the clip.</para>
    /// Event detection from foot kinematics in general: O'Connor et al. 2007; Zeni et al. 2008.
    /// </summary>
    private static int WithinDoubleSupport(List<(int Frame, bool Ic, double Strength, int Peak)> kinks, int to, int ic, int from, double period, int n, GaitTuning g)
    {
        if (ic < 0 || to < 0) return ic;
        int earliest = Math.Max(from, to - (int)Math.Round(g.MaxDoubleSupport * period));
        if (ic >= earliest) return ic;
        if (earliest > n - 1 - EdgeFrames) return -1;   // the contact falls after the last frame where kinks can be seen
        var inside = kinks.Where(k => k.Frame >= earliest && k.Frame <= to - 1).OrderByDescending(k => k.Strength).ThenBy(k => k.Frame).ToList();
        return inside.Count > 0 ? inside[0].Peak : ic;
    }

    private static int Refined(double[] y, int k)
    {
        int r = ArgMinSecondDiff(y, k - 1, k + 1);
        return r >= 0 ? r : k;
    }

    /// <summary>
    /// The wanted one of a window's two events (the later or the earlier). A single kink is taken as the wanted event,
    /// except where the window is cut by the clip's edge so that the unseen event may be the wanted one: at the clip's start the missing event is the earlier, at its end the later.
    /// </summary>
    private static int Pick((int A, int B) k, int from, int to, int n, bool wantLater)
    {
        if (k.B >= 0) return wantLater ? Math.Max(k.A, k.B) : Math.Min(k.A, k.B);
        if (k.A < 0) return -1;
        if (from <= EdgeFrames && !wantLater) return -1;
        if (to >= n - 1 - EdgeFrames && wantLater) return -1;
        return k.A;
    }

    /// <summary>
    /// The strongest kink in [from, to] and the next strongest at least 2 frames away and a quarter as strong (-1 when absent).
    /// </summary>
    private static (int A, int B) TwoStrongest(List<(int Frame, bool Ic, double Strength, int Peak)> kinks, int from, int to, GaitTuning g)
    {
        var c = kinks.Where(k => k.Frame >= from && k.Frame <= to).OrderByDescending(k => k.Strength).ThenBy(k => k.Frame).ToList();
        if (c.Count == 0) return (-1, -1);
        var a = c[0];
        var b = c.FirstOrDefault(k => Math.Abs(k.Frame - a.Frame) >= 2 && k.Strength >= g.KinkShare * a.Strength, (-1, false, 0, -1));
        return (a.Frame, b.Frame);
    }

    /// <summary>Mean image y of heel, ankle and toe (gaps up to <see cref="MaxGap"/> filled).</summary>
    private static double[] FootY(PoseSequence seq, Side side, GaitTuning g)
    {
        int gap = MaxGap(seq, g);
        var heel = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftHeel)), gap);
        var toe = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), gap);
        var ankle = FillGaps(Y(seq, Skeleton.Of(side, Landmark.LeftAnkle)), gap);
        var r = new double[heel.Length];
        for (int k = 0; k < r.Length; k++) r[k] = (heel[k] + toe[k] + ankle[k]) / 3;
        return r;
    }
}
