using GaitCheck.Core;
using GaitCheck.Core.Markers;

namespace GaitCheck.Reporting.Csv;

/// <summary>
/// markers.csv (<see cref="MarkerCsvColumns"/>): one row per frame and marker with its tracked centroid (pixels of the
/// upright frame, x right, y down, 0.01 px), blob diameter and the sticker colour; a gap is an empty x, y and diameter.
/// Long format, ready for R and pandas, and read back by `analyze-keypoints --markers` (<see cref="MarkerCsvReader"/>).
/// </summary>
public static class MarkerCsv
{
    public const string FileName = MarkerCsvColumns.FileName;

    public static string Write(MarkerTracks tracks, PoseSequence seq)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(seq);
        var time = seq.Frames.ToDictionary(f => f.Index, f => f.Time);
        var rows = new List<IReadOnlyList<string>>(tracks.FrameCount * tracks.Protocol.Markers.Count);
        for (int f = 0; f < tracks.FrameCount; f++)
        {
            int index = tracks.FrameIndices[f];
            string t = time.TryGetValue(index, out double s) ? Inv.F(s, 4) : "";
            for (int m = 0; m < tracks.Protocol.Markers.Count; m++)
            {
                float x = tracks.X[m][f], y = tracks.Y[m][f], d = tracks.Diameter[m][f];
                bool gap = !float.IsFinite(x);
                rows.Add([Inv.I(index), t, tracks.Protocol.Markers[m].Id, gap ? "" : Inv.F(x, 2), gap ? "" : Inv.F(y, 2), gap ? "" : Inv.F(d, 2), tracks.Colour]);
            }
        }
        return CsvWriter.Table(MarkerCsvColumns.All, rows);
    }
}
