using System.Globalization;
using System.Text.Json;
using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Pose;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// Per-run settings of `gaitcheck analyze` and `batch`. Every setting may come from a JSON config file
/// (keys as the CLI flags without dashes: model, start, end, person, view, movement, overlay, keyFrames, blur,
/// models, filter, threads, captureFps); a CLI flag overrides the file (<see cref="Over"/>). Null means "not set here".
/// Numbers are range-checked where they are read (<see cref="Validate"/>), from the file and from the flags alike.
/// </summary>
public sealed record AnalyzeSettings
{
    public PoseModelKind? Model { get; init; }
    public double? Start { get; init; }
    public double? End { get; init; }
    public (float X, float Y)? Person { get; init; }
    public CameraView? View { get; init; }
    public MovementKind? Movement { get; init; }
    public bool? Overlay { get; init; }
    public bool? KeyFrames { get; init; }
    /// <summary>Blur faces in the overlay and key frames (default true; `--no-blur` turns it off).</summary>
    public bool? Blur { get; init; }
    public string? ModelsDirectory { get; init; }
    /// <summary>offline | online | none.</summary>
    public string? Filter { get; init; }
    /// <summary>ONNX Runtime intra-op threads per model (batch with several jobs lowers it).</summary>
    public int? Threads { get; init; }
    /// <summary>The rate a slow-motion clip was filmed at (frames per second); overrides the container's.</summary>
    public double? CaptureFps { get; init; }
    /// <summary>The structure analysis's thresholds, weights and fractions; null = <see cref="AnalysisTuning.Default"/>. Not read from the config file.</summary>
    public AnalysisTuning? Tuning { get; init; }
    /// <summary>Skin markers to track: "auto" or a sticker colour (green, orange, pink, blue); null or "none" = markerless.</summary>
    public string? Markers { get; init; }
    /// <summary>The standing leg of a single-leg squat; set only by a batch manifest's stance column (not a flag or config key); null = detected.</summary>
    public Side? Stance { get; init; }

    /// <summary>These settings with every value set in <paramref name="flags"/> taking precedence.</summary>
    public AnalyzeSettings Over(AnalyzeSettings flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return new AnalyzeSettings
        {
            Model = flags.Model ?? Model, Start = flags.Start ?? Start, End = flags.End ?? End, Person = flags.Person ?? Person,
            View = flags.View ?? View, Movement = flags.Movement ?? Movement, Overlay = flags.Overlay ?? Overlay,
            KeyFrames = flags.KeyFrames ?? KeyFrames, Blur = flags.Blur ?? Blur, ModelsDirectory = flags.ModelsDirectory ?? ModelsDirectory,
            Filter = flags.Filter ?? Filter, Threads = flags.Threads ?? Threads, CaptureFps = flags.CaptureFps ?? CaptureFps,
            Tuning = flags.Tuning ?? Tuning, Markers = flags.Markers ?? Markers, Stance = flags.Stance ?? Stance,
        };
    }

    /// <summary>
    /// Range-checks every numeric setting (<see cref="SettingLimits"/>); a Usage error names the setting as
    /// <paramref name="name"/> renders it (default: the CLI flag, e.g. "--start"). Nothing is capped silently.
    /// </summary>
    public void Validate(Func<string, string>? name = null)
    {
        name ??= key => "--" + key;
        if (Start is { } a && !(a >= 0 && a <= SettingLimits.MaxSeconds))
            throw Usage(name("start"), $"must be a time from 0 to {Inv.I(SettingLimits.MaxSeconds)} s, got {Inv.Text(a)}");
        if (End is { } b && !(b > 0 && b <= SettingLimits.MaxSeconds))
            throw Usage(name("end"), $"must be a time above 0 and at most {Inv.I(SettingLimits.MaxSeconds)} s, got {Inv.Text(b)}");
        if (Start is { } s0 && End is { } e0 && e0 <= s0)
            throw Usage(name("end"), $"({Inv.Text(e0)} s) must be after {name("start")} ({Inv.Text(s0)} s)");
        if (Person is { } p && !(p.X >= 0 && p.Y >= 0 && p.X <= SettingLimits.MaxPixel && p.Y <= SettingLimits.MaxPixel))
            throw Usage(name("person"), $"must be a pixel X,Y with both from 0 to {Inv.I(SettingLimits.MaxPixel)}, got {Inv.Text(p.X)},{Inv.Text(p.Y)}");
        if (CaptureFps is { } cf && !(cf >= SettingLimits.MinCaptureFps && cf <= VideoInfo.MaxCaptureFps))
            throw Usage(name("capture-fps"), $"must be a frame rate from {Inv.I((int)SettingLimits.MinCaptureFps)} to {Inv.I((int)VideoInfo.MaxCaptureFps)}, got {Inv.Text(cf)}");
        if (Threads is { } t && (t < 1 || t > SettingLimits.MaxThreads))
            throw Usage(name("threads"), $"must be from 1 to {Inv.I(SettingLimits.MaxThreads)} (twice this machine's {Inv.I(Environment.ProcessorCount)} cores), got {Inv.I(t)}");
    }

    private static GaitCheckException Usage(string setting, string problem) => new(ExitCode.Usage, $"{setting} {problem}");

    /// <summary>Reads a JSON config file and range-checks it; unknown keys and bad values are usage errors naming the key.</summary>
    public static AnalyzeSettings LoadConfig(string path) => ParseConfig(InputFile.ReadAllText(path, "config file"), path);

    /// <summary>Parses config-file text; <paramref name="path"/> names its source in errors.</summary>
    public static AnalyzeSettings ParseConfig(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new GaitCheckException(ExitCode.Usage, $"config file {path}: {JsonErrors.Describe(e)}", e); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new GaitCheckException(ExitCode.Usage, $"config file {path} must hold a JSON object");
            var s = new AnalyzeSettings();
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var v = new ConfigValue(path, p.Name, p.Value);
                s = p.Name.ToLowerInvariant() switch
                {
                    "model" => s with { Model = ParseModel(v.String()) },
                    "start" => s with { Start = v.Number() },
                    "end" => s with { End = v.Number() },
                    "person" => s with { Person = ParsePerson(v.String()) },
                    "view" => s with { View = ParseView(v.String()) },
                    "movement" => s with { Movement = ParseMovement(v.String()) },
                    "overlay" => s with { Overlay = v.Bool() },
                    "keyframes" => s with { KeyFrames = v.Bool() },
                    "blur" => s with { Blur = v.Bool() },
                    "models" => s with { ModelsDirectory = v.String() },
                    "filter" => s with { Filter = ParseFilter(v.String()) },
                    "threads" => s with { Threads = v.Int() },
                    "capturefps" => s with { CaptureFps = v.Number() },
                    "markers" => s with { Markers = ParseMarkers(v.String()) },
                    _ => throw new GaitCheckException(ExitCode.Usage, $"config file {path}: unknown key '{p.Name}'"),
                };
            }
            s.Validate(key => $"config file {path}: '{key}'");
            return s;
        }
    }

    /// <summary>
    /// These settings as config-file JSON (<see cref="ParseConfig"/> reads it back to equal settings): how a batch hands
    /// them to its worker processes. <see cref="Tuning"/> is not part of the config file; settings with one run in-process.
    /// </summary>
    public string ToConfigJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            if (Model is { } m) w.WriteString("model", m.ToString().ToLowerInvariant());
            if (Start is { } a) w.WriteNumber("start", a);
            if (End is { } b) w.WriteNumber("end", b);
            if (Person is { } p) w.WriteString("person", Inv.Text(p.X) + "," + Inv.Text(p.Y));
            if (View is { } v) w.WriteString("view", v.ToString());
            if (Movement is { } mv) w.WriteString("movement", mv.ToString());
            if (Overlay is { } o) w.WriteBoolean("overlay", o);
            if (KeyFrames is { } k) w.WriteBoolean("keyFrames", k);
            if (ModelsDirectory is { } md) w.WriteString("models", md);
            if (Filter is { } f) w.WriteString("filter", f);
            if (Threads is { } t) w.WriteNumber("threads", t);
            if (CaptureFps is { } c) w.WriteNumber("captureFps", c);
            if (Blur is { } bl) w.WriteBoolean("blur", bl);
            if (Markers is { } mk) w.WriteString("markers", mk);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static PoseModelKind? ParseModel(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant() switch
    {
        "lite" => PoseModelKind.Lite,
        "full" => PoseModelKind.Full,
        "heavy" => PoseModelKind.Heavy,
        _ => throw new GaitCheckException(ExitCode.Usage, $"model must be lite, full or heavy, got '{s}'"),
    };

    public static CameraView? ParseView(string? s) => string.IsNullOrWhiteSpace(s) ? null : Norm(s) switch
    {
        "auto" => null,
        "frontal" or "front" => CameraView.Frontal,
        "posterior" or "back" => CameraView.Posterior,
        "leftsagittal" or "left" => CameraView.LeftSagittal,
        "rightsagittal" or "right" => CameraView.RightSagittal,
        "oblique" => CameraView.Oblique,
        _ => throw new GaitCheckException(ExitCode.Usage, $"view must be auto, frontal, posterior, left-sagittal, right-sagittal or oblique, got '{s}'"),
    };

    public static MovementKind? ParseMovement(string? s) => string.IsNullOrWhiteSpace(s) ? null : Norm(s) switch
    {
        "auto" => null,
        "singlelegsquat" or "squat" => MovementKind.SingleLegSquat,
        "running" or "run" => MovementKind.Running,
        "walking" or "walk" => MovementKind.Walking,
        "doublelegsquat" => MovementKind.DoubleLegSquat,
        "other" => MovementKind.Other,
        _ => throw new GaitCheckException(ExitCode.Usage, $"movement must be auto, single-leg-squat, double-leg-squat, running, walking or other, got '{s}'"),
    };

    /// <summary>A stance side: left or right; null for empty or auto (detected).</summary>
    public static Side? ParseStance(string? s) => string.IsNullOrWhiteSpace(s) ? null : Norm(s) switch
    {
        "left" => Side.Left,
        "right" => Side.Right,
        "auto" => null,
        _ => throw new GaitCheckException(ExitCode.Usage, $"stance must be left, right or auto, got '{s}'"),
    };

    /// <summary>"none", "auto" or a sticker colour (see README, "Skin markers").</summary>
    public static string? ParseMarkers(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        string n = Norm(s);
        if (n is "none" or "auto" || Core.Markers.MarkerColours.Names.Contains(n)) return n;
        throw new GaitCheckException(ExitCode.Usage, $"markers must be none, auto, {string.Join(", ", Core.Markers.MarkerColours.Names)}, got '{s}'");
    }

    public static string? ParseFilter(string? s) => string.IsNullOrWhiteSpace(s) ? null : Norm(s) switch
    {
        "offline" or "online" or "none" => Norm(s),
        _ => throw new GaitCheckException(ExitCode.Usage, $"filter must be offline, online or none, got '{s}'"),
    };

    public static (float X, float Y)? ParsePerson(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var parts = s.Split(',');
        if (parts.Length == 2
            && float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out float x)
            && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float y)
            && float.IsFinite(x) && float.IsFinite(y))
            return (x, y);
        throw new GaitCheckException(ExitCode.Usage, $"person expects X,Y pixel coordinates, got '{s}'");
    }

    private static string Norm(string s) => s.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
