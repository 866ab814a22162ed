namespace GaitCheck.Core;

/// <summary>The clip's leg length in pixels, the unit the analysis normalises distances by and the marker tracker sizes its gates in.</summary>
public static class LegLength
{
    /// <summary>
    /// The 90th percentile over the clip of the 2D thigh + shank length (hip→knee + knee→ankle) of both legs pooled
    /// (the high percentile picks the straight, least foreshortened leg). NaN when no frame has a complete leg.
    /// </summary>
    public static double Of(PoseSequence seq)
    {
        ArgumentNullException.ThrowIfNull(seq);
        var lengths = new List<double>(seq.Frames.Count * 2);
        foreach (var f in seq.Frames)
            foreach (var s in new[] { Side.Left, Side.Right })
            {
                Keypoint h = f.Points[(int)Skeleton.Of(s, Landmark.LeftHip)], k = f.Points[(int)Skeleton.Of(s, Landmark.LeftKnee)];
                Keypoint a = f.Points[(int)Skeleton.Of(s, Landmark.LeftAnkle)];
                if (h.IsMissing || k.IsMissing || a.IsMissing) continue;
                double len = Dist(h, k) + Dist(k, a);
                if (double.IsFinite(len) && len > 0) lengths.Add(len);
            }
        if (lengths.Count == 0) return double.NaN;
        lengths.Sort();
        return lengths[(int)Math.Floor(0.9 * (lengths.Count - 1))];
    }

    private static double Dist(Keypoint p, Keypoint q)
    {
        double dx = (double)q.X - p.X, dy = (double)q.Y - p.Y;
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
