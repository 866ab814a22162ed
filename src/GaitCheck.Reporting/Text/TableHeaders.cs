using GaitCheck.Analysis.Metrics;

namespace GaitCheck.Reporting.Text;

/// <summary>
/// The report's words for the per-rep, per-stride and event tables' column ids (the CSV keeps the ids): e.g.
/// "bottom_s" → "Bottom (s)", "fppa_deg" → "Knee frontal-plane projection angle (°)".
/// </summary>
public static class TableHeaders
{
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["rep"] = "Rep", ["stance"] = "Stance leg", ["start_s"] = "Start (s)", ["bottom_s"] = "Lowest point (s)", ["end_s"] = "End (s)",
        ["bottom_video_frame"] = "Lowest point (video frame)", ["side"] = "Side", ["stride"] = "Stride",
        ["contact_frame"] = "Initial contact (frame)", ["midstance_frame"] = "Midstance (frame)", ["toe_off_frame"] = "Toe-off (frame)",
        ["next_contact_frame"] = "Next contact (frame)", ["stride_time_s"] = "Stride time (s)", ["time_s"] = "Time (s)", ["event"] = "Event",
        ["frame"] = "Frame", ["video_frame"] = "Video frame",
    };

    /// <summary>The header for a column id: a fixed column's words, or a metric's name (without its parenthesis) and unit.</summary>
    public static string Of(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (Fixed.TryGetValue(column, out var words)) return words;
        var m = MetricCatalog.All.Where(d => column.StartsWith(d.Id + "_", StringComparison.Ordinal)).MaxBy(d => d.Id.Length);
        if (m is null) return column;
        int paren = m.Name.IndexOf(" (", StringComparison.Ordinal);
        string name = paren > 0 ? m.Name[..paren] : m.Name;
        string unit = m.Unit switch { "deg" => "°", "%LL" => "% leg length", "ratio" => "ratio", _ => m.Unit };
        return $"{name} ({unit})";
    }
}
