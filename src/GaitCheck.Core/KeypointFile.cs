using System.Text.Json;

namespace GaitCheck.Core;

/// <summary>
/// Reads and writes the GaitCheck keypoint JSON ("gaitcheck-keypoints/1"): the hand-over format between
/// pose extraction and analysis. Arrays are per landmark in <see cref="Skeleton.Names"/> order; a gap is null.
/// Output is deterministic: same sequence, same bytes.
/// </summary>
public static class KeypointFile
{
    public const string Format = "gaitcheck-keypoints/1";

    public static void Save(PoseSequence seq, string path) => AtomicFile.Write(path, s => Write(seq, s));

    public static void Write(PoseSequence seq, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteStartArray("landmarks");
        foreach (var n in Skeleton.Names) w.WriteStringValue(n);
        w.WriteEndArray();
        WriteVideo(w, seq.Video);
        w.WriteString("model", seq.Model);
        w.WriteString("filter", seq.Filter);
        w.WriteStartObject("notes");
        foreach (var kv in seq.Notes.OrderBy(k => k.Key, StringComparer.Ordinal)) w.WriteString(kv.Key, kv.Value);
        w.WriteEndObject();
        w.WriteStartArray("frames");
        foreach (var f in seq.Frames)
        {
            w.WriteStartObject();
            w.WriteNumber("i", f.Index);
            w.WriteNumber("t", Math.Round(f.Time, 6));
            w.WriteString("status", f.Status.ToString().ToLowerInvariant());
            Num(w, "score", f.PoseScore);
            WritePoints(w, f.Points);
            if (f.Raw is { } raw) { w.WriteStartObject("raw"); WritePoints(w, raw); w.WriteEndObject(); }
            if (f.World is { } world)
            {
                w.WriteStartObject("world");
                Arr(w, "x", world, p => p.X); Arr(w, "y", world, p => p.Y); Arr(w, "z", world, p => p.Z);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static PoseSequence Load(string path)
    {
        if (!File.Exists(path)) throw new GaitCheckException(ExitCode.InputNotFound, $"keypoint file not found: {path}");
        try
        {
            using var fs = File.OpenRead(path);
            return Read(fs);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new GaitCheckException(ExitCode.BadKeypoints, $"{path} is not a valid {Format} file: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read {path}: {e.Message}", e);
        }
    }

    public static PoseSequence Read(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        string format = root.GetProperty("format").GetString() ?? "";
        if (format != Format) throw new FormatException($"format is '{format}', expected '{Format}'");
        var names = root.GetProperty("landmarks").EnumerateArray().Select(e => e.GetString()).ToArray();
        if (!names.SequenceEqual(Skeleton.Names)) throw new FormatException("landmark list differs from BlazePose's 33");
        var frames = new List<PoseFrame>();
        foreach (var f in root.GetProperty("frames").EnumerateArray())
        {
            frames.Add(new PoseFrame
            {
                Index = f.GetProperty("i").GetInt32(),
                Time = f.GetProperty("t").GetDouble(),
                Status = Enum.Parse<FrameStatus>(f.GetProperty("status").GetString()!, ignoreCase: true),
                PoseScore = ReadNum(f.GetProperty("score")),
                Points = ReadPoints(f),
                Raw = f.TryGetProperty("raw", out var raw) ? ReadPoints(raw) : null,
                World = f.TryGetProperty("world", out var wo) ? ReadWorld(wo) : null,
            });
        }
        var notes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("notes", out var n))
            foreach (var p in n.EnumerateObject()) notes[p.Name] = p.Value.GetString() ?? "";
        return new PoseSequence
        {
            Video = ReadVideo(root.GetProperty("video")),
            Frames = frames,
            Model = root.TryGetProperty("model", out var m) ? m.GetString() ?? "" : "",
            Filter = root.TryGetProperty("filter", out var fl) ? fl.GetString() ?? "" : "",
            Notes = notes,
        };
    }

    private static void WriteVideo(Utf8JsonWriter w, VideoInfo v)
    {
        w.WriteStartObject("video");
        w.WriteString("path", v.Path);
        w.WriteNumber("width", v.Width);
        w.WriteNumber("height", v.Height);
        w.WriteNumber("fps", Math.Round(v.Fps, 6));
        w.WriteNumber("frameCount", v.FrameCount);
        w.WriteNumber("durationSeconds", Math.Round(v.DurationSeconds, 6));
        w.WriteNumber("rotation", v.Rotation);
        w.WriteString("codec", v.Codec);
        w.WriteBoolean("truncated", v.Truncated);
        w.WriteEndObject();
    }

    private static VideoInfo ReadVideo(JsonElement e) => new()
    {
        Path = e.GetProperty("path").GetString() ?? "",
        Width = e.GetProperty("width").GetInt32(),
        Height = e.GetProperty("height").GetInt32(),
        Fps = e.GetProperty("fps").GetDouble(),
        FrameCount = e.TryGetProperty("frameCount", out var fc) ? fc.GetInt32() : 0,
        DurationSeconds = e.TryGetProperty("durationSeconds", out var d) ? d.GetDouble() : 0,
        Rotation = e.TryGetProperty("rotation", out var r) ? r.GetInt32() : 0,
        Codec = e.TryGetProperty("codec", out var c) ? c.GetString() ?? "" : "",
        Truncated = e.TryGetProperty("truncated", out var t) && t.GetBoolean(),
    };

    private static void WritePoints(Utf8JsonWriter w, Keypoint[] pts)
    {
        Arr(w, "x", pts, p => p.X); Arr(w, "y", pts, p => p.Y);
        Arr(w, "vis", pts, p => p.Visibility); Arr(w, "pres", pts, p => p.Presence);
    }

    private static Keypoint[] ReadPoints(JsonElement e)
    {
        float[] x = ReadArr(e, "x"), y = ReadArr(e, "y"), v = ReadArr(e, "vis"), p = ReadArr(e, "pres");
        var pts = new Keypoint[Skeleton.Count];
        for (int i = 0; i < pts.Length; i++) pts[i] = new Keypoint(x[i], y[i], v[i], p[i]);
        return pts;
    }

    private static WorldPoint[] ReadWorld(JsonElement e)
    {
        float[] x = ReadArr(e, "x"), y = ReadArr(e, "y"), z = ReadArr(e, "z");
        var pts = new WorldPoint[Skeleton.Count];
        for (int i = 0; i < pts.Length; i++) pts[i] = new WorldPoint(x[i], y[i], z[i]);
        return pts;
    }

    private static void Arr<T>(Utf8JsonWriter w, string name, T[] items, Func<T, float> sel)
    {
        w.WriteStartArray(name);
        foreach (var it in items)
        {
            float v = sel(it);
            if (float.IsFinite(v)) w.WriteNumberValue(MathF.Round(v, 4)); else w.WriteNullValue();
        }
        w.WriteEndArray();
    }

    private static float[] ReadArr(JsonElement e, string name)
    {
        var a = e.GetProperty(name);
        if (a.GetArrayLength() != Skeleton.Count) throw new FormatException($"'{name}' has {a.GetArrayLength()} values, expected {Skeleton.Count}");
        var r = new float[Skeleton.Count];
        int i = 0;
        foreach (var v in a.EnumerateArray()) r[i++] = ReadNum(v);
        return r;
    }

    private static void Num(Utf8JsonWriter w, string name, float v)
    {
        if (float.IsFinite(v)) w.WriteNumber(name, MathF.Round(v, 4)); else w.WriteNull(name);
    }

    private static float ReadNum(JsonElement v) => v.ValueKind == JsonValueKind.Null ? float.NaN : v.GetSingle();
}
