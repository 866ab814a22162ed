using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Per-side initial contact (IC), midstance and toe-off (TO) of running and walking.
/// <para>Sagittal views (and oblique views whose feet swing mostly horizontally): Zeni, Richards &amp; Higginson
/// 2008, "Two simple methods for determining gait events during treadmill and overground walking using
/// kinematic data", Gait &amp; Posture 27(4):710-714. Positions are taken relative to the pelvis (mid-hip) along the
/// direction of travel: IC = the heel's maximum anterior excursion, TO = the toe's maximum posterior excursion.
/// The direction of travel is the pelvis's own horizontal motion where it moves (overground, also after a turn),
/// else the view's facing direction (treadmill), else the heel→toe direction.
/// Zeni's TO is late in running (the foot keeps moving back after it leaves the belt): in true profile views each TO
/// is moved back to the last stance frame with the toe on the ground (<c>GroundContact</c>, GaitEventDetector.Ground.cs);
/// in oblique views to the toe's vertical take-off within the 0.3 s before it (sharpest upward acceleration of toe y)
/// when that stands clearly above the noise.
/// Midstance = the stance frame at which the ankle passes under the pelvis (nearest the zero crossing of its
/// relative position) in sagittal views, else (oblique views, no crossing) the stance midpoint.</para>
/// <para>Frontal and posterior views: stance-anchored kink pairing (<c>StanceAnchored</c>, GaitEventDetector.Frontal.cs).
/// Candidates are sharp upward accelerations of either foot's image path (peaks of the negative ±2-frame second
/// difference of the foot's mean y, GaitEventDetector.Vertical.cs). Every contact and toe-off kinks BOTH feet's paths,
/// so candidates are not read per foot: the stance foot is the lower one in the image (peaks of own − other foot y,
/// one per 0.6 stride), and between two stances of alternating feet lie exactly one contact and one toe-off; in
/// running (flight phase) the later kink is the contact, in walking (double support) the earlier (O'Connor et al. 2007;
/// Zeni et al. 2008; Novacheck 1998). Without a periodic stance signal the per-foot candidates are used as before.
/// Midstance = stance midpoint.</para>
/// Peaks are picked on a lightly smoothed signal (prominence, as SciPy's find_peaks, at most one per 0.6 of the
/// stride period found by autocorrelation) and the exact frame is the
/// raw extremum within ±2 frames, because smoothing shifts asymmetric peaks.
/// <para>Pose output that keeps the model's raw landmarks is read through <c>EventTracks</c> (no visibility gaps) and
/// Zeni's contact is timed on <c>UnfilteredTracks</c> (no low-pass): GaitEventDetector.Timing.cs says why.</para>
/// </summary>
public static partial class GaitEventDetector
{
    /// <summary>The gait events of <paramref name="seq"/>, with the thresholds of <paramref name="tuning"/>'s <see cref="AnalysisTuning.Gait"/> (default <see cref="AnalysisTuning.Default"/>).</summary>
    public static IReadOnlyList<GaitEvent> Detect(PoseSequence seq, CameraView view, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var g = (tuning ?? AnalysisTuning.Default).Gait;
        double leg = PoseAccess.LegLength(seq);
        if (!(leg > 0) || seq.Frames.Count < 5) return [];
        var events = new List<GaitEvent>();
        bool sagittal = Geometry2D.IsSagittal(view);
        bool horizontal = sagittal
            || (view is CameraView.Oblique or CameraView.Unknown && HorizontalSwing(seq, leg) > VerticalSwing(seq, leg));
        int dir = sagittal ? Geometry2D.FacingSign(view) : FacingFromFeet(seq);
        // Tracks from the model's raw output where the sequence keeps it (GaitEventDetector.Timing.cs).
        var tracks = EventTracks(seq);
        var unfiltered = horizontal ? UnfilteredTracks(seq) : tracks;
        foreach (var side in new[] { Side.Left, Side.Right })
            events.AddRange(horizontal ? Zeni(tracks, unfiltered, side, dir, leg, sagittal, g) : Vertical(tracks, side, leg, g));
        return events.OrderBy(e => e.Frame).ThenBy(e => e.Side).ThenBy(e => e.Kind).ToList();
    }

    private static int MinDistance(PoseSequence seq, GaitTuning g) => Math.Max(3, (int)Math.Round(g.MinEventSeconds / seq.MedianFrameInterval()));
    private static int MaxGap(PoseSequence seq, GaitTuning g) => Math.Max(2, (int)Math.Round(g.MaxGapSeconds / seq.MedianFrameInterval()));

    private static List<GaitEvent> Zeni(PoseSequence seq, PoseSequence unfiltered, Side side, int dir, double leg, bool sagittal, GaitTuning g)
    {
        int gap = MaxGap(seq, g);
        var pelvis = FillGaps(MidHipX(seq), gap);
        var k = Scale(TravelDirection(seq, pelvis, dir, leg, g), 1 / leg);
        var heel = Mul(Sub(FillGaps(X(seq, Skeleton.Of(side, Landmark.LeftHeel)), gap), pelvis), k);
        var toe = Mul(Sub(FillGaps(X(seq, Skeleton.Of(side, Landmark.LeftFootIndex)), gap), pelvis), k);
        var ankle = Mul(Sub(FillGaps(X(seq, Skeleton.Of(side, Landmark.LeftAnkle)), gap), pelvis), k);
        int minDist = Math.Max(MinDistance(seq, g), (int)Math.Round(g.OnePerStride * StridePeriod(heel, seq, g)));
        // Found on the filtered heel, timed on the unfiltered one (GaitEventDetector.Timing.cs).
        bool retime = !ReferenceEquals(unfiltered, seq);
        var heelTiming = retime ? Mul(Sub(FillGaps(X(unfiltered, Skeleton.Of(side, Landmark.LeftHeel)), gap), pelvis), k) : heel;
        var ics = Refine(heelTiming, Peaks.Find(Smooth(heel, 1), g.MinProminence, minDist), retime ? PeakTimingFrames(seq, g) : 2);
        var tos = Refine(Scale(toe, -1), Peaks.Find(Smooth(Scale(toe, -1), 1), g.MinProminence, minDist));
        if (sagittal) (ics, tos) = GroundContact(seq, side, leg, ics, tos, g);
        else tos = TakeOff(seq, side, ics, tos, g);
        // Foot under the pelvis only means midstance in a true profile view; in an oblique view the hips' depth offset
        // projects onto x, so the stance midpoint is used instead.
        return Assemble(seq, side, ics, tos, sagittal ? (ic, to) => Midstance(ankle, ic, to) : (ic, to) => (ic + to + 1) / 2);
    }

    /// <summary>
    /// Dominant stride period in frames: the first lag (0.4–2.5 s) whose autocorrelation of the heel's relative
    /// position is a local maximum within 80% of the best (multiples of the period correlate about as well);
    /// 0 when there is no clear periodicity (best correlation below 0.3). Used to keep only one contact
    /// per 0.6 stride, which rejects the single-frame label flips of a small, distant subject.
    /// </summary>
    private static double StridePeriod(double[] x, PoseSequence seq, GaitTuning g)
    {
        double dt = seq.MedianFrameInterval();
        int lo = Math.Max(3, (int)(g.MinStrideSeconds / dt)), hi = Math.Min(x.Length / 2, (int)(g.MaxStrideSeconds / dt));
        var v = x.Where(double.IsFinite).ToArray();
        if (v.Length < 10 || hi <= lo) return 0;
        double mean = v.Average();
        var r = new double[hi + 2];
        for (int lag = lo - 1; lag <= hi + 1 && lag < x.Length; lag++)
        {
            double sxy = 0, sxx = 0, syy = 0;
            for (int i = 0; i + lag < x.Length; i++)
            {
                double a = x[i] - mean, b = x[i + lag] - mean;
                if (!double.IsFinite(a) || !double.IsFinite(b)) continue;
                sxy += a * b; sxx += a * a; syy += b * b;
            }
            r[lag] = sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
        }
        double max = 0;
        for (int lag = lo; lag <= hi; lag++) max = Math.Max(max, r[lag]);
        if (max < g.MinPeriodicity) return 0;
        // The first local maximum close to the best one: multiples of the period correlate about as well.
        for (int lag = lo; lag <= hi; lag++)
            if (r[lag] >= g.PeriodNearBest * max && r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1]) return lag;
        return 0;
    }

    private static double[] Mul(double[] a, double[] b)
    {
        var r = new double[a.Length];
        for (int i = 0; i < r.Length; i++) r[i] = a[i] * b[i];
        return r;
    }

    /// <summary>
    /// Per-frame direction of travel (+1 = towards image right): the sign of the pelvis's horizontal velocity over
    /// ±0.5 s where it moves faster than 0.5 leg lengths/s (overground: a subject who turns round mid-clip gets
    /// both directions), else the clip's facing direction <paramref name="fallback"/> (treadmill).
    /// </summary>
    private static double[] TravelDirection(PoseSequence seq, double[] pelvis, int fallback, double leg, GaitTuning g)
    {
        int n = pelvis.Length, half = Math.Max(2, (int)Math.Round(g.TravelHalfWindowSeconds / seq.MedianFrameInterval()));
        var dir = new double[n];
        for (int i = 0; i < n; i++)
        {
            int a = Math.Max(0, i - half), b = Math.Min(n - 1, i + half);
            double dt = seq.Frames[b].Time - seq.Frames[a].Time;
            double v = dt > 0 ? (pelvis[b] - pelvis[a]) / dt / leg : double.NaN;
            dir[i] = double.IsFinite(v) && Math.Abs(v) > g.MinTravelSpeed ? Math.Sign(v) : fallback;
        }
        return dir;
    }

    private static int Midstance(double[] ankleRel, int ic, int to)
    {
        for (int i = ic + 1; i <= to; i++)
        {
            if (double.IsNaN(ankleRel[i]) || double.IsNaN(ankleRel[i - 1])) continue;
            if (ankleRel[i - 1] > 0 && ankleRel[i] <= 0) return Math.Abs(ankleRel[i]) <= Math.Abs(ankleRel[i - 1]) ? i : i - 1;
        }
        return (ic + to + 1) / 2;
    }

    /// <summary>Emits IC, the first TO after it (before the next IC), and the midstance between them.</summary>
    private static List<GaitEvent> Assemble(PoseSequence seq, Side side, List<int> ics, List<int> tos, Func<int, int, int> midstance)
    {
        var ev = new List<GaitEvent>();
        foreach (int ic in ics) ev.Add(new GaitEvent(side, GaitEventKind.InitialContact, ic, seq.Frames[ic].Time));
        foreach (int to in tos) ev.Add(new GaitEvent(side, GaitEventKind.ToeOff, to, seq.Frames[to].Time));
        for (int i = 0; i < ics.Count; i++)
        {
            int next = i + 1 < ics.Count ? ics[i + 1] : int.MaxValue;
            int to = tos.FirstOrDefault(t => t > ics[i] && t < next, -1);
            if (to < 0) continue;
            int ms = midstance(ics[i], to);
            ev.Add(new GaitEvent(side, GaitEventKind.Midstance, ms, seq.Frames[ms].Time));
        }
        return ev;
    }

    private static double HorizontalSwing(PoseSequence seq, double leg) => Swing(seq, leg, horizontal: true);
    private static double VerticalSwing(PoseSequence seq, double leg) => Swing(seq, leg, horizontal: false);

    private static double Swing(PoseSequence seq, double leg, bool horizontal)
    {
        var pelvis = horizontal ? MidHipX(seq) : MidHipY(seq);
        double best = 0;
        foreach (var s in new[] { Side.Left, Side.Right })
        {
            var h = horizontal ? X(seq, Skeleton.Of(s, Landmark.LeftHeel)) : Y(seq, Skeleton.Of(s, Landmark.LeftHeel));
            var rel = Sub(h, pelvis);
            best = Math.Max(best, (Percentile(rel, 95) - Percentile(rel, 5)) / leg);
        }
        return best;
    }

    /// <summary>+1 when the feet point to the image right (median heel→toe x), else -1.</summary>
    internal static int FacingFromFeet(PoseSequence seq)
    {
        var dx = new List<double>();
        foreach (var f in seq.Frames)
            foreach (var s in new[] { Side.Left, Side.Right })
            {
                Keypoint h = f[Skeleton.Of(s, Landmark.LeftHeel)], t = f[Skeleton.Of(s, Landmark.LeftFootIndex)];
                if (!h.IsMissing && !t.IsMissing) dx.Add(t.X - h.X);
            }
        return Median(dx) >= 0 ? 1 : -1;
    }
}
