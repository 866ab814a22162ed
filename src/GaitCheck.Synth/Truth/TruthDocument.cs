using System.Text.Json;
using System.Text.Json.Serialization;
using GaitCheck.Core.Json;

namespace GaitCheck.Synth.Truth;

/// <summary>"&lt;name&gt;.truth.json" ("gaitcheck-synth-truth/1") as written; see <see cref="TruthJson"/>.</summary>
public sealed record TruthDocument(
    string Format,
    string Name,
    string View,
    string Movement,
    double Fps,
    int FrameCount,
    string FrameRule,
    [property: JsonConverter(typeof(MapRound4Converter))] IReadOnlyList<KeyValuePair<string, double>> Camera,
    JsonElement Scenario,
    IReadOnlyList<TruthRepJson> Reps,
    IReadOnlyList<TruthEventJson> Events,
    IReadOnlyList<TruthValueJson> Values,
    [property: JsonConverter(typeof(MapRound3Converter))] IReadOnlyList<KeyValuePair<string, double>> Means,
    [property: JsonConverter(typeof(SeriesRound3Converter))] IReadOnlyList<KeyValuePair<string, double[]>> Series)
{
    public const string FrameRuleText = "event frame = round(time * fps); frame i shows time i / fps";

    /// <param name="t">The ground truth of one clip.</param>
    /// <param name="scenario">The scenario as a JSON element; it must outlive the serialisation.</param>
    public static TruthDocument From(GroundTruth t, JsonElement scenario)
    {
        ArgumentNullException.ThrowIfNull(t);
        var means = t.Values.GroupBy(v => (v.Metric, v.Side)).OrderBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.Side)
            .Select(g => KeyValuePair.Create(g.Key.Side is { } s ? $"{g.Key.Metric}:{EnumNames.Lower(s)}" : g.Key.Metric, g.Average(v => v.Value)))
            .ToList();
        var series = t.Series.OrderBy(k => k.Key, StringComparer.Ordinal).Where(kv => !kv.Value.All(double.IsNaN)).ToList();
        return new(GroundTruth.Format, t.Scenario.Name, t.View.ToString(), t.Scenario.Movement.ToString(), t.Fps, t.FrameCount, FrameRuleText,
            t.Camera.ToList(), scenario,
            t.Reps.Select(r => new TruthRepJson(r.Number, EnumNames.Lower(r.StanceSide), r.StartFrame, r.BottomFrame, r.EndFrame, r.StartTime, r.BottomTime, r.EndTime, r.Depth)).ToList(),
            t.Events.Select(e => new TruthEventJson(EnumNames.Lower(e.Side), e.Kind.ToString(), e.Frame, e.Time)).ToList(),
            t.Values.Select(v => new TruthValueJson(v.Metric, EnumNames.Lower(v.Side), v.Event, v.Frame, v.Value)).ToList(),
            means, series);
    }
}

public sealed record TruthRepJson(
    int Number,
    string StanceSide,
    int StartFrame,
    int BottomFrame,
    int EndFrame,
    [property: JsonConverter(typeof(Round6Converter))] double StartTime,
    [property: JsonConverter(typeof(Round6Converter))] double BottomTime,
    [property: JsonConverter(typeof(Round6Converter))] double EndTime,
    [property: JsonConverter(typeof(Round4Converter))] double Depth);

public sealed record TruthEventJson(
    string Side,
    string Kind,
    int Frame,
    [property: JsonConverter(typeof(Round6Converter))] double Time);

public sealed record TruthValueJson(
    string Metric,
    string? Side,
    string Event,
    int Frame,
    [property: JsonConverter(typeof(Round4Converter))] double Value);
