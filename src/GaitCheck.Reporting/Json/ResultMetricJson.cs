using System.Text.Json.Serialization;
using GaitCheck.Analysis.Results;
using GaitCheck.Core.Json;

namespace GaitCheck.Reporting.Json;

// Inside the namespace: GaitCheck.Reporting has report-model types of the same names.
using MetricSummary = GaitCheck.Analysis.Results.MetricSummary;
using SideStats = GaitCheck.Analysis.Results.SideStats;

/// <summary>A metric summary; rawSides only for a corrected metric; absent asymmetry, validation and threshold as null.</summary>
public sealed record ResultMetricJson(
    string Id,
    string Name,
    string Unit,
    string Event,
    bool Experimental,
    bool Reported,
    string? NotReportedReason,
    bool Withheld,
    bool Corrected,
    IReadOnlyList<ResultSideStatsJson> Sides,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ResultSideStatsJson>? RawSides,
    ResultAsymmetryJson? Asymmetry,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double NoiseBand,
    string NoiseSource,
    ResultValidationJson? Validation,
    ResultThresholdJson? Threshold,
    string Citation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ResultMarkersJson? Markers)
{
    public static ResultMetricJson From(MetricSummary m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Name, m.Unit, m.Event, m.Experimental, m.Reported, m.NotReportedReason, m.Withheld, m.Corrected,
            m.Sides.Select(ResultSideStatsJson.From).ToList(),
            m.Corrected ? m.RawSides.Select(ResultSideStatsJson.From).ToList() : null,
            m.Asymmetry is { } a ? new(a.LeftMinusRight, a.NoiseBand, a.WithinNoise, a.Statement) : null,
            m.NoiseBand, m.NoiseSource,
            m.Validation is { } v ? ResultValidationJson.From(v) : null,
            m.Threshold is { } t ? new(t.TypicalUpTo, t.ElevatedFrom, t.Description, t.Citation) : null,
            m.Citation,
            m.Markers is { } k ? new(k.Protocol, k.ProtocolName, k.Colour, k.Definition, k.Citation, k.ThresholdsApply, k.MarkerlessName,
                k.MarkerlessWithheld, k.MarkerlessSides.Select(ResultSideStatsJson.From).ToList()) : null);
    }
}

/// <summary>How skin markers measured the metric (present only when they did): the protocol, and the markerless values beside.</summary>
public sealed record ResultMarkersJson(
    string Protocol,
    string ProtocolName,
    string Colour,
    string Definition,
    string Citation,
    bool ThresholdsApply,
    string MarkerlessName,
    bool MarkerlessWithheld,
    IReadOnlyList<ResultSideStatsJson> MarkerlessSides);

public sealed record ResultSideStatsJson(
    string? Side,
    int N,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Mean,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Sd,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Min,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Max,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Worst)
{
    public static ResultSideStatsJson From(SideStats s) => new(EnumNames.Lower(s.Side), s.N, s.Mean, s.Sd, s.Min, s.Max, s.Worst);
}

public sealed record ResultAsymmetryJson(
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double LeftMinusRight,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double NoiseBand,
    bool WithinNoise,
    string Statement);

public sealed record ResultThresholdJson(
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double TypicalUpTo,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double ElevatedFrom,
    string Description,
    string Citation);
