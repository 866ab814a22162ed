using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using static GaitCheck.Analysis.Series;

namespace GaitCheck.Analysis;

/// <summary>
/// Classifies a clip's camera view from label-independent landmark geometry, robustly (medians over frames
/// whose torso is tracked). Rules (documented in the README's Analysis section):
/// <list type="number">
/// <item>Width ratio W = (shoulder width + hip width) / (2 × torso height), horizontal widths in pixels, taken
/// as the 75th percentile over frames: trunk rotation and side lean only narrow the projected widths, so the upper
/// part of the distribution reflects where the camera stands. BlazePose on real clips gave W ≈ 0.47–0.63 square-on
/// (frontal squat, Pose2Sim cam02 and cam03), 0.38 for a posterior-lateral oblique camera (cam04) and 0.21 in
/// profile (treadmill run); W ≈ 0.55·|cos yaw| for a rigid trunk.
/// W ≥ 0.42 → frontal or posterior; W ≤ 0.25 → sagittal; between → oblique.</item>
/// <item>Frontal vs posterior: a weighted vote of (a) face visibility (nose, eyes, mouth), only as evidence
/// AGAINST frontal when low, because BlazePose reports a confident face from behind too (visibility 1.0 on the
/// posterior Pose2Sim camera); (b, weight 1.5) heel→toe direction: with the camera at or above hip height the toe
/// is nearer the camera than the heel in a frontal view and so appears lower in the image (toe.y &gt; heel.y;
/// 0.10–0.21 leg on the real frontal clips), level or higher from behind; (c, 0.5) the label ordering, frontal
/// putting the subject's left on the image right; and, when world landmarks exist, (d, 1.5) the nose ahead of the
/// shoulders towards the camera and (e, 0.5) the toe ahead of the heel, in BlazePose's metric z (smaller = nearer).
/// (c)–(e) are the model's own belief, which can be wrong from behind, hence (a) and (b).</item>
/// <item>Sagittal side: the direction the subject faces, a vote of heel→toe x direction, nose ahead of the
/// ears, and net pelvis travel. Facing image left means the camera sees the subject's LEFT side
/// (<see cref="CameraView.LeftSagittal"/>); facing image right, the right side.</item>
/// </list>
/// The widths and foot geometry follow the 2D video screening literature's camera set-ups (Willson &amp; Davis
/// 2008; Munro et al. 2012: frontal camera at knee/hip height, perpendicular to the plane of motion).
/// </summary>
public static class ViewClassifier
{
    /// <summary>The camera view of <paramref name="seq"/>, with the thresholds of <paramref name="tuning"/> (default <see cref="AnalysisTuning.Default"/>).</summary>
    public static ViewEstimate Classify(PoseSequence seq, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var t = (tuning ?? AnalysisTuning.Default).View;
        var ratios = new List<double>(); var order = new List<double>(); var face = new List<double>();
        var footDy = new List<double>(); var footDx = new List<double>(); var noseDx = new List<double>();
        var worldNose = new List<double>(); var worldToe = new List<double>();
        double leg = PoseAccess.LegLength(seq);
        foreach (var f in seq.Frames)
        {
            Keypoint ls = f[Landmark.LeftShoulder], rs = f[Landmark.RightShoulder], lh = f[Landmark.LeftHip], rh = f[Landmark.RightHip];
            if (ls.IsMissing || rs.IsMissing || lh.IsMissing || rh.IsMissing) continue;
            double vis = (ls.Visibility + rs.Visibility + lh.Visibility + rh.Visibility) / 4.0;
            if (vis < t.MinTorsoVisibility) continue;
            double sw = ls.X - rs.X, hw = lh.X - rh.X;
            double torso = Math.Sqrt(Sq((ls.X + rs.X - lh.X - rh.X) / 2.0) + Sq((ls.Y + rs.Y - lh.Y - rh.Y) / 2.0));
            if (torso <= 1e-6) continue;
            ratios.Add((Math.Abs(sw) + Math.Abs(hw)) / (2 * torso));
            if (Math.Abs(sw) + Math.Abs(hw) > 1e-6) order.Add((sw + hw) / (Math.Abs(sw) + Math.Abs(hw)));
            face.Add(FaceVisibility(f));
            if (f.World is { } wo)
            {
                double nz = wo[(int)Landmark.Nose].Z - (wo[(int)Landmark.LeftShoulder].Z + wo[(int)Landmark.RightShoulder].Z) / 2.0;
                if (double.IsFinite(nz)) worldNose.Add(nz);
                foreach (var s in new[] { Side.Left, Side.Right })
                {
                    double tz = wo[(int)Skeleton.Of(s, Landmark.LeftFootIndex)].Z - wo[(int)Skeleton.Of(s, Landmark.LeftHeel)].Z;
                    if (double.IsFinite(tz)) worldToe.Add(tz);
                }
            }
            double norm = double.IsFinite(leg) && leg > 0 ? leg : 2 * torso;
            foreach (var s in new[] { Side.Left, Side.Right })
            {
                Keypoint heel = f[Skeleton.Of(s, Landmark.LeftHeel)], toe = f[Skeleton.Of(s, Landmark.LeftFootIndex)];
                if (heel.IsMissing || toe.IsMissing) continue;
                footDy.Add((toe.Y - heel.Y) / norm);
                footDx.Add((toe.X - heel.X) / norm);
            }
            Keypoint nose = f[Landmark.Nose], le = f[Landmark.LeftEar], re = f[Landmark.RightEar];
            if (!nose.IsMissing && !le.IsMissing && !re.IsMissing) noseDx.Add((nose.X - (le.X + re.X) / 2.0) / norm);
        }
        if (ratios.Count < t.MinTorsoFrames) return new ViewEstimate(CameraView.Unknown, 0, $"torso tracked in only {ratios.Count} frames");

        double w = Percentile(ratios, t.WidthPercentile);
        string wtxt = $"width ratio {Inv.F(w, 2)} (75th percentile over {ratios.Count} frames)";
        if (w >= t.FrontalMinWidthRatio)
        {
            // Face visibility only ever counts against "frontal": BlazePose often reports a confident face from behind.
            double faceScore = Math.Min(0, Clamp((Median(face) - t.FaceVisibleLevel) / t.FaceScale));
            double footScore = footDy.Count > 0 ? Clamp(Median(footDy) / t.ToeDropScale) : 0;
            double orderScore = order.Count > 0 ? Median(order) : 0;
            double noseScore = worldNose.Count > 0 ? Clamp(-Median(worldNose) / t.WorldNoseScale) : 0;   // world z: smaller = nearer the camera
            double toeScore = worldToe.Count > 0 ? Clamp(-Median(worldToe) / t.WorldToeScale) : 0;
            double weights = 1 + t.ToeDropWeight + t.LabelOrderWeight + (worldNose.Count > 0 ? t.WorldNoseWeight : 0);
            double s = (faceScore + t.ToeDropWeight * footScore + t.LabelOrderWeight * orderScore + noseScore + t.WorldToeWeight * toeScore) / weights;
            var view = s >= 0 ? CameraView.Frontal : CameraView.Posterior;
            double widthConf = Math.Min(1, t.WidthConfidenceBase + (w - t.FrontalMinWidthRatio) * t.FrontalWidthConfidenceSlope);
            double conf = Math.Round(widthConf * Math.Min(1, t.VoteConfidenceFloor + Math.Abs(s)), 3);
            return new ViewEstimate(view, conf,
                $"{wtxt} (square-on); face visibility {Inv.F(Median(face), 2)}, toe-below-heel {Inv.F(footDy.Count > 0 ? Median(footDy) : double.NaN, 3)} leg, " +
                $"label order {Inv.F(orderScore, 2)}, world nose-ahead {Inv.F(noseScore, 2)}, world toe-ahead {Inv.F(toeScore, 2)} → " +
                $"{(view == CameraView.Frontal ? "facing the camera" : "back to the camera")} (score {Inv.F(s, 2)})");
        }
        if (w <= t.SagittalMaxWidthRatio)
        {
            double footScore = footDx.Count > 0 ? Clamp(Median(footDx) / t.ProfileToeScale) : 0;
            double noseScore = noseDx.Count > 0 ? Clamp(Median(noseDx) / t.ProfileNoseScale) : 0;
            double travel = Travel(seq, leg);
            double travelScore = Math.Abs(travel) >= t.MinTravel ? Math.Sign(travel) : 0;
            double s = (footScore + noseScore + travelScore) / 3;
            if (s == 0) return new ViewEstimate(CameraView.Unknown, t.UndecidedProfileConfidence, $"{wtxt} (profile) but the facing direction is undecided");
            var view = s > 0 ? CameraView.RightSagittal : CameraView.LeftSagittal;
            double other = footDx.Count > 0 ? footDx.Count(v => Math.Sign(v) == -Math.Sign(s)) / (double)footDx.Count : 0;
            string turn = other >= t.TurnRoundShare ? $"; the feet point the other way in {Inv.F(100 * other, 0)}% of samples (the subject turns round?)" : "";
            double conf = Math.Round(Math.Min(1, t.WidthConfidenceBase + (t.SagittalMaxWidthRatio - w) * t.SagittalWidthConfidenceSlope) * Math.Min(1, t.VoteConfidenceFloor + Math.Abs(s)), 3);
            return new ViewEstimate(view, conf,
                $"{wtxt} (profile); faces image {(s > 0 ? "right" : "left")} (heel→toe {Inv.F(footScore, 2)}, nose-ahead-of-ears {Inv.F(noseScore, 2)}, travel {Inv.F(travel, 2)} leg) " +
                $"→ camera sees the subject's {(s > 0 ? "right" : "left")} side{turn}");
        }
        double mid = (t.FrontalMinWidthRatio + t.SagittalMaxWidthRatio) / 2;
        double oconf = Math.Round(Math.Min(1, 0.5 + (1 - Math.Abs(w - mid) / ((t.FrontalMinWidthRatio - t.SagittalMaxWidthRatio) / 2)) * 0.5), 3);
        return new ViewEstimate(CameraView.Oblique, oconf, $"{wtxt}: between profile (≤ {Inv.F(t.SagittalMaxWidthRatio, 2)}) and square-on (≥ {Inv.F(t.FrontalMinWidthRatio, 2)})");
    }

    private static double FaceVisibility(PoseFrame f)
    {
        ReadOnlySpan<Landmark> face = [Landmark.Nose, Landmark.LeftEyeInner, Landmark.LeftEye, Landmark.LeftEyeOuter,
            Landmark.RightEyeInner, Landmark.RightEye, Landmark.RightEyeOuter, Landmark.MouthLeft, Landmark.MouthRight];
        double s = 0;
        foreach (var l in face) { var p = f[l]; s += p.IsMissing ? 0 : p.Visibility; }
        return s / face.Length;
    }

    /// <summary>Net horizontal travel of the mid-hip over the clip, in leg lengths (positive = towards image right).</summary>
    private static double Travel(PoseSequence seq, double leg)
    {
        var x = MidHipX(seq);
        var v = x.Where(double.IsFinite).ToArray();
        if (v.Length < 4 || !(leg > 0)) return 0;
        int q = Math.Max(1, v.Length / 10);
        return (v.TakeLast(q).Average() - v.Take(q).Average()) / leg;
    }

    private static double Clamp(double v) => double.IsFinite(v) ? Math.Clamp(v, -1, 1) : 0;
    private static double Sq(double v) => v * v;
}
