using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth.Truth;

/// <summary>
/// Writes "&lt;name&gt;.truth.json" ("gaitcheck-synth-truth/1"): the scenario, camera, true reps and gait
/// events (frame index = nearest frame, and time), true metric values at each event, their means, and
/// per-frame metric series. Numbers rounded (angles 0.001°), invariant, keys in fixed order: same
/// scenario, same bytes.
/// </summary>
public static class TruthJson
{
    public static void Save(GroundTruth t, string path) => AtomicFile.Write(path, s => Write(t, s));

    public static void Write(GroundTruth t, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", GroundTruth.Format);
        w.WriteString("name", t.Scenario.Name);
        w.WriteString("view", t.View.ToString());
        w.WriteString("movement", t.Scenario.Movement.ToString());
        w.WriteNumber("fps", t.Fps);
        w.WriteNumber("frameCount", t.FrameCount);
        w.WriteString("frameRule", "event frame = round(time * fps); frame i shows time i / fps");
        w.WriteStartObject("camera");
        foreach (var kv in t.Camera) w.WriteNumber(kv.Key, Math.Round(kv.Value, 4));
        w.WriteEndObject();
        w.WritePropertyName("scenario");
        using (var doc = JsonDocument.Parse(t.Scenario.ToJson())) doc.RootElement.WriteTo(w);

        w.WriteStartArray("reps");
        foreach (var r in t.Reps)
        {
            w.WriteStartObject();
            w.WriteNumber("number", r.Number);
            w.WriteString("stanceSide", Lower(r.StanceSide));
            w.WriteNumber("startFrame", r.StartFrame); w.WriteNumber("bottomFrame", r.BottomFrame); w.WriteNumber("endFrame", r.EndFrame);
            w.WriteNumber("startTime", Math.Round(r.StartTime, 6)); w.WriteNumber("bottomTime", Math.Round(r.BottomTime, 6)); w.WriteNumber("endTime", Math.Round(r.EndTime, 6));
            w.WriteNumber("depth", Math.Round(r.Depth, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in t.Events)
        {
            w.WriteStartObject();
            w.WriteString("side", Lower(e.Side));
            w.WriteString("kind", e.Kind.ToString());
            w.WriteNumber("frame", e.Frame);
            w.WriteNumber("time", Math.Round(e.Time, 6));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("values");
        foreach (var v in t.Values)
        {
            w.WriteStartObject();
            w.WriteString("metric", v.Metric);
            if (v.Side is { } s) w.WriteString("side", Lower(s)); else w.WriteNull("side");
            w.WriteString("event", v.Event);
            w.WriteNumber("frame", v.Frame);
            w.WriteNumber("value", Math.Round(v.Value, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("means");
        foreach (var g in t.Values.GroupBy(v => (v.Metric, v.Side)).OrderBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.Side))
            w.WriteNumber(g.Key.Side is { } s ? $"{g.Key.Metric}:{Lower(s)}" : g.Key.Metric, Math.Round(g.Average(v => v.Value), 3));
        w.WriteEndObject();

        w.WriteStartObject("series");
        foreach (var kv in t.Series.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (kv.Value.All(double.IsNaN)) continue;
            w.WriteStartArray(kv.Key);
            foreach (double d in kv.Value) if (double.IsFinite(d)) w.WriteNumberValue(Math.Round(d, 3)); else w.WriteNullValue();
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Lower(GaitCheck.Core.Side s) => s == GaitCheck.Core.Side.Left ? "left" : "right";
}
