using System.Text.Json.Serialization;
using GaitCheck.Core.Json;

namespace GaitCheck.Pipeline.Json;

/// <summary>timings.json of `gaitcheck pose`: frames, tracking time and rate, detector use, per-stage milliseconds.</summary>
public sealed record PoseTimingsDocument(
    int Frames,
    [property: JsonConverter(typeof(Round3Converter))] double TrackingSeconds,
    [property: JsonConverter(typeof(Round2Converter))] double Fps,
    int DetectorRuns,
    int ZoomedSearches,
    [property: JsonConverter(typeof(MapRound1Converter))] IReadOnlyList<KeyValuePair<string, double>> StagesMs);

/// <summary>timings.json of `gaitcheck analyze`: seconds per stage in run order (sub-stages dotted) and the total of the top-level stages.</summary>
public sealed record ClipTimingsDocument(
    [property: JsonConverter(typeof(MapRound3Converter))] IReadOnlyList<KeyValuePair<string, double>> StagesSeconds,
    [property: JsonConverter(typeof(Round3Converter))] double TotalSeconds);
