using System.Text.Json;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Reporting.Session;

namespace GaitCheck.Reporting.Compare;

/// <summary>One metric's mean on one side of one kind of clip at one visit, with its noise band (SDD).</summary>
public sealed record MetricReading(string Role, string MetricId, string MetricName, string Unit, Side? Side, double Mean, int N, double NoiseBand);

/// <summary>
/// The readings of one visit, from a session.json ("gaitcheck-session/1": every clip, by role) or a clip's
/// result.json ("gaitcheck-analysis/1": one clip, its role recognised from its movement, stance leg and view).
/// Anything else is a usage error naming the file.
/// </summary>
public sealed record VisitReadings(string Path, string Format, string? Date, string? Subject, IReadOnlyList<MetricReading> Readings)
{
    public static VisitReadings Load(string path)
    {
        string text = InputFile.ReadAllText(path, "visit file");
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e) { throw Bad(path, JsonErrors.Describe(e), e); }
        using (doc)
        {
            try
            {
                var root = doc.RootElement;
                string format = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "";
                return format switch
                {
                    SessionReport.FormatName => FromSession(path, root),
                    AnalysisResult.FormatName => FromClip(path, root),
                    _ => throw Bad(path, $"format is '{format}', expected {SessionReport.FormatName} or {AnalysisResult.FormatName}"),
                };
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw Bad(path, "a field is missing or has the wrong type: " + e.Message, e);
            }
        }
    }

    private static GaitCheckException Bad(string path, string why, Exception? inner = null) =>
        new(ExitCode.Usage, $"{path} is not a GaitCheck session.json or result.json: {why}", inner);

    private static VisitReadings FromSession(string path, JsonElement root)
    {
        var list = new List<MetricReading>();
        foreach (var clip in root.GetProperty("clips").EnumerateArray())
            Metrics(list, clip.GetProperty("role").GetString()!, clip.GetProperty("metrics"));
        var subject = root.GetProperty("subject");
        string? who = string.Join(" ", new[] { Str(subject, "id"), Str(subject, "initials") }.Where(s => s != null)) is { Length: > 0 } w ? w : null;
        return new VisitReadings(path, SessionReport.FormatName, Str(root.GetProperty("visit"), "date"), who, list);
    }

    private static VisitReadings FromClip(string path, JsonElement root)
    {
        var movement = root.GetProperty("movement");
        var kind = Enum.Parse<MovementKind>(movement.GetProperty("kind").GetString()!, ignoreCase: true);
        Side? stance = Str(movement, "stanceSide") is { } st ? Enum.Parse<Side>(st, ignoreCase: true) : null;
        var view = Enum.Parse<CameraView>(root.GetProperty("view").GetProperty("view").GetString()!, ignoreCase: true);
        var list = new List<MetricReading>();
        Metrics(list, ClipRoles.Name(ClipRoles.Detect(kind, stance, view)), root.GetProperty("metrics"));
        return new VisitReadings(path, AnalysisResult.FormatName, null, null, list);
    }

    private static void Metrics(List<MetricReading> list, string role, JsonElement metrics)
    {
        foreach (var m in metrics.EnumerateArray())
        {
            if (m.TryGetProperty("reported", out var rep) && rep.ValueKind == JsonValueKind.False) continue;
            string id = m.GetProperty("id").GetString()!, name = m.GetProperty("name").GetString()!, unit = m.GetProperty("unit").GetString()!;
            double noise = m.GetProperty("noiseBand").GetDouble();
            foreach (var s in m.GetProperty("sides").EnumerateArray())
            {
                var mean = s.GetProperty("mean");
                int n = s.GetProperty("n").GetInt32();
                if (mean.ValueKind != JsonValueKind.Number || n == 0) continue;
                Side? side = Str(s, "side") is { } sd ? Enum.Parse<Side>(sd, ignoreCase: true) : null;
                list.Add(new MetricReading(role, id, name, unit, side, mean.GetDouble(), n, noise));
            }
        }
    }

    private static string? Str(JsonElement e, string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
