using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>Which landmarks a metric is computed from.</summary>
public enum LandmarkSource
{
    /// <summary>The 2D image landmarks (the model's x, y in the frame).</summary>
    Image,
    /// <summary>The model's metric 3D (GHUM world) landmarks projected orthographically onto the image plane (<see cref="WorldPlane"/>).</summary>
    World,
}

/// <summary>
/// BlazePose's world landmarks (metres, origin at the hips' centre, x right and y down in the image's orientation,
/// z towards the camera's depth) dropped onto the image plane: each frame's world x, y, scaled to pixels by one
/// clip-wide factor (median image leg length / median world leg length) and placed at the frame's image mid-hip.
/// An orthographic view of the model's 3D body estimate; angles on it are comparable with the image angles
/// (Bazarevsky et al. 2020, BlazePose GHUM 3D). Frames without world landmarks are gaps.
/// </summary>
public static class WorldPlane
{
    public static PoseSequence Project(PoseSequence seq)
    {
        ArgumentNullException.ThrowIfNull(seq);
        double scale = Scale(seq);
        var frames = new List<PoseFrame>(seq.Frames.Count);
        foreach (var f in seq.Frames)
        {
            var pts = new Keypoint[Skeleton.Count];
            var mid = PoseAccess.MidHip(f);
            for (int j = 0; j < pts.Length; j++)
            {
                var w = f.World is { } ws ? ws[j] : WorldPoint.Missing;
                var img = f.Points[j];
                pts[j] = float.IsFinite(w.X) && float.IsFinite(w.Y) && mid.IsFinite && double.IsFinite(scale) && !img.IsMissing
                    ? new Keypoint((float)(mid.X + scale * w.X), (float)(mid.Y + scale * w.Y), img.Visibility, img.Presence)
                    : Keypoint.Missing;
            }
            frames.Add(new PoseFrame { Index = f.Index, Time = f.Time, Points = pts, World = f.World, PoseScore = f.PoseScore, Status = f.Status });
        }
        return new PoseSequence { Video = seq.Video, Frames = frames, Model = seq.Model, Filter = seq.Filter, Notes = seq.Notes };
    }

    /// <summary>Pixels per world metre: median 2D leg length in the image over median 3D leg length in the world landmarks.</summary>
    private static double Scale(PoseSequence seq)
    {
        var img = new List<double>(); var world = new List<double>();
        foreach (var f in seq.Frames)
            foreach (var s in new[] { Side.Left, Side.Right })
            {
                P2 h = PoseAccess.At(f, s, Landmark.LeftHip), k = PoseAccess.At(f, s, Landmark.LeftKnee), a = PoseAccess.At(f, s, Landmark.LeftAnkle);
                double li = (k - h).Length + (a - k).Length;
                if (double.IsFinite(li)) img.Add(li);
                if (f.World is not { } w) continue;
                var wh = w[(int)Skeleton.Of(s, Landmark.LeftHip)]; var wk = w[(int)Skeleton.Of(s, Landmark.LeftKnee)]; var wa = w[(int)Skeleton.Of(s, Landmark.LeftAnkle)];
                double lw = Dist(wh, wk) + Dist(wk, wa);
                if (double.IsFinite(lw) && lw > 0) world.Add(lw);
            }
        return img.Count > 0 && world.Count > 0 ? Median(img) / Median(world) : double.NaN;
    }

    private static double Dist(WorldPoint a, WorldPoint b) =>
        Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y) + (a.Z - b.Z) * (a.Z - b.Z));

    private static double Median(List<double> v)
    {
        v.Sort();
        return v[v.Count / 2];
    }
}
