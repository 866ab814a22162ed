using System.Text.Json;
using GaitCheck.Analysis.Findings;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Results;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as "gaitcheck-analysis/1" JSON with System.Text.Json's
/// <see cref="Utf8JsonWriter"/>: properties in a fixed order, camelCase names, enums as camelCase strings,
/// numbers rounded (6 decimals at most; metric values already carry their own precision), NaN as null, invariant
/// culture throughout. Same result, same bytes.
/// </summary>
public static class ResultJson
{
    public static void Save(AnalysisResult r, string path) => AtomicFile.Write(path, s => Write(r, s));

    public static byte[] ToBytes(AnalysisResult r)
    {
        using var ms = new MemoryStream();
        Write(r, ms);
        return ms.ToArray();
    }

    public static void Write(AnalysisResult r, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(r);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("format", r.Format);
        w.WriteString("disclaimer", r.Disclaimer);

        w.WriteStartObject("source");
        w.WriteString("videoPath", r.Source.VideoPath);
        w.WriteNumber("width", r.Source.Width);
        w.WriteNumber("height", r.Source.Height);
        Num(w, "fps", r.Source.Fps, 3);
        Num(w, "durationSeconds", r.Source.DurationSeconds, 3);
        w.WriteString("model", r.Source.Model);
        w.WriteString("filter", r.Source.Filter);
        w.WriteEndObject();

        var q = r.Quality;
        w.WriteStartObject("quality");
        w.WriteNumber("frames", q.Frames);
        w.WriteNumber("lostFrames", q.LostFrames);
        w.WriteNumber("interpolatedFrames", q.InterpolatedFrames);
        w.WriteNumber("landmarkGaps", q.LandmarkGaps);
        Num(w, "gapFraction", q.GapFraction, 4);
        Num(w, "meanVisibility", q.MeanVisibility, 3);
        w.WriteNumber("swapsRepaired", q.SwapsRepaired);
        w.WriteBoolean("truncated", q.Truncated);
        Num(w, "frameIntervalSeconds", q.FrameIntervalSeconds, 6);
        Num(w, "legLengthPx", q.LegLengthPx, 1);
        w.WriteEndObject();

        w.WriteStartObject("view");
        w.WriteString("view", Name(r.View.View));
        Num(w, "confidence", r.View.Confidence, 3);
        w.WriteString("reason", r.View.Reason);
        w.WriteBoolean("forced", r.View.Forced);
        w.WriteEndObject();

        w.WriteStartObject("movement");
        w.WriteString("kind", Name(r.Movement.Kind));
        Num(w, "confidence", r.Movement.Confidence, 3);
        Side(w, "stanceSide", r.Movement.StanceSide);
        w.WriteBoolean("forced", r.Movement.Forced);
        w.WriteBoolean("recognised", r.Movement.Kind != MovementKind.Other);
        if (r.Movement.NotRecognisedReason is { } why) w.WriteString("notRecognisedReason", why);
        w.WriteBoolean("slowMotionSuspected", r.Movement.SlowMotionSuspected);
        if (r.Movement.CameraMoving is { } cam) w.WriteString("cameraMoving", cam);
        w.WriteEndObject();

        w.WriteStartArray("events");
        foreach (var e in r.Events)
        {
            w.WriteStartObject();
            Side(w, "side", e.Side);
            w.WriteString("kind", Name(e.Kind));
            w.WriteNumber("frame", e.Frame);
            w.WriteNumber("videoFrame", e.VideoFrame);
            Num(w, "time", e.Time, 4);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("reps");
        foreach (var rep in r.Reps)
        {
            w.WriteStartObject();
            w.WriteNumber("number", rep.Number);
            Side(w, "stanceSide", rep.StanceSide);
            w.WriteNumber("startFrame", rep.StartFrame);
            w.WriteNumber("bottomFrame", rep.BottomFrame);
            w.WriteNumber("endFrame", rep.EndFrame);
            w.WriteNumber("bottomVideoFrame", rep.BottomVideoFrame);
            Num(w, "startTime", rep.StartTime, 4);
            Num(w, "bottomTime", rep.BottomTime, 4);
            Num(w, "endTime", rep.EndTime, 4);
            Values(w, rep.Values, rep.RawValues);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("strides");
        foreach (var s in r.Strides)
        {
            w.WriteStartObject();
            Side(w, "side", s.Side);
            w.WriteNumber("number", s.Number);
            w.WriteNumber("contactFrame", s.ContactFrame);
            w.WriteNumber("midstanceFrame", s.MidstanceFrame);
            w.WriteNumber("toeOffFrame", s.ToeOffFrame);
            w.WriteNumber("nextContactFrame", s.NextContactFrame);
            w.WriteNumber("midstanceVideoFrame", s.MidstanceVideoFrame);
            Num(w, "strideTime", s.StrideTime, 4);
            Values(w, s.Values, s.RawValues);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("metrics");
        foreach (var m in r.Metrics) WriteMetric(w, m);
        w.WriteEndArray();

        w.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            w.WriteStartObject();
            w.WriteString("metric", f.MetricId);
            w.WriteString("metricName", f.MetricName);
            Side(w, "side", f.Side);
            Num(w, "value", f.Value, 3);
            w.WriteString("unit", f.Unit);
            w.WriteNumber("n", f.N);
            w.WriteString("level", Name(f.Level));
            w.WriteBoolean("beyondNoise", f.BeyondNoise);
            w.WriteStartArray("drivers");
            foreach (var d in f.Drivers) w.WriteStringValue(Name(d));
            w.WriteEndArray();
            w.WriteString("evidence", Name(f.Evidence));
            w.WriteString("statement", f.Statement);
            w.WriteString("citation", f.Citation);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("drivers");
        foreach (var d in r.Drivers)
        {
            w.WriteStartObject();
            w.WriteString("driver", Name(d.Driver));
            w.WriteString("name", d.Name);
            w.WriteString("status", Name(d.Status));
            w.WriteString("evidence", Name(d.Evidence));
            w.WriteStartArray("metrics");
            foreach (var id in d.Metrics) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteString("statement", d.Statement);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("notAssessed");
        foreach (var n in r.NotAssessed)
        {
            w.WriteStartObject();
            w.WriteString("factor", n.Factor);
            w.WriteString("why", n.Why);
            w.WriteString("clinicianCheck", n.ClinicianCheck);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("notes");
        foreach (var n in r.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteMetric(Utf8JsonWriter w, MetricSummary m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("name", m.Name);
        w.WriteString("unit", m.Unit);
        w.WriteString("event", m.Event);
        w.WriteBoolean("experimental", m.Experimental);
        w.WriteBoolean("reported", m.Reported);
        w.WriteString("notReportedReason", m.NotReportedReason); // null writes JSON null
        w.WriteBoolean("withheld", m.Withheld);
        w.WriteBoolean("corrected", m.Corrected);
        SideArray(w, "sides", m.Sides);
        if (m.Corrected) SideArray(w, "rawSides", m.RawSides);
        if (m.Asymmetry is { } a)
        {
            w.WriteStartObject("asymmetry");
            Num(w, "leftMinusRight", a.LeftMinusRight, 3);
            Num(w, "noiseBand", a.NoiseBand, 3);
            w.WriteBoolean("withinNoise", a.WithinNoise);
            w.WriteString("statement", a.Statement);
            w.WriteEndObject();
        }
        else w.WriteNull("asymmetry");
        Num(w, "noiseBand", m.NoiseBand, 3);
        w.WriteString("noiseSource", m.NoiseSource);
        Validation(w, m.Validation);
        if (m.Threshold is { } t)
        {
            w.WriteStartObject("threshold");
            Num(w, "typicalUpTo", t.TypicalUpTo, 3);
            Num(w, "elevatedFrom", t.ElevatedFrom, 3);
            w.WriteString("description", t.Description);
            w.WriteString("citation", t.Citation);
            w.WriteEndObject();
        }
        else w.WriteNull("threshold");
        w.WriteString("citation", m.Citation);
        w.WriteEndObject();
    }

    private static void SideArray(Utf8JsonWriter w, string name, IReadOnlyList<SideStats> sides)
    {
        w.WriteStartArray(name);
        foreach (var s in sides)
        {
            w.WriteStartObject();
            Side(w, "side", s.Side);
            w.WriteNumber("n", s.N);
            Num(w, "mean", s.Mean, 3);
            Num(w, "sd", s.Sd, 3);
            Num(w, "min", s.Min, 3);
            Num(w, "max", s.Max, 3);
            Num(w, "worst", s.Worst, 3);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The synthetic validation's verdict on a metric (see README "Validation benchmark"), or null.</summary>
    private static void Validation(Utf8JsonWriter w, Validation.MetricValidationEntry? v)
    {
        if (v is null) { w.WriteNull("validation"); return; }
        w.WriteStartObject("validation");
        w.WriteString("status", Name(v.Status));
        w.WriteString("source", Name(v.Source));
        w.WriteString("reason", v.Reason);
        w.WriteString("choice", v.Choice);
        if (v.Correction is { } c)
        {
            w.WriteStartObject("correction");
            w.WriteString("kind", "corrected by synthetic calibration: (raw - offset) / gain, fitted on the tuning grid");
            Num(w, "offset", c.Offset, 4);
            Num(w, "gain", c.Gain, 4);
            w.WriteEndObject();
        }
        else w.WriteNull("correction");
        Figures(w, "tuningGrid", v.Tuning);
        Figures(w, "testGrid", v.Test);
        Figures(w, "testGridRaw", v.TestRaw);
        w.WriteEndObject();
    }

    private static void Figures(Utf8JsonWriter w, string name, Validation.ValidationFigures? f)
    {
        if (f is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteNumber("n", f.N);
        Num(w, "mae", f.Mae, 3);
        Num(w, "bias", f.Bias, 3);
        Num(w, "gain", f.Gain ?? double.NaN, 3);
        Num(w, "r2", f.R2 ?? double.NaN, 3);
        w.WriteNumber("signChecked", f.SignChecked);
        w.WriteNumber("signRight", f.SignRight);
        Num(w, "leftMinusRight", f.LeftMinusRight ?? double.NaN, 3);
        Num(w, "truthSd", f.TruthSd, 3);
        w.WriteEndObject();
    }

    private static void Values(Utf8JsonWriter w, IReadOnlyDictionary<string, double> values, IReadOnlyDictionary<string, double> raw)
    {
        w.WriteStartObject("values");
        foreach (var kv in values.OrderBy(k => k.Key, StringComparer.Ordinal)) Num(w, kv.Key, kv.Value, 3);
        w.WriteEndObject();
        if (raw.Count == 0) return;
        w.WriteStartObject("rawValues");
        foreach (var kv in raw.OrderBy(k => k.Key, StringComparer.Ordinal)) Num(w, kv.Key, kv.Value, 3);
        w.WriteEndObject();
    }

    private static void Num(Utf8JsonWriter w, string name, double v, int decimals)
    {
        if (!double.IsFinite(v)) { w.WriteNull(name); return; }
        double r = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        if (r == 0) r = 0; // no "-0"
        w.WriteNumber(name, r);
    }

    private static void Side(Utf8JsonWriter w, string name, Side? s)
    {
        if (s is null) w.WriteNull(name); else w.WriteString(name, s == Core.Side.Left ? "left" : "right");
    }

    /// <summary>Enum value as camelCase (LeftSagittal → "leftSagittal").</summary>
    public static string Name<T>(T value) where T : struct, Enum
    {
        string s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
