using System.Globalization;
using System.Text.Json;
using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Reporting.Session;

namespace GaitCheck.Pipeline.Session;

/// <summary>One clip of a session: a video or a saved keypoints.json, with its role when given ("squat-left"...; null = recognise it).</summary>
public sealed record SessionClipInput(string Path, string? Role);

/// <summary>
/// What `gaitcheck session` asks for: the clips, the subject and visit details (names and numbers as typed), the
/// output folder and the analysis settings. <see cref="Load"/> reads a session file; flags override it (<see cref="Over"/>).
/// </summary>
public sealed record SessionRequest
{
    public IReadOnlyList<SessionClipInput> Clips { get; init; } = [];
    public string? SubjectId { get; init; }
    public string? Initials { get; init; }
    public string? Date { get; init; }
    public string? PainfulSide { get; init; }
    public string? Shoes { get; init; }
    public double? TreadmillSpeedKmh { get; init; }
    public string? Notes { get; init; }

    /// <summary>The session file's clips, then these; each detail set here overrides the file's.</summary>
    public SessionRequest Over(SessionRequest file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new SessionRequest
        {
            Clips = [.. file.Clips, .. Clips],
            SubjectId = SubjectId ?? file.SubjectId, Initials = Initials ?? file.Initials, Date = Date ?? file.Date,
            PainfulSide = PainfulSide ?? file.PainfulSide, Shoes = Shoes ?? file.Shoes,
            TreadmillSpeedKmh = TreadmillSpeedKmh ?? file.TreadmillSpeedKmh, Notes = Notes ?? file.Notes,
        };
    }

    /// <summary>"ROLE=PATH" as typed after --clip; Usage error for an unknown role.</summary>
    public static SessionClipInput ParseClip(string arg)
    {
        ArgumentNullException.ThrowIfNull(arg);
        int eq = arg.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == arg.Length - 1) throw new GaitCheckException(ExitCode.Usage, $"--clip expects ROLE=PATH, got '{arg}'");
        string role = arg[..eq];
        CheckRole(role, "--clip");
        return new SessionClipInput(arg[(eq + 1)..], role);
    }

    private static void CheckRole(string role, string where)
    {
        if (ClipRoles.Parse(role) is null || ClipRoles.Parse(role) == ClipRole.Other)
            throw new GaitCheckException(ExitCode.Usage, $"{where}: unknown clip role '{role}' (roles: {string.Join(", ", ClipRoles.Names.Where(n => n != "other"))})");
    }

    /// <summary>Checks the details (ISO date, painful side, speed range) and returns them for the report.</summary>
    public SessionDetails Details()
    {
        if (Date is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new GaitCheckException(ExitCode.Usage, $"--date must be a date as yyyy-MM-dd, got '{d}'");
        string? side = PainfulSide?.Trim().ToLowerInvariant();
        if (side is not (null or "left" or "right" or "both" or "none"))
            throw new GaitCheckException(ExitCode.Usage, $"--painful-side must be left, right, both or none, got '{PainfulSide}'");
        if (TreadmillSpeedKmh is { } v && !(v > 0 && v <= 40))
            throw new GaitCheckException(ExitCode.Usage, $"--speed must be a treadmill speed above 0 and at most 40 km/h, got {Inv.Text(v)}");
        return new SessionDetails
        {
            SubjectId = Blank(SubjectId), Initials = Blank(Initials), Date = Date, PainfulSide = side, Shoes = Blank(Shoes),
            TreadmillSpeedKmh = TreadmillSpeedKmh, Notes = Blank(Notes),
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// Reads a session file: {"subject": {"id", "initials"}, "visit": {"date", "painfulSide", "shoes", "treadmillSpeedKmh", "notes"},
    /// "clips": [{"path", "role"}]}; clip paths are relative to the file's folder. Unknown keys and bad values are usage errors.
    /// </summary>
    public static SessionRequest Load(string path)
    {
        string text = InputFile.ReadAllText(path, "session file");
        string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new GaitCheckException(ExitCode.Usage, $"session file {path}: {JsonErrors.Describe(e)}", e); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new GaitCheckException(ExitCode.Usage, $"session file {path} must hold a JSON object");
            var q = new SessionRequest();
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "subject":
                        foreach (var s in Object(path, p))
                            q = s.Name switch
                            {
                                "id" => q with { SubjectId = new ConfigValue(path, "subject.id", s.Value).String() },
                                "initials" => q with { Initials = new ConfigValue(path, "subject.initials", s.Value).String() },
                                _ => throw Unknown(path, "subject." + s.Name),
                            };
                        break;
                    case "visit":
                        foreach (var s in Object(path, p))
                        {
                            var v = new ConfigValue(path, "visit." + s.Name, s.Value);
                            q = s.Name switch
                            {
                                "date" => q with { Date = v.String() },
                                "painfulSide" => q with { PainfulSide = v.String() },
                                "shoes" => q with { Shoes = v.String() },
                                "treadmillSpeedKmh" => q with { TreadmillSpeedKmh = v.Number() },
                                "notes" => q with { Notes = v.String() },
                                _ => throw Unknown(path, "visit." + s.Name),
                            };
                        }
                        break;
                    case "clips":
                        if (p.Value.ValueKind != JsonValueKind.Array) throw new GaitCheckException(ExitCode.Usage, $"session file {path}: 'clips' must be an array");
                        var clips = new List<SessionClipInput>();
                        foreach (var c in p.Value.EnumerateArray())
                        {
                            if (c.ValueKind != JsonValueKind.Object) throw new GaitCheckException(ExitCode.Usage, $"session file {path}: each clip must be an object with path and role");
                            string? clipPath = null, role = null;
                            foreach (var s in c.EnumerateObject())
                            {
                                var v = new ConfigValue(path, "clips." + s.Name, s.Value);
                                if (s.Name == "path") clipPath = v.String();
                                else if (s.Name == "role") role = v.String();
                                else throw Unknown(path, "clips." + s.Name);
                            }
                            if (string.IsNullOrWhiteSpace(clipPath)) throw new GaitCheckException(ExitCode.Usage, $"session file {path}: a clip has no path");
                            if (role != null) CheckRole(role, $"session file {path}");
                            clips.Add(new SessionClipInput(System.IO.Path.Combine(dir, clipPath), role));
                        }
                        q = q with { Clips = clips };
                        break;
                    default:
                        throw Unknown(path, p.Name);
                }
            }
            return q;
        }
    }

    private static JsonElement.ObjectEnumerator Object(string path, JsonProperty p) => p.Value.ValueKind == JsonValueKind.Object
        ? p.Value.EnumerateObject()
        : throw new GaitCheckException(ExitCode.Usage, $"session file {path}: '{p.Name}' must be an object");

    private static GaitCheckException Unknown(string path, string key) => new(ExitCode.Usage, $"session file {path}: unknown key '{key}'");
}
