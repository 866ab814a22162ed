using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Reporting.Export;

/// <summary>The per-frame angle series an analysis returned (degrees, at least one value), in its order: what the exports write.</summary>
internal static class AngleSeries
{
    public static IReadOnlyList<MetricFrameSeries> Of(AnalysisResult result) =>
        result.Series.Where(s => result.Metric(s.MetricId)?.Unit == "deg" && s.Values.Any(double.IsFinite)).ToList();

    /// <summary>"fppa_l", "fppa_r": OpenSim's side suffixes.</summary>
    public static string Column(MetricFrameSeries s) => s.MetricId + (s.Side == Side.Left ? "_l" : "_r");
}
