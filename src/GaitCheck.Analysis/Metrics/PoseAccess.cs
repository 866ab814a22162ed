using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>Reads landmarks of one frame as <see cref="P2"/> (NaN for gaps) and derives leg length.</summary>
public static class PoseAccess
{
    public static P2 At(PoseFrame f, Landmark l)
    {
        var k = f.Points[(int)l];
        return k.IsMissing ? new P2(double.NaN, double.NaN) : new P2(k.X, k.Y);
    }

    public static P2 At(PoseFrame f, Side side, Landmark any) => At(f, Skeleton.Of(side, any));

    public static P2 MidHip(PoseFrame f) => P2.Mid(At(f, Landmark.LeftHip), At(f, Landmark.RightHip));

    public static P2 MidShoulder(PoseFrame f) => P2.Mid(At(f, Landmark.LeftShoulder), At(f, Landmark.RightShoulder));

    /// <summary>
    /// Leg length in pixels for normalising distances: the 90th percentile over the clip of the 2D thigh + shank
    /// length (hip→knee + knee→ankle) of both legs pooled (the high percentile picks the straight, least
    /// foreshortened leg). NaN when no frame has a complete leg.
    /// </summary>
    public static double LegLength(PoseSequence seq)
    {
        var lengths = new List<double>(seq.Frames.Count * 2);
        foreach (var f in seq.Frames)
            foreach (var s in new[] { Side.Left, Side.Right })
            {
                P2 h = At(f, s, Landmark.LeftHip), k = At(f, s, Landmark.LeftKnee), a = At(f, s, Landmark.LeftAnkle);
                double len = (k - h).Length + (a - k).Length;
                if (double.IsFinite(len) && len > 0) lengths.Add(len);
            }
        if (lengths.Count == 0) return double.NaN;
        lengths.Sort();
        return lengths[(int)Math.Floor(0.9 * (lengths.Count - 1))];
    }
}
