using System.Text.Json;

namespace GaitCheck.Core;

/// <summary>
/// Reads a gaitcheck-keypoints/1 document strictly, so the analysis only ever sees what it can trust: every field
/// has its type and range checked, and a problem is a <see cref="FormatException"/> naming the field
/// (e.g. "frames[12].t: 0 is not after the previous frame's time 0"). Rules: video width and height &gt; 0, fps finite
/// and &gt; 0, rotation 0/90/180/270; frame indices and times strictly increasing and finite; coordinates finite
/// or null (a gap); visibility, presence and score in [0, 1] or null.
/// </summary>
internal static class KeypointFileReader
{
    public static PoseSequence Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Bad("(top level)", "must be a JSON object");
        string format = Str(Req(root, "format", ""), "format");
        if (format != KeypointFile.Format) throw Bad("format", $"is '{format}', expected '{KeypointFile.Format}'");
        var landmarks = Arr(Req(root, "landmarks", ""), "landmarks");
        if (landmarks.GetArrayLength() != Skeleton.Count || !landmarks.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).SequenceEqual(Skeleton.Names))
            throw Bad("landmarks", "differs from BlazePose's 33 landmark names");
        var video = ReadVideo(Req(root, "video", ""));
        var frames = new List<PoseFrame>();
        int k = 0;
        foreach (var f in Arr(Req(root, "frames", ""), "frames").EnumerateArray())
        {
            string at = $"frames[{k}]";
            var frame = ReadFrame(f, at);
            if (frames.Count > 0)
            {
                var prev = frames[^1];
                if (frame.Index <= prev.Index) throw Bad(at + ".i", $"{frame.Index} is not after the previous frame's index {prev.Index}");
                if (frame.Time <= prev.Time) throw Bad(at + ".t", $"{Inv.Text(frame.Time)} is not after the previous frame's time {Inv.Text(prev.Time)}");
            }
            frames.Add(frame);
            k++;
        }
        var notes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Opt(root, "notes") is { } n)
        {
            if (n.ValueKind != JsonValueKind.Object) throw Bad("notes", "must be an object");
            foreach (var p in n.EnumerateObject()) notes[p.Name] = Str(p.Value, "notes." + p.Name);
        }
        return new PoseSequence
        {
            Video = video, Frames = frames, Notes = notes,
            Model = Opt(root, "model") is { } m ? Str(m, "model") : "",
            Filter = Opt(root, "filter") is { } fl ? Str(fl, "filter") : "",
        };
    }

    private static VideoInfo ReadVideo(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Bad("video", "must be an object");
        int width = Int(Req(e, "width", "video"), "video.width"), height = Int(Req(e, "height", "video"), "video.height");
        if (width <= 0) throw Bad("video.width", $"must be > 0, got {width}");
        if (height <= 0) throw Bad("video.height", $"must be > 0, got {height}");
        double fps = Num(Req(e, "fps", "video"), "video.fps");
        if (!(fps > 0)) throw Bad("video.fps", $"must be > 0, got {Inv.Text(fps)}");
        int frameCount = Opt(e, "frameCount") is { } fc ? Int(fc, "video.frameCount") : 0;
        if (frameCount < 0) throw Bad("video.frameCount", $"must be >= 0, got {frameCount}");
        double duration = Opt(e, "durationSeconds") is { } d ? Num(d, "video.durationSeconds") : 0;
        if (duration < 0) throw Bad("video.durationSeconds", $"must be >= 0, got {Inv.Text(duration)}");
        int rotation = Opt(e, "rotation") is { } r ? Int(r, "video.rotation") : 0;
        if (rotation is not (0 or 90 or 180 or 270)) throw Bad("video.rotation", $"must be 0, 90, 180 or 270, got {rotation}");
        double? captureFps = Opt(e, "captureFps") is { } cfe ? Num(cfe, "video.captureFps") : null;
        if (captureFps is { } cf && !(cf > 0 && cf <= VideoInfo.MaxCaptureFps)) throw Bad("video.captureFps", $"must be > 0 and at most {Inv.I((int)VideoInfo.MaxCaptureFps)}, got {Inv.Text(cf)}");
        return new VideoInfo
        {
            CaptureFps = captureFps,
            Path = Opt(e, "path") is { } p ? Str(p, "video.path") : "",
            Width = width, Height = height, Fps = fps, FrameCount = frameCount, DurationSeconds = duration, Rotation = rotation,
            Codec = Opt(e, "codec") is { } c ? Str(c, "video.codec") : "",
            Truncated = Opt(e, "truncated") is { } t && Bool(t, "video.truncated"),
            TimestampsRepaired = Opt(e, "timestampsRepaired") is { } tr && Bool(tr, "video.timestampsRepaired"),
            IgnoredRotation = Opt(e, "ignoredRotation") is { } ir ? Int(ir, "video.ignoredRotation") : 0,
        };
    }

    private static PoseFrame ReadFrame(JsonElement f, string at)
    {
        if (f.ValueKind != JsonValueKind.Object) throw Bad(at, "must be an object");
        int index = Int(Req(f, "i", at), at + ".i");
        if (index < 0) throw Bad(at + ".i", $"must be >= 0, got {index}");
        string status = Str(Req(f, "status", at), at + ".status");
        if (!Enum.TryParse<FrameStatus>(status, ignoreCase: true, out var st) || !Enum.IsDefined(st) || int.TryParse(status, out _))
            throw Bad(at + ".status", $"must be detected, tracked, interpolated or lost, got '{status}'");
        return new PoseFrame
        {
            Index = index,
            Time = Num(Req(f, "t", at), at + ".t"),
            Status = st,
            PoseScore = Opt(f, "score") is { } s ? Unit(s, at + ".score") : float.NaN,
            Points = Points(f, at),
            Raw = Opt(f, "raw") is { } raw ? Points(raw, at + ".raw") : null,
            World = Opt(f, "world") is { } w ? World(w, at + ".world") : null,
        };
    }

    private static Keypoint[] Points(JsonElement e, string at)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Bad(at, "must be an object");
        float[] x = Series(e, "x", at, Coord), y = Series(e, "y", at, Coord), v = Series(e, "vis", at, Unit), p = Series(e, "pres", at, Unit);
        var pts = new Keypoint[Skeleton.Count];
        for (int i = 0; i < pts.Length; i++) pts[i] = new Keypoint(x[i], y[i], v[i], p[i]);
        return pts;
    }

    private static WorldPoint[] World(JsonElement e, string at)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Bad(at, "must be an object");
        float[] x = Series(e, "x", at, Coord), y = Series(e, "y", at, Coord), z = Series(e, "z", at, Coord);
        var pts = new WorldPoint[Skeleton.Count];
        for (int i = 0; i < pts.Length; i++) pts[i] = new WorldPoint(x[i], y[i], z[i]);
        return pts;
    }

    private static float[] Series(JsonElement e, string name, string at, Func<JsonElement, string, float> read)
    {
        string field = at + "." + name;
        var a = Arr(Req(e, name, at), field);
        if (a.GetArrayLength() != Skeleton.Count) throw Bad(field, $"has {a.GetArrayLength()} values, expected {Skeleton.Count}");
        var r = new float[Skeleton.Count];
        int i = 0;
        foreach (var v in a.EnumerateArray()) { r[i] = read(v, $"{field}[{i}]"); i++; }
        return r;
    }

    /// <summary>A coordinate: null (a gap) or a finite number within float range.</summary>
    private static float Coord(JsonElement v, string field)
    {
        if (v.ValueKind == JsonValueKind.Null) return float.NaN;
        double d = Num(v, field);
        if (Math.Abs(d) > float.MaxValue) throw Bad(field, $"{Inv.Text(d)} is out of range");
        return (float)d;
    }

    /// <summary>A probability: null or a number in [0, 1].</summary>
    private static float Unit(JsonElement v, string field)
    {
        if (v.ValueKind == JsonValueKind.Null) return float.NaN;
        double d = Num(v, field);
        if (d is < 0 or > 1) throw Bad(field, $"must be between 0 and 1, got {Inv.Text(d)}");
        return (float)d;
    }

    private static JsonElement Req(JsonElement e, string name, string at) =>
        e.TryGetProperty(name, out var v) ? v : throw Bad(at.Length == 0 ? name : at + "." + name, "is missing");

    private static JsonElement? Opt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static double Num(JsonElement v, string field)
    {
        if (v.ValueKind != JsonValueKind.Number) throw Bad(field, $"must be a number, got {Kind(v)}");
        if (!v.TryGetDouble(out double d) || !double.IsFinite(d)) throw Bad(field, $"{v.GetRawText()} is not a finite number");
        return d;
    }

    private static int Int(JsonElement v, string field)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out int i)) throw Bad(field, $"must be a whole number, got {(v.ValueKind == JsonValueKind.Number ? v.GetRawText() : Kind(v))}");
        return i;
    }

    private static string Str(JsonElement v, string field) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Bad(field, $"must be a string, got {Kind(v)}");

    private static bool Bool(JsonElement v, string field) => v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Bad(field, $"must be true or false, got {Kind(v)}"),
    };

    private static JsonElement Arr(JsonElement v, string field) =>
        v.ValueKind == JsonValueKind.Array ? v : throw Bad(field, $"must be an array, got {Kind(v)}");

    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static FormatException Bad(string field, string problem) => new($"{field} {problem}");
}
