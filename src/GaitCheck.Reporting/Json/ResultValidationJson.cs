using System.Text.Json.Serialization;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core.Json;

namespace GaitCheck.Reporting.Json;

/// <summary>The synthetic validation's verdict on a metric (see README "Validation benchmark"); absent correction or figures as null.</summary>
public sealed record ResultValidationJson(
    string Status,
    string Source,
    string Reason,
    string Choice,
    ResultCorrectionJson? Correction,
    ResultFiguresJson? TuningGrid,
    ResultFiguresJson? TestGrid,
    ResultFiguresJson? TestGridRaw)
{
    public static ResultValidationJson From(MetricValidationEntry v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(EnumNames.Camel(v.Status), EnumNames.Camel(v.Source), v.Reason, v.Choice,
            v.Correction is { } c ? new(ResultCorrectionJson.KindText, c.Offset, c.Gain) : null,
            ResultFiguresJson.From(v.Tuning), ResultFiguresJson.From(v.Test), ResultFiguresJson.From(v.TestRaw));
    }
}

public sealed record ResultCorrectionJson(
    string Kind,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double Offset,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double Gain)
{
    public const string KindText = "corrected by synthetic calibration: (raw - offset) / gain, fitted on the tuning grid";
}

/// <summary>Validation figures on one grid; a figure that could not be estimated is null.</summary>
public sealed record ResultFiguresJson(
    int N,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Mae,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Bias,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Gain,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double R2,
    int SignChecked,
    int SignRight,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double LeftMinusRight,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double TruthSd)
{
    public static ResultFiguresJson? From(ValidationFigures? f) => f is null ? null :
        new(f.N, f.Mae, f.Bias, f.Gain ?? double.NaN, f.R2 ?? double.NaN, f.SignChecked, f.SignRight, f.LeftMinusRight ?? double.NaN, f.TruthSd);
}
