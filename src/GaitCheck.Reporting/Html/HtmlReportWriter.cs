using System.Text;
using GaitCheck.Core;
using GaitCheck.Core.Text;
using GaitCheck.Reporting.Charts;

namespace GaitCheck.Reporting.Html;

/// <summary>
/// Writes the self-contained printable HTML report: no external assets (charts and key frames are
/// base64 data URIs, the stylesheet is inline), invariant-culture numbers, no timestamps (deterministic).
/// </summary>
public static class HtmlReportWriter
{
    public const string Disclaimer = "This is a movement screen, not a diagnosis. 2D video measures projections of 3D motion and carries "
        + "measurement noise; values inside the noise band are not differences. Findings should be interpreted by a clinician "
        + "together with a physical examination and the person's history.";

    public static string Render(ReportDocument doc, IReadOnlyList<RenderedChart> charts)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(charts);
        var h = new StringBuilder(64 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<title>GaitCheck report: ").Append(E(doc.Clip.FileName)).Append("</title>\n");
        h.Append("<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        h.Append("<h1>GaitCheck report</h1>\n");
        Facts(h, doc);
        h.Append("<div class=\"disclaimer\"><strong>A screen, not a diagnosis.</strong> ").Append(E(Disclaimer)).Append("</div>\n");
        ClipSections(h, doc, charts);
        NotAssessed(h, doc);
        MarkerSections.Tracking(h, doc);
        NotesAndTimings(h, doc);
        if (doc.PlacementGuide) MarkerSections.PlacementGuide(h);
        h.Append("<footer>").Append(E(doc.Generator)).Append(". ").Append(E(Disclaimer)).Append("</footer>\n");
        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>One clip's sections after its facts: summary, findings, charts, tables, key frames, metrics not reported (a session report embeds them per clip).</summary>
    internal static void ClipSections(StringBuilder h, ReportDocument doc, IReadOnlyList<RenderedChart> charts)
    {
        Summary(h, doc);
        Findings(h, doc);
        Charts(h, charts);
        Tables(h, doc);
        KeyFrames(h, doc);
        NotReported(h, doc);
    }

    /// <summary>The clip's facts table: file, view, movement, capture quality, pose model.</summary>
    internal static void Facts(StringBuilder h, ReportDocument doc)
    {
        var c = doc.Clip;
        h.Append("<table class=\"facts\">\n");
        Row(h, "File", E(c.FileName));
        Row(h, "Camera view", E(c.View) + $" (confidence {Inv.F(c.ViewConfidence * 100, 0)}%)" + (c.ViewReason.Length > 0 ? " <span class=\"note\">" + E(c.ViewReason) + "</span>" : ""));
        string movement = E(PascalWords.Split(c.Movement, keepFirst: true)) + $" (confidence {Inv.F(c.MovementConfidence * 100, 0)}%)";
        if (c.StanceSide is { } st) movement += ", stance leg " + SideSpan(st);
        if (c.Reps > 0) movement += $", {Inv.I(c.Reps)} rep{(c.Reps == 1 ? "" : "s")}";
        if (c.Strides > 0) movement += $", {Inv.I(c.Strides)} strides";
        if (c.CadenceStepsPerMinute is double cad) movement += $", cadence {Inv.F(cad, 0)} steps/min";
        if (c.MovementNote is { } mn) movement += " <span class=\"note\">" + E(mn) + "</span>";
        Row(h, "Movement", movement);
        Row(h, "Capture quality", $"{Inv.I(c.Frames)} frames, {Inv.F(c.DurationSeconds, 1)} s at {Inv.F(c.Fps, 1)} fps, {Inv.I(c.Width)}×{Inv.I(c.Height)}; "
            + $"person tracked on {Inv.F(c.TrackedFraction * 100, 1)}% of frames; {Inv.I(c.Gaps)} missing body-landmark value{(c.Gaps == 1 ? "" : "s")} (gaps)"
            + (c.Truncated ? "; <strong>file truncated: analysed up to its last decodable frame</strong>" : ""));
        Row(h, "Pose model", E(c.Model) + (c.Filter.Length > 0 ? "; filter: " + E(c.Filter) : ""));
        Row(h, "Date and tool", (doc.Date is { } date ? "video file dated " + E(date) + "; " : "") + "analysed by " + E(doc.Generator));
        if (doc.OverlayVideo is { } ov)
            Row(h, "Overlay video", "<a href=\"" + E(string.Join("/", ov.Split('/').Select(Uri.EscapeDataString))) + "\">" + E(ov)
                + "</a> <span class=\"note\">(skeleton and measurements over the clip, faces blurred unless --no-blur; H.264 plays in a browser when ffmpeg was installed)</span>");
        h.Append("</table>\n");
    }

    private static void Summary(StringBuilder h, ReportDocument doc)
    {
        h.Append("<h2>Summary of metrics</h2>\n");
        if (doc.Metrics.Count == 0 && doc.Withheld.Count == 0) { h.Append("<p>No metric could be measured in this clip.</p>\n"); return; }
        h.Append("<table class=\"summary\">\n<tr><th>Metric</th><th>Taken at</th><th>Left mean ± SD (n)</th><th>Right mean ± SD (n)</th>"
            + "<th>Worst</th><th>L−R</th><th>Noise band (SDD)</th><th>Threshold</th><th>Reading</th></tr>\n");
        var sources = new List<string>();
        foreach (var m in doc.Metrics)
        {
            h.Append("<tr><td>").Append(E(m.Name)).Append(m.Experimental ? " <span class=\"note\">(experimental)</span>" : "");
            if (m.Source.Length > 0)
                h.Append("<br><span class=\"note\">measured from ").Append(E(m.Source)).Append("; markerless ").Append(E(m.Markerless)).Append("</span>");
            h.Append("</td>");
            h.Append("<td>").Append(E(m.Event)).Append("</td>");
            var left = m.Sides.FirstOrDefault(s => s.Side == Side.Left);
            var right = m.Sides.FirstOrDefault(s => s.Side == Side.Right);
            var none = m.Sides.FirstOrDefault(s => s.Side is null);
            if (none != null && left == null && right == null)
                h.Append("<td class=\"num\" colspan=\"2\">").Append(Stat(none, m)).Append("</td>");
            else
                h.Append("<td class=\"num\">").Append(left is null ? "–" : Stat(left, m)).Append("</td><td class=\"num\">").Append(right is null ? "–" : Stat(right, m)).Append("</td>");
            h.Append("<td class=\"num\">").Append(Worst(m)).Append("</td>");
            h.Append("<td class=\"num\">").Append(m.Asymmetry is double a ? Signed(a, m.Decimals) + E(m.Unit) : "–").Append("</td>");
            h.Append("<td class=\"num\">").Append(m.NoiseBand is double n ? "±" + Num.F(n, m.Decimals) + E(m.Unit) : "–").Append("</td>");
            h.Append("<td>").Append(E(m.Threshold));
            if (m.ThresholdSource.Length > 0)
            {
                if (!sources.Contains(m.ThresholdSource)) sources.Add(m.ThresholdSource);
                h.Append("<sup>[").Append(Inv.I(sources.IndexOf(m.ThresholdSource) + 1)).Append("]</sup>");
            }
            h.Append("</td>");
            h.Append("<td>").Append(E(PlainReading.Of(m))).Append("</td></tr>\n");
        }
        foreach (var w in doc.Withheld)
            h.Append("<tr class=\"withheld\"><td>").Append(E(w.Metric)).Append("</td><td>").Append(E(w.Event)).Append("</td><td colspan=\"7\"><strong>")
             .Append(E(ValidationText.Withheld)).Append("</strong>: ").Append(E(w.Reason)).Append(w.Figures.Length > 0 ? " (" + E(w.Figures) + ")" : "")
             .Append(". Skin markers and a marker protocol measure it.</td></tr>\n");
        h.Append("</table>\n");
        if (sources.Count > 0)
        {
            h.Append("<ol class=\"sources\">");
            foreach (var src in sources) h.Append("<li>").Append(E(src)).Append("</li>");
            h.Append("</ol>\n");
        }
        h.Append("<p class=\"note\">SDD: smallest detectable difference reported in the literature for 2D video; "
            + "a difference smaller than it cannot be told apart from measurement noise. L−R: left mean minus right mean.</p>\n");
        var known = doc.Metrics.Where(m => m.ValidationNote.Length > 0).ToList();
        if (known.Count == 0) return;
        h.Append("<p class=\"note\">How each value held up in GaitCheck's synthetic validation (rendered clips with exact angles, scenarios not used for tuning; README, Validation benchmark):</p>\n<ul class=\"note\">");
        foreach (var m in known) h.Append("<li>").Append(E(m.Name)).Append(": ").Append(E(m.ValidationNote)).Append("</li>");
        h.Append("</ul>\n");
    }

    private static void Findings(StringBuilder h, ReportDocument doc)
    {
        h.Append("<h2>Findings by driver</h2>\n");
        foreach (var d in Drivers.All)
        {
            var items = doc.Findings.Where(f => Drivers.Of(f.Driver).Key == d.Key).ToList();
            if (items.Count == 0 && d.Key == Drivers.Other) continue;
            h.Append("<h3>").Append(E(d.Title)).Append("</h3>\n<p class=\"driver-blurb\">").Append(E(d.Blurb)).Append("</p>\n");
            var summary = doc.DriverSummaries.FirstOrDefault(x => Drivers.Of(x.Driver).Key == d.Key);
            if (summary != null)
                h.Append("<p><strong>Status: ").Append(E(summary.Status)).Append("</strong>")
                 .Append(summary.EvidenceStrength.Length > 0 ? " <span class=\"evidence\">(evidence: " + E(summary.EvidenceStrength) + ")</span>" : "")
                 .Append(summary.Statement.Length > 0 ? ". " + E(summary.Statement) : "").Append("</p>\n");
            if (items.Count == 0)
            {
                if (summary == null) h.Append("<p class=\"note\">Not assessed in this clip (see the view and the filming advice below).</p>\n");
                continue;
            }
            foreach (var f in items)
            {
                h.Append("<div class=\"finding").Append(f.Flagged ? " flagged" : "").Append("\">");
                string badge = f.Status.Length > 0 ? f.Status : f.Flagged ? "finding" : "not found";
                h.Append(f.Flagged ? "<span class=\"badge flag\">" : "<span class=\"badge clear\">").Append(E(badge)).Append("</span> ");
                h.Append("<strong>").Append(E(f.Title)).Append("</strong>");
                if (f.Side is { } s) h.Append(" – ").Append(SideSpan(s)).Append(" side");
                h.Append("<p>").Append(E(f.Statement)).Append("</p>");
                if (f.EvidenceStrength.Length > 0 || f.EvidenceNote.Length > 0)
                    h.Append("<p class=\"evidence\">Evidence: <strong>").Append(E(f.EvidenceStrength)).Append("</strong>")
                     .Append(f.EvidenceNote.Length > 0 ? ". " + E(f.EvidenceNote) : "").Append("</p>");
                h.Append("</div>\n");
            }
        }
    }

    private static void Charts(StringBuilder h, IReadOnlyList<RenderedChart> charts)
    {
        if (charts.Count == 0) return;
        h.Append("<h2>Charts</h2>\n");
        foreach (var c in charts)
        {
            h.Append("<figure><img alt=\"").Append(E(c.Title)).Append("\" src=\"data:image/png;base64,")
             .Append(Convert.ToBase64String(c.Png)).Append("\"><figcaption>").Append(E(c.Caption)).Append("</figcaption></figure>\n");
        }
    }

    private static void Tables(StringBuilder h, ReportDocument doc)
    {
        foreach (var t in doc.Tables.Where(t => t.Rows.Count > 0))
        {
            h.Append("<h2>").Append(E(t.Title)).Append("</h2>\n<table class=\"data\">\n");
            if (t.Caption.Length > 0) h.Append("<caption>").Append(E(t.Caption)).Append("</caption>\n");
            h.Append("<tr>");
            foreach (var c in t.Headers ?? t.Columns) h.Append("<th>").Append(E(c)).Append("</th>");
            h.Append("</tr>\n");
            foreach (var r in t.Rows)
            {
                h.Append("<tr>");
                foreach (var v in r) h.Append(LooksNumeric(v) ? "<td class=\"num\">" : "<td>").Append(E(v)).Append("</td>");
                h.Append("</tr>\n");
            }
            h.Append("</table>\n");
        }
    }

    private static void KeyFrames(StringBuilder h, ReportDocument doc)
    {
        if (doc.KeyFrames.Count == 0) return;
        h.Append("<section class=\"keep\"><h2>Key frames</h2>\n<div class=\"keyframes\">\n");
        foreach (var k in doc.KeyFrames)
            h.Append("<figure><img alt=\"").Append(E(k.Caption)).Append("\" src=\"data:").Append(E(k.MimeType)).Append(";base64,")
             .Append(Convert.ToBase64String(k.Bytes)).Append("\"><figcaption>").Append(E(k.Caption)).Append("</figcaption></figure>\n");
        h.Append("</div></section>\n");
    }

    private static void NotReported(StringBuilder h, ReportDocument doc)
    {
        if (doc.NotReported.Count == 0) return;
        h.Append("<h2>Not reported in this view</h2>\n<table>\n<tr><th>Metric</th><th>Why</th><th>How to film it</th></tr>\n");
        foreach (var n in doc.NotReported)
            h.Append("<tr><td>").Append(E(n.Metric)).Append("</td><td>").Append(E(n.Reason)).Append("</td><td>").Append(E(n.FilmingAdvice)).Append("</td></tr>\n");
        h.Append("</table>\n");
    }

    private static void NotAssessed(StringBuilder h, ReportDocument doc)
    {
        if (doc.NotAssessed.Count == 0) return;
        h.Append("<h2>Not assessed by video</h2>\n<table>\n<tr><th>Factor</th><th>What a clinician should examine instead</th></tr>\n");
        foreach (var n in doc.NotAssessed)
            h.Append("<tr><td>").Append(E(n.Factor)).Append("</td><td>").Append(E(n.ExamineInstead)).Append("</td></tr>\n");
        h.Append("</table>\n");
    }

    private static void NotesAndTimings(StringBuilder h, ReportDocument doc)
    {
        if (doc.Notes.Count > 0)
        {
            h.Append("<h2>Notes</h2>\n<ul>\n");
            foreach (var n in doc.Notes) h.Append("<li>").Append(E(n)).Append("</li>\n");
            h.Append("</ul>\n");
        }
        if (doc.Timings.Count > 0)
        {
            h.Append("<p class=\"note\">Processing time: ");
            h.Append(string.Join(", ", doc.Timings.Select(t => E(t.Stage) + " " + Inv.F(t.Seconds, 2) + " s")));
            h.Append(".</p>\n");
        }
    }

    private static void Row(StringBuilder h, string k, string htmlValue) =>
        h.Append("<tr><td>").Append(E(k)).Append("</td><td>").Append(htmlValue).Append("</td></tr>\n");

    private static string Stat(SideStats s, MetricSummary m) => s.N == 0 || !double.IsFinite(s.Mean) ? "–"
        : Num.F(s.Mean, m.Decimals) + (double.IsFinite(s.Sd) ? " ± " + Num.F(s.Sd, m.Decimals) : "") + E(m.Unit) + " (" + Inv.I(s.N) + ")";

    private static string Worst(MetricSummary m)
    {
        var w = m.Sides.Where(s => s.N > 0 && double.IsFinite(s.Worst)).ToList();
        return w.Count == 0 ? "–" : string.Join(" / ", w.Select(s => (s.Side is { } sd ? sd.ToString()[..1] + " " : "") + Num.F(s.Worst, m.Decimals) + E(m.Unit)));
    }

    private static string Signed(double v, int decimals)
    {
        string t = Num.F(Math.Abs(v), decimals);
        return (t.Trim('0', '.').Length == 0 ? "" : v > 0 ? "+" : "−") + t;
    }

    private static string SideSpan(Side s) => s == Side.Left ? "<span class=\"left\">left</span>" : "<span class=\"right\">right</span>";

    private static bool LooksNumeric(string v) => v.Length > 0 && (char.IsDigit(v[0]) || v[0] == '-') && double.TryParse(v, System.Globalization.NumberStyles.Float, Inv.C, out _);

    /// <summary>Escapes the five HTML-special characters; everything else stays readable UTF-8.</summary>
    internal static string E(string s)
    {
        if (s.AsSpan().IndexOfAny("<>&\"'") < 0) return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (char c in s)
            sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }
}
