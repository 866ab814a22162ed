using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>Result of <see cref="SideRepair.Repair"/>: the relabelled sequence and what was changed.</summary>
public sealed record SideRepairResult(PoseSequence Sequence, int SwapsRepaired, int FramesRelabelled, IReadOnlyList<(string Group, int StartFrame, int EndFrame)> Episodes);

/// <summary>
/// Detects and repairs frame-to-frame left/right label swaps of the landmark model (the failure reported for
/// Sports2D in its issues #35 "Occasional angle flips" and #39 "Angle switching persists in sagittal view").
/// <para>For each limb group (legs: hip, knee, ankle, heel, toe; arms: shoulder, elbow, wrist, hand points) a
/// two-state hidden Markov chain per frame says whether the model's labels are swapped. A Viterbi pass over
/// state pairs minimises: the second difference (acceleration) of each labelled trajectory, i.e. how badly the
/// labelling breaks constant-velocity continuation of the previous frames; a small prior cost per swapped frame
/// (the model is usually right, so a whole clip is never relabelled without evidence); and, in frontal and
/// posterior views, a cost for contradicting the view's expected left/right image ordering of the hips and
/// shoulders (frontal: subject's left on the image right; posterior: on the image left). A jump that is undone
/// some frames later costs about four separations, so short swaps are repaired, and legs crossing in a
/// sagittal view (smooth trajectories) are not mistaken for swaps.</para>
/// Viterbi decoding: Forney 1973, "The Viterbi algorithm", Proc. IEEE 61(3).
/// </summary>
public static class SideRepair
{
    private static readonly (string Name, Landmark[] Left, Landmark Anchor)[] Groups =
    [
        ("legs", [Landmark.LeftHip, Landmark.LeftKnee, Landmark.LeftAnkle, Landmark.LeftHeel, Landmark.LeftFootIndex], Landmark.LeftHip),
        ("arms", [Landmark.LeftShoulder, Landmark.LeftElbow, Landmark.LeftWrist, Landmark.LeftPinky, Landmark.LeftIndex, Landmark.LeftThumb], Landmark.LeftShoulder),
    ];

    /// <summary>Repairs label swaps with the prior and ordering weight of <paramref name="tuning"/> (<see cref="ViewTuning.SwapPrior"/>, <see cref="ViewTuning.OrderWeight"/>).</summary>
    public static SideRepairResult Repair(PoseSequence seq, CameraView view, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var t = (tuning ?? AnalysisTuning.Default).View;
        int n = seq.Frames.Count;
        double leg = PoseAccess.LegLength(seq);
        if (n < 3 || !(leg > 0)) return new SideRepairResult(seq, 0, 0, []);
        int expect = Geometry2D.LateralSign(Side.Left, view); // sign of (left.x - right.x): +1 frontal, −1 posterior, 0 otherwise
        var swap = new bool[Groups.Length][];
        var episodes = new List<(string, int, int)>();
        for (int g = 0; g < Groups.Length; g++)
        {
            swap[g] = Decode(seq, Groups[g].Left, Groups[g].Anchor, expect, leg, t);
            for (int i = 0; i < n; i++)
            {
                if (!swap[g][i] || (i > 0 && swap[g][i - 1])) continue;
                int j = i; while (j + 1 < n && swap[g][j + 1]) j++;
                episodes.Add((Groups[g].Name, i, j));
            }
        }
        int relabelled = 0;
        var frames = new List<PoseFrame>(n);
        for (int i = 0; i < n; i++)
        {
            var f = seq.Frames[i];
            bool any = false;
            for (int g = 0; g < Groups.Length; g++) any |= swap[g][i];
            if (!any) { frames.Add(f); continue; }
            relabelled++;
            var pts = (Keypoint[])f.Points.Clone(); var raw = (Keypoint[]?)f.Raw?.Clone(); var world = (WorldPoint[]?)f.World?.Clone();
            for (int g = 0; g < Groups.Length; g++)
            {
                if (!swap[g][i]) continue;
                foreach (var l in Groups[g].Left)
                {
                    int a = (int)l, b = (int)Skeleton.Partner(l);
                    (pts[a], pts[b]) = (pts[b], pts[a]);
                    if (raw != null) (raw[a], raw[b]) = (raw[b], raw[a]);
                    if (world != null) (world[a], world[b]) = (world[b], world[a]);
                }
            }
            frames.Add(new PoseFrame { Index = f.Index, Time = f.Time, Points = pts, Raw = raw, World = world, PoseScore = f.PoseScore, Status = f.Status });
        }
        if (episodes.Count == 0) return new SideRepairResult(seq, 0, 0, []);
        var notes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var kv in seq.Notes) notes[kv.Key] = kv.Value;
        notes["structure.sideSwapsRepaired"] = Inv.I(episodes.Count);
        notes["structure.framesRelabelled"] = Inv.I(relabelled);
        var repaired = new PoseSequence { Video = seq.Video, Frames = frames, Model = seq.Model, Filter = seq.Filter, Notes = notes };
        return new SideRepairResult(repaired, episodes.Count, relabelled, episodes);
    }

    /// <summary>Viterbi over states (s[t-1], s[t]) ∈ {0,1}²; returns s[t] = labels swapped at frame t.</summary>
    private static bool[] Decode(PoseSequence seq, Landmark[] left, Landmark anchor, int expect, double leg, ViewTuning t)
    {
        int n = seq.Frames.Count;
        var unary = new double[n, 2];
        for (int i = 0; i < n; i++)
            for (int s = 0; s < 2; s++) unary[i, s] = (s == 1 ? t.SwapPrior : 0) + OrderCost(seq.Frames[i], anchor, s, expect, leg, t.OrderWeight);
        // dp[(a,b)] at t: best cost with s[t-1]=a, s[t]=b.
        var dp = new double[4];
        var back = new int[n, 4];
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 2; b++)
                dp[a * 2 + b] = unary[0, a] + unary[1, b] + Motion(seq, left, 1, -1, a, b, leg);
        for (int k = 2; k < n; k++)
        {
            var nd = new double[4];
            for (int a = 0; a < 2; a++)
                for (int b = 0; b < 2; b++)
                {
                    double best = double.PositiveInfinity; int arg = 0;
                    for (int c = 0; c < 2; c++)
                    {
                        double v = dp[c * 2 + a] + Motion(seq, left, k, c, a, b, leg);
                        if (v < best) { best = v; arg = c; }
                    }
                    nd[a * 2 + b] = best + unary[k, b];
                    back[k, a * 2 + b] = arg;
                }
            dp = nd;
        }
        var st = new bool[n];
        int bi = 0;
        for (int j = 1; j < 4; j++) if (dp[j] < dp[bi]) bi = j;
        int sa = bi / 2, sb = bi % 2;
        st[n - 1] = sb == 1; st[n - 2] = sa == 1;
        for (int i = n - 1; i >= 2; i--)
        {
            int c = back[i, sa * 2 + sb];
            st[i - 2] = c == 1;
            sb = sa; sa = c;
        }
        return st;
    }

    private static double OrderCost(PoseFrame f, Landmark anchor, int s, int expect, double leg, double orderWeight)
    {
        if (expect == 0) return 0;
        Keypoint l = f[anchor], r = f[Skeleton.Partner(anchor)];
        if (l.IsMissing || r.IsMissing) return 0;
        double d = (l.X - r.X) * (s == 1 ? -1 : 1) * expect / leg; // > 0 when the labelling agrees with the view
        return d < 0 ? -d * orderWeight : 0;
    }

    /// <summary>Mean deviation (in leg lengths) of the labelled positions at t from their constant-velocity prediction (second order), or from t-1 when c = -1 or t-2 is missing.</summary>
    private static double Motion(PoseSequence seq, Landmark[] left, int t, int c, int a, int b, double leg)
    {
        PoseFrame f0 = seq.Frames[t], f1 = seq.Frames[t - 1];
        PoseFrame? f2 = c >= 0 ? seq.Frames[t - 2] : null;
        double dt1 = f0.Time - f1.Time, dt2 = f2 is null ? 0 : f1.Time - f2.Time;
        double ratio = dt1 > 0 && dt2 > 0 ? dt1 / dt2 : 1;
        double sum = 0; int count = 0;
        foreach (var l in left)
        {
            for (int side = 0; side < 2; side++)
            {
                Landmark me = side == 0 ? l : Skeleton.Partner(l);
                Keypoint p0 = Get(f0, me, b), p1 = Get(f1, me, a);
                if (p0.IsMissing || p1.IsMissing) continue;
                double px = p1.X, py = p1.Y;
                if (f2 != null)
                {
                    Keypoint p2 = Get(f2, me, c);
                    if (!p2.IsMissing) { px += (p1.X - p2.X) * ratio; py += (p1.Y - p2.Y) * ratio; }
                }
                sum += Math.Sqrt((p0.X - px) * (p0.X - px) + (p0.Y - py) * (p0.Y - py));
                count++;
            }
        }
        return count == 0 ? 0 : sum / count / leg * 2;
    }

    private static Keypoint Get(PoseFrame f, Landmark l, int swapped) => f[swapped == 1 ? Skeleton.Partner(l) : l];
}
