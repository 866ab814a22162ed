using System.Text;
using GaitCheck.Core;

namespace GaitCheck.Reporting.Export;

/// <summary>
/// landmarks.trc: the 33 landmarks of the assessed person as a TRC marker file in the layout Pose2Sim and Sports2D write
/// (tab-separated; PathFileType 4, the DataRate/CameraRate/NumFrames/NumMarkers/Units/OrigDataRate/OrigDataStartFrame/
/// OrigNumFrames block, then Frame# and Time and an X/Y/Z triple per marker). Units are pixels ("px") of the upright
/// frame; X to the right, Y UP (the frame's height minus the image row, so the file is right-handed with Y up as
/// OpenSim expects), Z = 0 (one camera gives no depth). The rate is the median frame rate of the sequence; Frame# is
/// the video frame's index + 1, Time its presentation time in seconds. A landmark missing in a frame is an empty field.
/// Marker names are MediaPipe's (<see cref="Skeleton.Names"/>). The analysed (filtered) landmarks are written.
/// </summary>
public static class TrcWriter
{
    public const string FileName = "landmarks.trc";
    public const string Units = "px";

    public static string Write(PoseSequence seq, string fileName = FileName)
    {
        ArgumentNullException.ThrowIfNull(seq);
        double rate = 1.0 / seq.MedianFrameInterval();
        int n = seq.Frames.Count, m = Skeleton.Count;
        var sb = new StringBuilder();
        sb.Append("PathFileType\t4\t(X/Y/Z)\t").Append(fileName).Append('\n');
        sb.Append("DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames\n");
        string r = Inv.F(rate, 3);
        string first = n > 0 ? Inv.I(seq.Frames[0].Index + 1) : "1";
        sb.Append(string.Join('\t', r, r, Inv.I(n), Inv.I(m), Units, r, first, Inv.I(n))).Append('\n');
        sb.Append("Frame#\tTime\t").Append(string.Join("\t\t\t", Skeleton.Names)).Append("\t\t\n");
        sb.Append("\t\t").Append(string.Join('\t', Enumerable.Range(1, m).Select(i => $"X{Inv.I(i)}\tY{Inv.I(i)}\tZ{Inv.I(i)}"))).Append('\n');
        int height = seq.Video.Height;
        foreach (var f in seq.Frames)
        {
            sb.Append(Inv.I(f.Index + 1)).Append('\t').Append(Inv.F(f.Time, 6));
            foreach (var p in f.Points)
            {
                if (p.IsMissing) sb.Append("\t\t\t");
                else sb.Append('\t').Append(Inv.F(p.X, 3)).Append('\t').Append(Inv.F(height - p.Y, 3)).Append("\t0");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static void Save(PoseSequence seq, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.WriteAllText(path, Write(seq, Path.GetFileName(path)));
    }
}
