using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Pipeline.Batch;

/// <summary>
/// What a manifest row states about one input, beyond its path. Empty or "auto" = the batch's own setting. Values are
/// checked when the manifest is read (<see cref="BatchManifest"/>), so a batch never starts on a bad row.
/// </summary>
/// <param name="Movement">A --movement value.</param>
/// <param name="View">A --view value.</param>
/// <param name="Stance">left or right: the standing leg of a single-leg squat, applied as the analysis's forced stance (Analysis.ForcedStance).</param>
/// <param name="CaptureFps">The rate the clip was filmed at (--capture-fps).</param>
/// <param name="Markers">green, orange, pink, blue, auto or none: the skin-marker stickers to track (--markers).</param>
/// <param name="Subject">Free text carried into the summary, to group results.</param>
/// <param name="Session">Free text carried into the summary, to group results.</param>
public sealed record InputOptions(string? Movement = null, string? View = null, string? Stance = null, double? CaptureFps = null,
    string? Markers = null, string? Subject = null, string? Session = null)
{
    /// <summary>The batch's settings with this row's movement, view, stance, capture rate and markers taking precedence.</summary>
    public AnalyzeSettings Apply(AnalyzeSettings batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Over(new AnalyzeSettings
        {
            Movement = AnalyzeSettings.ParseMovement(Movement),
            View = AnalyzeSettings.ParseView(View),
            Stance = AnalyzeSettings.ParseStance(Stance),
            CaptureFps = CaptureFps,
            Markers = AnalyzeSettings.ParseMarkers(Markers),
        });
    }
}

/// <summary>
/// A batch manifest: a CSV file (.csv) whose header names the columns. `path` is required (relative paths are taken from
/// the manifest's folder); the optional columns are <see cref="OptionalColumns"/>. Column names are matched ignoring case
/// and surrounding spaces. A missing `path` column, an unknown or repeated column, a row with the wrong number of
/// fields, an empty path, a path listed twice or a bad value is a usage error naming the manifest's line and column.
/// </summary>
public static class BatchManifest
{
    public const string PathColumn = "path";

    public static readonly IReadOnlyList<string> OptionalColumns = ["movement", "view", "stance", "capture_fps", "markers", "subject", "session"];

    /// <summary>The marker colours a manifest may name.</summary>
    public static readonly IReadOnlyList<string> MarkerValues = ["green", "orange", "pink", "blue", "auto", "none"];

    /// <summary>The inputs a manifest lists, in its order, each with its row's options.</summary>
    public static IReadOnlyList<(string Path, InputOptions Options)> Read(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        string text = InputFile.ReadAllText(manifestPath, "manifest");
        string baseDir = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int headerLine = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerLine < 0) throw Bad(manifestPath, 1, "is empty: the first line must name the columns, `path` first");
        var header = CsvLine.Split(lines[headerLine].TrimStart('\uFEFF')).Select(c => c.Trim().ToLowerInvariant()).ToList();
        for (int i = 0; i < header.Count; i++)
        {
            if (header[i] != PathColumn && !OptionalColumns.Contains(header[i]))
                throw Bad(manifestPath, headerLine + 1, $"unknown column '{header[i]}' (known: {PathColumn}, {string.Join(", ", OptionalColumns)})");
            if (header.IndexOf(header[i]) != i) throw Bad(manifestPath, headerLine + 1, $"column '{header[i]}' appears twice");
        }
        if (!header.Contains(PathColumn)) throw Bad(manifestPath, headerLine + 1, $"has no '{PathColumn}' column (the header line must name it)");
        var result = new List<(string, InputOptions)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int n = headerLine + 1; n < lines.Length; n++)
        {
            string raw = lines[n];
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith('#')) continue;
            var fields = CsvLine.Split(raw);
            if (fields.Count != header.Count)
                throw Bad(manifestPath, n + 1, $"has {Inv.I(fields.Count)} fields, the header has {Inv.I(header.Count)}");
            string Get(string column) => header.IndexOf(column) is >= 0 and var i ? fields[i].Trim() : "";
            string path = Get(PathColumn);
            if (path.Length == 0) throw Bad(manifestPath, n + 1, "has an empty path");
            if (path.Contains('\0', StringComparison.Ordinal)) throw Bad(manifestPath, n + 1, "holds a path with a NUL character");
            string full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseDir, path));
            if (seen.TryGetValue(full, out int first)) throw Bad(manifestPath, n + 1, $"lists {path} again (first on line {Inv.I(first)})");
            seen[full] = n + 1;
            result.Add((full, Row(manifestPath, n + 1, Get)));
        }
        return result;
    }

    private static InputOptions Row(string manifest, int line, Func<string, string> get)
    {
        string? Opt(string column) => get(column) is { Length: > 0 } v ? v : null;
        T Check<T>(string column, Func<string?, T> parse)
        {
            try { return parse(Opt(column)); }
            catch (GaitCheckException e) { throw Bad(manifest, line, $"column '{column}': {e.Message}"); }
        }
        Check("movement", AnalyzeSettings.ParseMovement);
        Check("view", AnalyzeSettings.ParseView);
        string? stance = Opt("stance")?.ToLowerInvariant();
        if (stance is not (null or "left" or "right" or "auto")) throw Bad(manifest, line, $"column 'stance' must be left, right or auto, got '{stance}'");
        string? markers = Opt("markers")?.ToLowerInvariant();
        if (markers != null && !MarkerValues.Contains(markers))
            throw Bad(manifest, line, $"column 'markers' must be {string.Join(", ", MarkerValues)}, got '{markers}'");
        double? fps = null;
        if (Opt("capture_fps") is { } f)
        {
            if (!double.TryParse(f, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v))
                throw Bad(manifest, line, $"column 'capture_fps' must be a number, got '{f}'");
            fps = v;
            Check<object?>("capture_fps", _ => { new AnalyzeSettings { CaptureFps = v }.Validate(k => k.Replace('-', '_')); return null; });
        }
        return new InputOptions(Opt("movement"), Opt("view"), stance == "auto" ? null : stance, fps, markers, Opt("subject"), Opt("session"));
    }

    private static GaitCheckException Bad(string manifest, int line, string problem) => new(ExitCode.Usage, $"manifest {manifest} line {Inv.I(line)}: {problem}");
}
