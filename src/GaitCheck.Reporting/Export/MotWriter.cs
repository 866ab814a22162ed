using System.Text;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Reporting.Export;

/// <summary>
/// angles.mot: the per-frame angle series of the analysis as an OpenSim motion file (Storage format: name line,
/// version=1, nRows, nColumns, inDegrees=yes, endheader, then a tab-separated table whose first column is time in
/// seconds). One column per metric and side, named by the metric id with OpenSim's side suffix (fppa_l, fppa_r); values
/// in degrees, with the signs and zeros of README "Angle conventions" and the calibration correction the metric's
/// summary carries. A frame where an angle is not measurable holds NaN (OpenSim reads it as a missing value).
/// These are 2D projection angles from one camera, not joint coordinates of an OpenSim model.
/// </summary>
public static class MotWriter
{
    public const string FileName = "angles.mot";

    public static string Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var series = AngleSeries.Of(result);
        var sb = new StringBuilder();
        sb.Append(Path.GetFileNameWithoutExtension(FileName)).Append('\n');
        sb.Append("version=1\n");
        sb.Append("nRows=").Append(Inv.I(result.FrameTimes.Count)).Append('\n');
        sb.Append("nColumns=").Append(Inv.I(series.Count + 1)).Append('\n');
        sb.Append("inDegrees=yes\n");
        sb.Append("endheader\n");
        sb.Append("time");
        foreach (var s in series) sb.Append('\t').Append(AngleSeries.Column(s));
        sb.Append('\n');
        for (int i = 0; i < result.FrameTimes.Count; i++)
        {
            sb.Append(Inv.F(result.FrameTimes[i], 6));
            foreach (var s in series) sb.Append('\t').Append(i < s.Values.Length && double.IsFinite(s.Values[i]) ? Inv.F(s.Values[i], 3) : "NaN");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static void Save(AnalysisResult result, string path) => AtomicFile.WriteAllText(path, Write(result));
}
