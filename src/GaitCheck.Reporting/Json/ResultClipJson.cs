using System.Text.Json.Serialization;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core.Json;

namespace GaitCheck.Reporting.Json;

public sealed record ResultSourceJson(
    string VideoPath,
    int Width,
    int Height,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Fps,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double DurationSeconds,
    string Model,
    string Filter)
{
    public static ResultSourceJson From(SourceInfo s) => new(s.VideoPath, s.Width, s.Height, s.Fps, s.DurationSeconds, s.Model, s.Filter);
}

public sealed record ResultQualityJson(
    int Frames,
    int LostFrames,
    int InterpolatedFrames,
    int LandmarkGaps,
    [property: JsonConverter(typeof(HalfAwayRound4Converter))] double GapFraction,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double MeanVisibility,
    int SwapsRepaired,
    bool Truncated,
    [property: JsonConverter(typeof(HalfAwayRound6Converter))] double FrameIntervalSeconds,
    [property: JsonConverter(typeof(HalfAwayRound1Converter))] double LegLengthPx)
{
    public static ResultQualityJson From(CaptureQuality q) =>
        new(q.Frames, q.LostFrames, q.InterpolatedFrames, q.LandmarkGaps, q.GapFraction, q.MeanVisibility, q.SwapsRepaired, q.Truncated,
            q.FrameIntervalSeconds, q.LegLengthPx);
}

public sealed record ResultViewJson(
    string View,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Confidence,
    string Reason,
    bool Forced)
{
    public static ResultViewJson From(ViewInfo v) => new(EnumNames.Camel(v.View), v.Confidence, v.Reason, v.Forced);
}

/// <summary>The movement; the reason it was not recognised and the camera-motion warning are written only when set.</summary>
public sealed record ResultMovementJson(
    string Kind,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Confidence,
    string? StanceSide,
    bool Forced,
    bool Recognised,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotRecognisedReason,
    bool SlowMotionSuspected,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CameraMoving)
{
    public static ResultMovementJson From(MovementInfo m) =>
        new(EnumNames.Camel(m.Kind), m.Confidence, EnumNames.Lower(m.StanceSide), m.Forced, m.Kind != MovementKind.Other, m.NotRecognisedReason,
            m.SlowMotionSuspected, m.CameraMoving);
}
