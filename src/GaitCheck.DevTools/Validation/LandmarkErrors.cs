using GaitCheck.Core;

namespace GaitCheck.DevTools.Validation;

/// <summary>Pose-vs-truth landmark offsets of one landmark (both sides pooled) in one clip, in % of the true leg length.</summary>
public sealed record LandmarkError(string Clip, string View, string Landmark, int N, double MeanDistance, double MeanDx, double MeanDy);

/// <summary>
/// Per-landmark error of the pose stage against the exact truth: mean distance, and mean image offsets
/// (dx + = image right, dy + = lower in the image), each in % of the true 2D leg length (hip→knee + knee→ankle)
/// of the same frame. Explains metric biases (e.g. a knee placed lower than the joint centre flattens FPPA).
/// </summary>
public static class LandmarkErrors
{
    private static readonly (string Name, Landmark Left)[] Points =
    [
        ("hip", Landmark.LeftHip), ("knee", Landmark.LeftKnee), ("ankle", Landmark.LeftAnkle),
        ("heel", Landmark.LeftHeel), ("foot_index", Landmark.LeftFootIndex), ("shoulder", Landmark.LeftShoulder),
    ];

    public static IEnumerable<LandmarkError> Measure(string clip, string view, PoseSequence pose, PoseSequence truth)
    {
        var byIndex = truth.Frames.ToDictionary(f => f.Index);
        foreach (var (name, left) in Points)
        {
            double sd = 0, sx = 0, sy = 0; int n = 0;
            foreach (var f in pose.Frames)
            {
                if (!byIndex.TryGetValue(f.Index, out var t)) continue;
                double leg = Dist(t[Landmark.LeftHip], t[Landmark.LeftKnee]) + Dist(t[Landmark.LeftKnee], t[Landmark.LeftAnkle]);
                if (!(leg > 0)) continue;
                foreach (var side in new[] { Side.Left, Side.Right })
                {
                    var l = Skeleton.Of(side, left);
                    var p = f[l]; var q = t[l];
                    if (p.IsMissing || q.IsMissing) continue;
                    sd += Dist(p, q) / leg; sx += (p.X - q.X) / leg; sy += (p.Y - q.Y) / leg; n++;
                }
            }
            if (n > 0) yield return new LandmarkError(clip, view, name, n, 100 * sd / n, 100 * sx / n, 100 * sy / n);
        }
    }

    private static double Dist(Keypoint a, Keypoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
