using System.Text;
using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;

namespace GaitCheck.Pipeline.Batch;

/// <summary>A fault a worker raises on purpose, for tests of the batch's isolation (the hidden `batch --test-fault NAME=KIND`).</summary>
public enum WorkerFault
{
    None,
    /// <summary>Environment.FailFast: the runtime aborts (SIGABRT), as a native assertion in FFmpeg or ONNX Runtime would.</summary>
    Abort,
    /// <summary>A real segfault in native code (libc's memset on an unmapped address), as one in FFmpeg or OpenCV would be.</summary>
    Segv,
    /// <summary>Sleeps for ever, ignoring its stop token, as a decoder stuck in native code would.</summary>
    Hang,
    /// <summary>Allocates and touches memory until it is killed.</summary>
    Oom,
}

/// <summary>
/// One input as a batch hands it to a worker process: the input, its output folder, the batch's settings (config-file
/// JSON) and the manifest row's options, as one JSON argument of the hidden `gaitcheck batch-worker` verb.
/// </summary>
public sealed record WorkerJob(BatchInput Input, string OutDir, AnalyzeSettings Settings, WorkerFault Fault = WorkerFault.None)
{
    public string ToJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("input", Input.Path);
            w.WriteString("name", Input.Name);
            w.WriteString("out", OutDir);
            w.WriteString("settings", Settings.ToConfigJson());
            w.WriteString("fault", Fault.ToString());
            if (Input.Options is { } o)
            {
                w.WriteStartObject("options");
                Opt(w, "movement", o.Movement);
                Opt(w, "view", o.View);
                Opt(w, "stance", o.Stance);
                if (o.CaptureFps is { } f) w.WriteNumber("capture_fps", f);
                Opt(w, "markers", o.Markers);
                Opt(w, "subject", o.Subject);
                Opt(w, "session", o.Session);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void Opt(Utf8JsonWriter w, string key, string? value)
    {
        if (value != null) w.WriteString(key, value);
    }

    /// <summary>Reads <see cref="ToJson"/>'s text back (a usage error when it is not one: the verb is internal, never typed).</summary>
    public static WorkerJob Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var r = doc.RootElement;
            string S(JsonElement e, string k) => e.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException("no " + k);
            string? O(JsonElement e, string k) => e.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            InputOptions? options = null;
            if (r.TryGetProperty("options", out var o))
                options = new InputOptions(O(o, "movement"), O(o, "view"), O(o, "stance"),
                    o.TryGetProperty("capture_fps", out var f) ? f.GetDouble() : null, O(o, "markers"), O(o, "subject"), O(o, "session"));
            var settings = AnalyzeSettings.ParseConfig(S(r, "settings"), "batch worker settings");
            return new WorkerJob(new BatchInput(S(r, "input"), S(r, "name"), options), S(r, "out"), settings, Enum.Parse<WorkerFault>(S(r, "fault")));
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new GaitCheckException(ExitCode.Usage, "batch-worker is internal to `gaitcheck batch`: its argument is not a worker job", e);
        }
    }
}
