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

    /// <summary>Reads and validates a keypoint file (<see cref="KeypointFileReader"/>): InputNotFound for a path that is not a readable regular file, BadKeypoints naming the bad field.</summary>
    public static PoseSequence Load(string path)
    {
        using var fs = InputFile.OpenRead(path, "keypoint file");
        try { return Read(fs); }
        catch (FormatException e) { throw new GaitCheckException(ExitCode.BadKeypoints, $"{path} is not a valid {Format} file: {e.Message}", e); }
        catch (IOException e) { throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read {path}: {IoError.Reason(e)}", e); }
    }

    /// <summary>Parses and validates a keypoint document; a <see cref="FormatException"/> names the field at fault.</summary>
    public static PoseSequence Read(Stream stream)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(stream); }
        catch (JsonException e) { throw new FormatException(JsonErrors.Describe(e), e); }
        using (doc) return KeypointFileReader.Read(doc.RootElement);
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
        // Written only when set, so files of clips without these repairs keep their bytes.
        if (v.TimestampsRepaired) w.WriteBoolean("timestampsRepaired", true);
        if (v.IgnoredRotation != 0) w.WriteNumber("ignoredRotation", v.IgnoredRotation);
        if (v.CaptureFps is { } cf) w.WriteNumber("captureFps", Math.Round(cf, 6));
        w.WriteEndObject();
    }

    private static void WritePoints(Utf8JsonWriter w, Keypoint[] pts)
    {
        Arr(w, "x", pts, p => p.X); Arr(w, "y", pts, p => p.Y);
        Arr(w, "vis", pts, p => p.Visibility); Arr(w, "pres", pts, p => p.Presence);
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

    private static void Num(Utf8JsonWriter w, string name, float v)
    {
        if (float.IsFinite(v)) w.WriteNumber(name, MathF.Round(v, 4)); else w.WriteNull(name);
    }
}
