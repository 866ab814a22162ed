using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Recognises the movement from foot heights and hip motion:
/// <list type="bullet">
/// <item>single-leg squat: the mid-hip goes down and up in segmentable reps (robust range ≥ 0.06 leg length) and,
/// during those reps, one foot is clearly above the other (ankle height difference ≥ 0.10 leg length) in ≥ 70% of
/// frames, always the same foot;
/// the stance leg is the lower foot (as OpenCap's squat_analysis tells single from double-leg squats by toe height);</item>
/// <item>running or walking: the feet alternate (the sign of their horizontal — sagittal — or vertical — frontal —
/// difference flips at least 4 times); running when there is a flight phase (duty factor = contact / stride
/// time &lt; 0.5) or cadence &gt; 145 steps/min, else walking (Novacheck 1998, "The biomechanics of running",
/// Gait &amp; Posture 7:77-95: running is defined by flight phases; walking keeps a double support);</item>
/// <item>double-leg squat: both feet down, hip range ≥ 0.06 leg length with segmentable reps;</item>
/// <item>otherwise other.</item>
/// </list>
/// </summary>
public static class MovementClassifier
{
    /// <summary>Facts the movement decision is made from: raised-foot fraction, the lower (stance) foot, robust hip vertical range and foot alternations (lengths in leg lengths).</summary>
    public static (double RaisedFraction, Side LowerFoot, double HipRange, int Alternations) Measure(PoseSequence seq, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var t = (tuning ?? AnalysisTuning.Default).Recognition;
        double leg = PoseAccess.LegLength(seq);
        var (raised, lower) = RaisedFoot(seq, leg, _ => true, t);
        var hip = MidHipY(seq);
        double hipRange = (Percentile(hip, 98) - Percentile(hip, 2)) / leg;
        int alt = Math.Max(Alternations(seq, leg, horizontal: true, t), Alternations(seq, leg, horizontal: false, t));
        return (raised, lower, hipRange, alt);
    }

    /// <summary>
    /// Raised-foot fraction and lower foot over the frames of the given reps only (a single-leg squat clip may
    /// start and end standing on both feet; OpenCap's squat_analysis likewise types each rep by toe heights).
    /// </summary>
    public static (double RaisedFraction, Side LowerFoot) RaisedFootDuring(PoseSequence seq, IReadOnlyList<SquatRep> reps, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq); ArgumentNullException.ThrowIfNull(reps);
        return RaisedFoot(seq, PoseAccess.LegLength(seq), i => reps.Any(r => i >= r.StartFrame && i <= r.EndFrame), (tuning ?? AnalysisTuning.Default).Recognition);
    }

    /// <summary>
    /// The planted foot during the reps: the ankle that stays still in the image while the other moves with the
    /// pelvis. Works in every view, unlike the raised-foot height test: seen from behind, a free foot held back
    /// is nearer the camera and projects LOWER in the image than the stance foot at the squat's bottom.
    /// Motion = robust (2nd–98th percentile) range of the ankle's x and y over the rep frames, in leg lengths;
    /// <c>Free</c> = the larger, <c>Planted</c> = the smaller, <c>HipRange</c> = the mid-hip's vertical range.
    /// A single-leg stance when the free ankle moves at least half as far as the hip and the planted one at most
    /// 40% as far as the free one (pose jitter of a planted ankle reaches 0.05–0.07 leg length; a double-leg squat
    /// keeps both feet still, so neither moves half as far as the hip).
    /// </summary>
    public static (double Free, double Planted, double HipRange, Side PlantedFoot) PlantedFootDuring(PoseSequence seq, IReadOnlyList<SquatRep> reps)
    {
        ArgumentNullException.ThrowIfNull(seq); ArgumentNullException.ThrowIfNull(reps);
        double leg = PoseAccess.LegLength(seq);
        bool In(int i) => reps.Any(r => i >= r.StartFrame && i <= r.EndFrame);
        double Range(double[] x)
        {
            var v = x.Where((value, i) => double.IsFinite(value) && In(i)).ToList();
            return v.Count < 3 ? double.NaN : (Percentile(v, 98) - Percentile(v, 2)) / leg;
        }
        double Motion(Side s) => Math.Max(Range(X(seq, Skeleton.Of(s, Landmark.LeftAnkle))), Range(Y(seq, Skeleton.Of(s, Landmark.LeftAnkle))));
        double l = Motion(Side.Left), r = Motion(Side.Right);
        double hip = Range(MidHipY(seq));
        if (!double.IsFinite(l) || !double.IsFinite(r)) return (double.NaN, double.NaN, hip, Side.Left);
        return l <= r ? (r, l, hip, Side.Left) : (l, r, hip, Side.Right);
    }

    /// <summary>True when <see cref="PlantedFootDuring"/> shows one planted and one free foot (<see cref="RecognitionTuning.FreeFootOverHip"/>, <see cref="RecognitionTuning.PlantedOverFree"/>).</summary>
    public static bool IsSingleLegStance((double Free, double Planted, double HipRange, Side PlantedFoot) p, AnalysisTuning? tuning = null)
    {
        var t = (tuning ?? AnalysisTuning.Default).Recognition;
        return p.Free >= t.FreeFootOverHip * p.HipRange && p.Planted <= t.PlantedOverFree * p.Free;
    }

    private static (double Raised, Side Lower) RaisedFoot(PoseSequence seq, double leg, Func<int, bool> include, RecognitionTuning t)
    {
        var la = Y(seq, Landmark.LeftAnkle); var ra = Y(seq, Landmark.RightAnkle);
        int valid = 0, leftLower = 0, rightLower = 0;
        for (int i = 0; i < la.Length; i++)
        {
            if (double.IsNaN(la[i]) || double.IsNaN(ra[i]) || !include(i)) continue;
            valid++;
            double diff = (la[i] - ra[i]) / leg;           // > 0: left ankle lower in the image
            if (diff > t.RaisedFootThreshold) leftLower++; else if (diff < -t.RaisedFootThreshold) rightLower++;
        }
        double raised = valid == 0 ? 0 : (double)Math.Max(leftLower, rightLower) / valid;
        // A raised foot that is sometimes the other one is not a single-leg stance.
        if (Math.Min(leftLower, rightLower) > t.OtherRaisedFootShare * Math.Max(leftLower, rightLower)) raised = Math.Min(raised, t.SwitchingRaisedFootCap);
        return (raised, leftLower >= rightLower ? Side.Left : Side.Right);
    }

    /// <summary>Sign flips (with ±0.08 leg-length hysteresis) of the left-minus-right heel position, horizontally or vertically.</summary>
    private static int Alternations(PoseSequence seq, double leg, bool horizontal, RecognitionTuning t)
    {
        var l = horizontal ? X(seq, Landmark.LeftHeel) : Y(seq, Landmark.LeftHeel);
        var r = horizontal ? X(seq, Landmark.RightHeel) : Y(seq, Landmark.RightHeel);
        int flips = 0, state = 0;
        for (int i = 0; i < l.Length; i++)
        {
            double d = (l[i] - r[i]) / leg;
            if (double.IsNaN(d)) continue;
            int s = d > t.AlternationHysteresis ? 1 : d < -t.AlternationHysteresis ? -1 : 0;
            if (s != 0 && state != 0 && s != state) flips++;
            if (s != 0) state = s;
        }
        return flips;
    }
}
