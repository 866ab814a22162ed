using GaitCheck.Analysis.Results;

namespace GaitCheck.Reporting.Json;

/// <summary>One skin marker's tracking: the fraction of analysed frames it was found in and its mean blob diameter (px).</summary>
public sealed record ResultMarkerTrackingJson(
    string Id,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Core.Json.HalfAwayRound4Converter))] double TrackedFraction,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Core.Json.HalfAwayRound3Converter))] double MeanDiameterPx);

/// <summary>result.json ("gaitcheck-analysis/1") as written, properties in document order; see <see cref="ResultJson"/>.</summary>
public sealed record ResultDocument(
    string Format,
    string Disclaimer,
    ResultSourceJson Source,
    ResultQualityJson Quality,
    ResultViewJson View,
    ResultMovementJson Movement,
    IReadOnlyList<ResultEventJson> Events,
    IReadOnlyList<ResultRepJson> Reps,
    IReadOnlyList<ResultStrideJson> Strides,
    IReadOnlyList<ResultMetricJson> Metrics,
    IReadOnlyList<ResultFindingJson> Findings,
    IReadOnlyList<ResultDriverJson> Drivers,
    IReadOnlyList<ResultNotAssessedJson> NotAssessed,
    IReadOnlyList<string> Notes,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<ResultMarkerTrackingJson>? MarkerTracking)
{
    public static ResultDocument From(AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Format, r.Disclaimer, ResultSourceJson.From(r.Source), ResultQualityJson.From(r.Quality), ResultViewJson.From(r.View),
            ResultMovementJson.From(r.Movement),
            r.Events.Select(ResultEventJson.From).ToList(),
            r.Reps.Select(ResultRepJson.From).ToList(),
            r.Strides.Select(ResultStrideJson.From).ToList(),
            r.Metrics.Select(ResultMetricJson.From).ToList(),
            r.Findings.Select(ResultFindingJson.From).ToList(),
            r.Drivers.Select(d => ResultDriverJson.From(d, r)).ToList(),
            r.NotAssessed.Select(n => new ResultNotAssessedJson(n.Factor, n.Why, n.ClinicianCheck)).ToList(),
            r.Notes,
            r.MarkerTracking.Count == 0 ? null : r.MarkerTracking.Select(s => new ResultMarkerTrackingJson(s.Id, s.TrackedFraction, s.MeanDiameterPx)).ToList());
    }
}
