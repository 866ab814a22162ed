using System.Text.Json.Serialization;
using GaitCheck.Analysis.Results;
using GaitCheck.Core.Json;

namespace GaitCheck.Reporting.Json;

public sealed record ResultEventJson(
    string Side,
    string Kind,
    int Frame,
    int VideoFrame,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double Time)
{
    public static ResultEventJson From(EventRow e) => new(EnumNames.Lower(e.Side), EnumNames.Camel(e.Kind), e.Frame, e.VideoFrame, e.Time);
}

/// <summary>A squat rep; rawValues (the uncorrected values) only when some value was corrected; markerlessValues only when skin markers measured some.</summary>
public sealed record ResultRepJson(
    int Number,
    string StanceSide,
    int StartFrame,
    int BottomFrame,
    int EndFrame,
    int BottomVideoFrame,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double StartTime,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double BottomTime,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double EndTime,
    [property: JsonConverter(typeof(MapHalfAwayRound3Converter))] IReadOnlyList<KeyValuePair<string, double>> Values,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(MapHalfAwayRound3Converter))]
    IReadOnlyList<KeyValuePair<string, double>>? RawValues,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(MapHalfAwayRound3Converter))]
    IReadOnlyList<KeyValuePair<string, double>>? MarkerlessValues)
{
    public static ResultRepJson From(RepRow r) =>
        new(r.Number, EnumNames.Lower(r.StanceSide), r.StartFrame, r.BottomFrame, r.EndFrame, r.BottomVideoFrame, r.StartTime, r.BottomTime, r.EndTime,
            MetricValues.Sorted(r.Values), MetricValues.SortedOrNull(r.RawValues), MetricValues.SortedOrNull(r.MarkerlessValues));
}

/// <summary>A stride; rawValues and markerlessValues as for a rep.</summary>
public sealed record ResultStrideJson(
    string Side,
    int Number,
    int ContactFrame,
    int MidstanceFrame,
    int ToeOffFrame,
    int NextContactFrame,
    int MidstanceVideoFrame,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double StrideTime,
    [property: JsonConverter(typeof(MapHalfAwayRound3Converter))] IReadOnlyList<KeyValuePair<string, double>> Values,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(MapHalfAwayRound3Converter))]
    IReadOnlyList<KeyValuePair<string, double>>? RawValues,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(MapHalfAwayRound3Converter))]
    IReadOnlyList<KeyValuePair<string, double>>? MarkerlessValues)
{
    public static ResultStrideJson From(StrideRow s) =>
        new(EnumNames.Lower(s.Side), s.Number, s.ContactFrame, s.MidstanceFrame, s.ToeOffFrame, s.NextContactFrame, s.MidstanceVideoFrame, s.StrideTime,
            MetricValues.Sorted(s.Values), MetricValues.SortedOrNull(s.RawValues), MetricValues.SortedOrNull(s.MarkerlessValues));
}

/// <summary>A row's metric values by id in ordinal order.</summary>
internal static class MetricValues
{
    public static IReadOnlyList<KeyValuePair<string, double>> Sorted(IReadOnlyDictionary<string, double> values) =>
        values.OrderBy(k => k.Key, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<KeyValuePair<string, double>>? SortedOrNull(IReadOnlyDictionary<string, double> values) =>
        values.Count == 0 ? null : Sorted(values);
}
