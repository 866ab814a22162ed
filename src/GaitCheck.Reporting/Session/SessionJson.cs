using System.Text.Encodings.Web;
using System.Text.Json;
using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Core.Json;

namespace GaitCheck.Reporting.Session;

/// <summary>
/// session.json ("gaitcheck-session/1"): subject and visit, each clip's role, source, folder, recognised movement
/// and view and its metrics' per-side means (what `gaitcheck compare` reads), left-against-right comparisons, the
/// driver synthesis with its sources, and what video does not assess. Written with Utf8JsonWriter (invariant
/// numbers, fixed key order): same input, same bytes. NaN is null.
/// </summary>
public static class SessionJson
{
    public static string ToText(SessionReport s)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", SessionReport.FormatName);
            w.WriteString("tool", ToolInfo.Name);
            var d = s.Details;
            w.WriteStartObject("subject");
            Str(w, "id", d.SubjectId);
            Str(w, "initials", d.Initials);
            w.WriteEndObject();
            w.WriteStartObject("visit");
            Str(w, "date", d.Date);
            Str(w, "painfulSide", d.PainfulSide);
            Str(w, "shoes", d.Shoes);
            Num(w, "treadmillSpeedKmh", d.TreadmillSpeedKmh ?? double.NaN);
            Str(w, "notes", d.Notes);
            w.WriteEndObject();
            w.WriteStartArray("clips");
            foreach (var c in s.Clips) Clip(w, c);
            w.WriteEndArray();
            w.WriteStartArray("sideComparisons");
            foreach (var c in s.Sides)
            {
                w.WriteStartObject();
                w.WriteString("metric", c.MetricId);
                w.WriteString("leftClip", c.LeftClip);
                w.WriteString("rightClip", c.RightClip);
                Num(w, "left", c.Left);
                Num(w, "right", c.Right);
                Num(w, "leftMinusRight", Math.Round(c.LeftMinusRight, c.Decimals, MidpointRounding.AwayFromZero));
                Num(w, "noiseBand", c.NoiseBand);
                w.WriteBoolean("beyondNoise", c.BeyondNoise);
                w.WriteString("statement", SessionWords.Sides(c));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("drivers");
            foreach (var dr in s.Drivers) Driver(w, dr);
            w.WriteEndArray();
            w.WriteStartArray("notAssessedByVideo");
            foreach (var n in s.NotAssessed)
            {
                w.WriteStartObject();
                w.WriteString("factor", n.Factor);
                w.WriteString("why", n.Why);
                w.WriteString("clinicianCheck", n.ClinicianCheck);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void Clip(Utf8JsonWriter w, SessionClipReport c)
    {
        var r = c.Clip.Result;
        w.WriteStartObject();
        w.WriteString("name", c.Clip.Name);
        w.WriteString("role", ClipRoles.Name(c.Clip.Role));
        w.WriteBoolean("roleGiven", c.RoleGiven);
        Str(w, "roleMismatch", c.RoleMismatch);
        w.WriteString("source", c.Source);
        w.WriteString("folder", c.Folder);
        Str(w, "overlay", c.Overlay);
        w.WriteString("movement", EnumNames.Camel(r.Movement.Kind));
        w.WriteString("view", EnumNames.Camel(r.View.View));
        Str(w, "stanceSide", EnumNames.Lower(r.Movement.StanceSide));
        w.WriteStartArray("metrics");
        foreach (var m in r.Metrics.Where(m => m.Reported))
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("name", m.Name);
            w.WriteString("unit", m.Unit);
            Num(w, "noiseBand", m.NoiseBand);
            w.WriteStartArray("sides");
            foreach (var sd in m.Sides)
            {
                w.WriteStartObject();
                Str(w, "side", EnumNames.Lower(sd.Side));
                w.WriteNumber("n", sd.N);
                Num(w, "mean", sd.Mean);
                Num(w, "sd", sd.Sd);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Driver(Utf8JsonWriter w, DriverSynthesis d)
    {
        w.WriteStartObject();
        w.WriteString("driver", EnumNames.Camel(d.Driver));
        w.WriteString("name", Text.FindingWords.DriverName(d.Driver));
        w.WriteString("status", EnumNames.Camel(d.Status));
        w.WriteString("evidence", EnumNames.Camel(d.Evidence));
        w.WriteString("statement", SessionWords.Driver(d));
        w.WriteStartArray("perClip");
        foreach (var (clip, status) in d.PerClip)
        {
            w.WriteStartObject();
            w.WriteString("clip", clip);
            w.WriteString("status", EnumNames.Camel(status));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var s in d.Sources)
        {
            w.WriteStartObject();
            w.WriteString("clip", s.Clip);
            w.WriteString("role", ClipRoles.Name(s.Role));
            w.WriteString("metric", s.MetricId);
            Str(w, "side", EnumNames.Lower(s.Side));
            Num(w, "value", s.Value);
            w.WriteString("unit", s.Unit);
            w.WriteString("level", EnumNames.Camel(s.Level));
            w.WriteBoolean("beyondNoise", s.BeyondNoise);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter w, string key, string? v)
    {
        if (v is null) w.WriteNull(key); else w.WriteString(key, v);
    }

    private static void Num(Utf8JsonWriter w, string key, double v)
    {
        if (double.IsFinite(v)) w.WriteNumber(key, v); else w.WriteNull(key);
    }

    /// <summary>Writes session.json atomically into <paramref name="dir"/>.</summary>
    public static string Save(SessionReport s, string dir)
    {
        string path = Path.Combine(dir, SessionReport.JsonFile);
        AtomicFile.WriteAllText(path, ToText(s));
        return path;
    }
}
