using System.Globalization;

namespace GaitCheck.Core.Markers;

/// <summary>
/// Reads a markers.csv (<see cref="MarkerCsvColumns"/>) back into <see cref="MarkerTracks"/> aligned to a keypoint
/// sequence, so `analyze-keypoints --markers` measures the protocol angles from saved tracks. Strict, so a damaged or
/// mismatched file is an error and never a different number:
/// <list type="bullet">
/// <item>the header is the written one (with or without the trailing colour column); numbers are invariant culture;</item>
/// <item>the protocol is the one whose marker ids are exactly the file's; an id of no protocol, or ids of two, is an error;</item>
/// <item>a row's x, y and diameter are all numbers or all empty (a gap); a frame and marker appear at most once;</item>
/// <item>every frame must be one of the keypoints' frames, at the same time (±<see cref="TimeTolerance"/> s) when a time
/// is given: a frame the keypoints lack means the files are not from the same run. A keypoint frame the file lacks is a gap;</item>
/// <item>the file ends with a line break, so a file cut mid-row is refused.</item>
/// </list>
/// </summary>
public static class MarkerCsvReader
{
    /// <summary>The colour of tracks read from a file without the colour column.</summary>
    public const string UnknownColour = "unknown";

    /// <summary>Largest difference between a row's time_s (written to 0.0001 s) and its keypoint frame's time.</summary>
    public const double TimeTolerance = 0.001;

    /// <summary>Reads <paramref name="path"/>: InputNotFound when it is not a readable regular file, BadKeypoints naming the line at fault.</summary>
    public static MarkerTracks Load(string path, PoseSequence seq)
    {
        string text = InputFile.ReadAllText(path, "markers file");
        try { return Parse(text, seq); }
        catch (FormatException e) { throw new GaitCheckException(ExitCode.BadKeypoints, $"{path} is not a valid {MarkerCsvColumns.FileName}: {e.Message}", e); }
    }

    /// <summary>Parses a markers.csv's text against the keypoint frames of <paramref name="seq"/>; a <see cref="FormatException"/> names the line at fault.</summary>
    public static MarkerTracks Parse(string text, PoseSequence seq)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(seq);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = CsvLine.Split(lines[0].TrimStart('\uFEFF'));
        bool hasColour = header.SequenceEqual(MarkerCsvColumns.All);
        if (!hasColour && !header.SequenceEqual(MarkerCsvColumns.WithoutColour))
            throw new FormatException($"line 1: the header is '{Shorten(lines[0])}', expected '{string.Join(",", MarkerCsvColumns.All)}'");
        if (lines[^1].Length > 0) throw new FormatException($"line {lines.Length} ends without a line break: the file is cut short");

        var entry = new Dictionary<int, int>(seq.Frames.Count);
        for (int i = 0; i < seq.Frames.Count; i++) entry[seq.Frames[i].Index] = i;
        var known = MarkerProtocols.All.SelectMany(p => p.Markers.Select(m => (m.Id, p))).ToDictionary(t => t.Id, t => t.p, StringComparer.Ordinal);
        var rows = new List<Row>(lines.Length);
        var seen = new HashSet<(int, string)>();
        string? colour = null;
        for (int n = 1; n < lines.Length - 1; n++)
        {
            string at = $"line {n + 1}";
            var f = CsvLine.Split(lines[n]);
            if (f.Count != header.Count) throw new FormatException($"{at} has {f.Count} fields, expected {header.Count}");
            if (!int.TryParse(f[0], NumberStyles.None, Inv.C, out int frame)) throw new FormatException($"{at}: frame '{Shorten(f[0])}' is not a frame number");
            if (!entry.TryGetValue(frame, out int e))
                throw new FormatException($"{at}: frame {frame} is not a frame of the keypoint file (are both files from the same run?)");
            if (f[1].Length > 0)
            {
                double t = Number(f[1], at, MarkerCsvColumns.Time);
                double kt = seq.Frames[e].Time;
                if (Math.Abs(t - kt) > TimeTolerance)
                    throw new FormatException($"{at}: frame {frame} is at {Inv.Text(t)} s, but the keypoint file's frame {frame} is at {Inv.F(kt, 4)} s (are both files from the same run?)");
            }
            string id = f[2];
            if (!known.ContainsKey(id)) throw new FormatException($"{at}: marker '{Shorten(id)}' is not a marker of any protocol");
            if (!seen.Add((frame, id))) throw new FormatException($"{at}: marker {id} is listed twice for frame {frame}");
            bool gap = f[3].Length == 0 && f[4].Length == 0 && f[5].Length == 0;
            if (!gap && (f[3].Length == 0 || f[4].Length == 0 || f[5].Length == 0))
                throw new FormatException($"{at}: x_px, y_px and diameter_px must be three numbers, or all empty for a gap");
            float x = gap ? float.NaN : (float)Number(f[3], at, MarkerCsvColumns.X), y = gap ? float.NaN : (float)Number(f[4], at, MarkerCsvColumns.Y);
            float d = gap ? float.NaN : (float)Number(f[5], at, MarkerCsvColumns.Diameter);
            if (!gap && d < 0) throw new FormatException($"{at}: diameter_px {f[5]} is negative");
            if (hasColour)
            {
                if (!MarkerColours.Names.Contains(f[6])) throw new FormatException($"{at}: colour '{Shorten(f[6])}' is not one of {string.Join(", ", MarkerColours.Names)}");
                if (colour is not null && colour != f[6]) throw new FormatException($"{at}: colour {f[6]}, but earlier rows say {colour} (one colour per file)");
                colour = f[6];
            }
            rows.Add(new Row(e, id, x, y, d));
        }
        if (rows.Count == 0) throw new FormatException("has no rows after its header");

        var ids = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var protocols = ids.Select(i => known[i]).Distinct().ToList();
        if (protocols.Count > 1) throw new FormatException($"has markers of protocols {string.Join(" and ", protocols.Select(p => p.Id))}; a file holds one protocol's markers");
        var protocol = protocols[0];
        var missing = protocol.Markers.Select(m => m.Id).Where(i => !ids.Contains(i)).ToList();
        if (missing.Count > 0) throw new FormatException($"has no rows for {string.Join(", ", missing)} of protocol {protocol.Id}, whose markers are {string.Join(", ", protocol.Markers.Select(m => m.Id))}");

        var index = protocol.Markers.Select((m, i) => (m.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        int frames = seq.Frames.Count, count = protocol.Markers.Count;
        float[][] xs = MarkerTracks.Gaps(count, frames), ys = MarkerTracks.Gaps(count, frames), ds = MarkerTracks.Gaps(count, frames);
        foreach (var r in rows)
        {
            int m = index[r.Id];
            xs[m][r.Entry] = r.X; ys[m][r.Entry] = r.Y; ds[m][r.Entry] = r.D;
        }
        return new MarkerTracks(protocol, colour ?? UnknownColour, [.. seq.Frames.Select(fr => fr.Index)], xs, ys, ds);
    }

    private readonly record struct Row(int Entry, string Id, float X, float Y, float D);

    /// <summary>A finite number within float range, invariant culture.</summary>
    private static double Number(string s, string at, string column)
    {
        if (!double.TryParse(s, NumberStyles.Float, Inv.C, out double v) || !double.IsFinite(v) || Math.Abs(v) > float.MaxValue)
            throw new FormatException($"{at}: {column} '{Shorten(s)}' is not a number");
        return v;
    }

    /// <summary>A field or line as quoted in a message: at most 40 characters.</summary>
    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
