using System.Text;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.PoseExtraction;

/// <summary>
/// keypoints.csv: long format, one row per frame and landmark (tidy data for pandas/R/Excel), invariant culture,
/// "\n" line ends, a gap is an empty cell. Columns: frame, time_s, status, pose_flag, landmark, x, y, visibility,
/// presence (the filtered/analysed values), raw_x, raw_y, raw_visibility (the model's output), world_x, world_y,
/// world_z (metres, hips-centred).
/// </summary>
public static class KeypointCsv
{
    public const string Header = "frame,time_s,status,pose_flag,landmark,x,y,visibility,presence,raw_x,raw_y,raw_visibility,world_x,world_y,world_z";

    public static void Save(PoseSequence seq, string path) => AtomicFile.Write(path, s =>
    {
        using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(seq, w);
    });

    public static void Write(PoseSequence seq, TextWriter w)
    {
        w.WriteLine(Header);
        var sb = new StringBuilder(160);
        foreach (var f in seq.Frames)
        {
            string head = Inv.I(f.Index) + "," + Inv.F(f.Time, 6) + "," + f.Status.ToString().ToLowerInvariant() + "," + Inv.F(f.PoseScore, 4) + ",";
            for (int i = 0; i < Skeleton.Count; i++)
            {
                var p = f.Points[i];
                var r = f.Raw?[i] ?? p;
                var wp = f.World?[i] ?? WorldPoint.Missing;
                sb.Clear().Append(head).Append(Skeleton.Names[i]).Append(',')
                  .Append(Inv.F(p.X, 2)).Append(',').Append(Inv.F(p.Y, 2)).Append(',')
                  .Append(Inv.F(p.Visibility, 4)).Append(',').Append(Inv.F(p.Presence, 4)).Append(',')
                  .Append(Inv.F(r.X, 2)).Append(',').Append(Inv.F(r.Y, 2)).Append(',').Append(Inv.F(r.Visibility, 4)).Append(',')
                  .Append(Inv.F(wp.X, 4)).Append(',').Append(Inv.F(wp.Y, 4)).Append(',').Append(Inv.F(wp.Z, 4));
                w.WriteLine(sb);
            }
        }
    }
}
