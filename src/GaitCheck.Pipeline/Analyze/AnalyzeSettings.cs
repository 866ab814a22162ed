using System.Globalization;
using System.Text.Json;
using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Pose;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// Per-run settings of `gaitcheck analyze` and `batch`. Every setting may come from a JSON config file
/// (keys as the CLI flags without dashes: model, start, end, person, view, movement, overlay, keyFrames,
/// models, filter); a CLI flag overrides the file (<see cref="Over"/>). Null means "not set here".
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
    public string? ModelsDirectory { get; init; }
    /// <summary>offline | online | none.</summary>
    public string? Filter { get; init; }
    /// <summary>ONNX Runtime intra-op threads per model (batch with several jobs lowers it).</summary>
    public int? Threads { get; init; }

    /// <summary>These settings with every value set in <paramref name="flags"/> taking precedence.</summary>
    public AnalyzeSettings Over(AnalyzeSettings flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return new AnalyzeSettings
        {
            Model = flags.Model ?? Model, Start = flags.Start ?? Start, End = flags.End ?? End, Person = flags.Person ?? Person,
            View = flags.View ?? View, Movement = flags.Movement ?? Movement, Overlay = flags.Overlay ?? Overlay,
            KeyFrames = flags.KeyFrames ?? KeyFrames, ModelsDirectory = flags.ModelsDirectory ?? ModelsDirectory,
            Filter = flags.Filter ?? Filter, Threads = flags.Threads ?? Threads,
        };
    }

    /// <summary>Reads a JSON config file; unknown keys and bad values are usage errors naming the key.</summary>
    public static AnalyzeSettings LoadConfig(string path)
    {
        if (!File.Exists(path)) throw new GaitCheckException(ExitCode.InputNotFound, $"config file not found: {path}");
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new GaitCheckException(ExitCode.Usage, $"config file {path} is not valid JSON: {e.Message}", e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read config file {path}: {e.Message}", e); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new GaitCheckException(ExitCode.Usage, $"config file {path} must hold a JSON object");
            var s = new AnalyzeSettings();
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                try
                {
                    s = p.Name.ToLowerInvariant() switch
                    {
                        "model" => s with { Model = ParseModel(p.Value.GetString()) },
                        "start" => s with { Start = p.Value.GetDouble() },
                        "end" => s with { End = p.Value.GetDouble() },
                        "person" => s with { Person = ParsePerson(p.Value.GetString()) },
                        "view" => s with { View = ParseView(p.Value.GetString()) },
                        "movement" => s with { Movement = ParseMovement(p.Value.GetString()) },
                        "overlay" => s with { Overlay = p.Value.GetBoolean() },
                        "keyframes" => s with { KeyFrames = p.Value.GetBoolean() },
                        "models" => s with { ModelsDirectory = p.Value.GetString() },
                        "filter" => s with { Filter = ParseFilter(p.Value.GetString()) },
                        "threads" => s with { Threads = p.Value.GetInt32() },
                        _ => throw new GaitCheckException(ExitCode.Usage, $"config file {path}: unknown key '{p.Name}'"),
                    };
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException)
                {
                    throw new GaitCheckException(ExitCode.Usage, $"config file {path}: bad value for '{p.Name}': {e.Message}", e);
                }
            }
            return s;
        }
    }

    public static PoseModelKind? ParseModel(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant() switch
    {
        "lite" => PoseModelKind.Lite, "full" => PoseModelKind.Full, "heavy" => PoseModelKind.Heavy,
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
        "other" => MovementKind.Other,
        _ => throw new GaitCheckException(ExitCode.Usage, $"movement must be auto, single-leg-squat, running, walking or other, got '{s}'"),
    };

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
            && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float y))
            return (x, y);
        throw new GaitCheckException(ExitCode.Usage, $"person expects X,Y pixel coordinates, got '{s}'");
    }

    private static string Norm(string s) => s.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
