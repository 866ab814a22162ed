using System.Text;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Reporting.Export;

/// <summary>
/// curves.csv: each angle series normalised in time to each stride (contact to the next contact of the same foot: 0 to
/// 100 % of the gait cycle) and to each squat rep (start to end), at <see cref="Points"/> points (every 1 %), in long
/// format for R and pandas: one row per cycle, metric and percent. A stride takes its own foot's series; a rep its
/// stance leg's (a double-leg squat has a row set per leg). Values are linear interpolations in time between the two
/// nearest frames, in degrees; empty where either frame has no value.
/// </summary>
public static class CurvesWriter
{
    public const string FileName = "curves.csv";
    public const int Points = 101;

    public static readonly IReadOnlyList<string> Columns = ["cycle_type", "cycle", "side", "metric", "unit", "percent", "value"];

    public static string Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var series = AngleSeries.Of(result);
        var rows = new List<IReadOnlyList<string>>();
        var cycles = result.Strides.Select(s => ("stride", s.Number, s.Side, s.ContactFrame, s.NextContactFrame))
            .Concat(result.Reps.Select(r => ("rep", r.Number, r.StanceSide, r.StartFrame, r.EndFrame)));
        foreach (var (type, number, side, start, end) in cycles)
        {
            if (start < 0 || end >= result.FrameTimes.Count || end <= start) continue;
            foreach (var s in series.Where(s => s.Side == side))
                for (int p = 0; p < Points; p++)
                {
                    double t = result.FrameTimes[start] + (result.FrameTimes[end] - result.FrameTimes[start]) * p / (Points - 1);
                    rows.Add([type, Inv.I(number), EnumNames.Lower(side), s.MetricId, "deg", Inv.I(p), Inv.F(At(result.FrameTimes, s.Values, start, end, t), 3)]);
                }
        }
        return CsvWriter.Table(Columns, rows);
    }

    public static void Save(AnalysisResult result, string path) => AtomicFile.WriteAllText(path, Write(result));

    /// <summary>The series at time <paramref name="t"/>, linearly between the frames around it (within [start, end]).</summary>
    private static double At(IReadOnlyList<double> times, double[] values, int start, int end, double t)
    {
        int i = start;
        while (i < end - 1 && times[i + 1] <= t) i++;
        double t0 = times[i], t1 = times[i + 1];
        double a = t1 > t0 ? Math.Clamp((t - t0) / (t1 - t0), 0, 1) : 0;
        if (a == 0) return values[i];
        if (a == 1) return values[i + 1];
        return values[i] + a * (values[i + 1] - values[i]); // NaN when either side is
    }
}
