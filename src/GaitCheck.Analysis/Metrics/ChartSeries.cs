using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>One metric's per-frame values for one side (NaN where it is not measured), corrected as the metric's summary was.</summary>
public sealed record MetricFrameSeries(string MetricId, Side Side, double[] Values);

/// <summary>
/// The per-frame series the report charts over time (FPPA, pelvic drop and knee flexion) and the exports write (also hip
/// adduction, lateral trunk lean and rearfoot eversion), each side, read through the
/// same <see cref="FrameMetrics"/> (landmarks and correction) as the metric's per-rep or per-stride values.
/// </summary>
internal static class ChartSeries
{
    /// <summary>The charted metrics, then the other angles the exports (angles.mot, curves.csv) write as time series.</summary>
    private static readonly string[] Ids = [MetricCatalog.Fppa, MetricCatalog.PelvicDrop, MetricCatalog.KneeFlexionBottom, MetricCatalog.KneeFlexionContact,
        MetricCatalog.KneeFlexionPeakStance, MetricCatalog.HipAdduction, MetricCatalog.TrunkLeanLateral, MetricCatalog.RearfootEversion];

    /// <summary>Series of the charted metrics that apply to this clip's movement (those in <paramref name="metrics"/>).</summary>
    public static IReadOnlyList<MetricFrameSeries> Build(PoseSequence seq, FrameMetrics fm, IReadOnlyList<MetricSummary> metrics)
    {
        var list = new List<MetricFrameSeries>();
        foreach (string id in Ids)
        {
            if (metrics.FirstOrDefault(m => m.Id == id) is not { } m) continue;
            var correction = m.Corrected ? m.Validation?.Correction : null;
            foreach (var side in new[] { Side.Left, Side.Right })
            {
                var values = new double[seq.Frames.Count];
                for (int i = 0; i < values.Length; i++)
                {
                    double v = fm.At(id, i, side);
                    values[i] = correction is null ? v : correction.Apply(v);
                }
                list.Add(new MetricFrameSeries(id, side, values));
            }
        }
        return list;
    }
}
