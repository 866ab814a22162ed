using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Reporting.Charts;
using GaitCheck.Reporting.Html;
using GaitCheck.Reporting.Text;

namespace GaitCheck.Reporting.Compare;

/// <summary>
/// Two visits compared: every metric measured at both (same clip role, metric and side), its change and verdict
/// against its smallest detectable difference (<see cref="VisitChanges"/>), written as compare.json
/// ("gaitcheck-compare/1"), a before/after chart per key metric and a short report.html.
/// </summary>
public sealed record CompareReport(VisitReadings Before, VisitReadings After, IReadOnlyList<VisitChange> Changes)
{
    public const string FormatName = "gaitcheck-compare/1";
    public const string JsonFile = "compare.json";

    /// <summary>The metrics charted before/after when measured: the drivers' metrics and cadence.</summary>
    public static readonly IReadOnlyList<string> KeyMetrics =
    [
        MetricCatalog.Fppa, MetricCatalog.PelvicDrop, MetricCatalog.HipAdduction, MetricCatalog.TrunkLeanLateral,
        MetricCatalog.RearfootEversion, MetricCatalog.Cadence,
    ];

    /// <summary>Pairs the readings present at both visits, in the first visit's order.</summary>
    public static CompareReport Build(VisitReadings before, VisitReadings after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<VisitChange>();
        foreach (var b in before.Readings)
        {
            var a = after.Readings.FirstOrDefault(x => x.Role == b.Role && x.MetricId == b.MetricId && x.Side == b.Side);
            if (a is null) continue;
            int decimals = MetricCatalog.All.FirstOrDefault(m => m.Id == b.MetricId)?.Decimals ?? 1;
            changes.Add(new VisitChange(b.Role, b.MetricId, b.MetricName, b.Unit, decimals, b.Side, b.Mean, a.Mean, Math.Max(b.NoiseBand, a.NoiseBand)));
        }
        return new CompareReport(before, after, changes);
    }

    public static string Verdict(ChangeVerdict v) => v switch
    {
        ChangeVerdict.Improved => "improved",
        ChangeVerdict.Worsened => "worsened",
        ChangeVerdict.Changed => "changed",
        _ => "within measurement noise",
    };

    /// <summary>"+19.6° (SDD ±8.0°): worsened".</summary>
    public static string Sentence(VisitChange c)
    {
        ArgumentNullException.ThrowIfNull(c);
        string unit = UnitText.After(c.Unit);
        string sign = c.Change > 0 ? "+" : c.Change < 0 ? "−" : "";
        return $"{sign}{Inv.F(Math.Abs(c.Change), c.Decimals)}{unit} (SDD ±{Inv.F(c.Sdd, c.Decimals)}{unit}): {Verdict(c.Verdict)}";
    }

    /// <summary>One chart per key metric measured at both visits: before and after bars per clip role and side.</summary>
    public IReadOnlyList<RenderedChart> Charts()
    {
        var list = new List<RenderedChart>();
        foreach (var id in KeyMetrics)
        {
            var mine = Changes.Where(c => c.MetricId == id).ToList();
            if (mine.Count == 0) continue;
            string name = mine[0].MetricName;
            byte[] png = ChartRenderer.BeforeAfter(name, UnitText.After(mine[0].Unit).Trim(), [.. mine.Select(c => (Label(c), c.Before, c.After, c.Sdd))]);
            list.Add(new RenderedChart($"compare-{id}.png", name, $"{name}: before (grey) and after (blue) per clip and side; the whiskers on the after bar are the smallest detectable difference.", png));
        }
        return list;
    }

    private static string Label(VisitChange c) => c.Role + (c.Side is { } s ? " " + EnumNames.Lower(s) : "");

    public string Json()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            w.WriteString("tool", ToolInfo.Name);
            w.WriteString("sdd", "smallest detectable difference = 1.96 × √2 × SEM (Weir 2005); each metric's noise band in the catalogue is its SDD");
            Visit(w, "before", Before);
            Visit(w, "after", After);
            w.WriteStartArray("changes");
            foreach (var c in Changes)
            {
                w.WriteStartObject();
                w.WriteString("role", c.Role);
                w.WriteString("metric", c.MetricId);
                if (c.Side is { } s) w.WriteString("side", EnumNames.Lower(s)); else w.WriteNull("side");
                w.WriteString("unit", c.Unit);
                w.WriteNumber("before", c.Before);
                w.WriteNumber("after", c.After);
                w.WriteNumber("change", Math.Round(c.Change, c.Decimals, MidpointRounding.AwayFromZero));
                w.WriteNumber("sdd", c.Sdd);
                w.WriteNumber("sem", Math.Round(VisitChanges.Sem(c.Sdd), 2, MidpointRounding.AwayFromZero));
                w.WriteString("verdict", EnumNames.Camel(c.Verdict));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void Visit(Utf8JsonWriter w, string key, VisitReadings v)
    {
        w.WriteStartObject(key);
        w.WriteString("file", Path.GetFileName(v.Path));
        w.WriteString("format", v.Format);
        if (v.Date is { } d) w.WriteString("date", d); else w.WriteNull("date");
        if (v.Subject is { } s) w.WriteString("subject", s); else w.WriteNull("subject");
        w.WriteEndObject();
    }

    public string Html(IReadOnlyList<RenderedChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var h = new StringBuilder(64 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>GaitCheck: two visits compared</title>\n<style>\n")
         .Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n<h1>Two visits compared</h1>\n<table class=\"facts\">\n<caption>The two visits</caption>\n");
        h.Append("<tr><td>Before</td><td>").Append(E(Describe(Before))).Append("</td></tr>\n");
        h.Append("<tr><td>After</td><td>").Append(E(Describe(After))).Append("</td></tr>\n</table>\n");
        h.Append("<p>A change counts as an improvement or a worsening only when it is larger than the metric's smallest detectable difference "
            + "(SDD = 1.96 × √2 × SEM, Weir 2005; for FPPA the between-day SDD of Munro et al. 2012). A smaller change is within measurement noise: "
            + "it cannot be told apart from filming the same person twice.</p>\n");
        if (Changes.Count == 0) h.Append("<p><strong>No metric was measured at both visits</strong> (compare clips of the same kind: role, metric and side).</p>\n");
        else
        {
            h.Append("<table>\n<caption>Change in each metric measured at both visits (after − before)</caption>\n")
             .Append("<tr><th>Clip</th><th>Metric</th><th>Side</th><th>Before</th><th>After</th><th>Change (SDD): verdict</th></tr>\n");
            foreach (var c in Changes)
            {
                string unit = UnitText.After(c.Unit);
                string badge = c.Verdict switch { ChangeVerdict.Worsened => "flag", ChangeVerdict.Improved => "clear", _ => "" };
                h.Append("<tr><td>").Append(E(c.Role)).Append("</td><td>").Append(E(c.MetricName)).Append("</td><td>").Append(c.Side is { } s ? EnumNames.Lower(s) : "–")
                 .Append("</td><td class=\"num\">").Append(Inv.F(c.Before, c.Decimals)).Append(E(unit)).Append("</td><td class=\"num\">").Append(Inv.F(c.After, c.Decimals)).Append(E(unit))
                 .Append("</td><td>").Append(badge.Length > 0 ? $"<span class=\"badge {badge}\">{Verdict(c.Verdict)}</span> " : "").Append(E(Sentence(c))).Append("</td></tr>\n");
            }
            h.Append("</table>\n");
        }
        foreach (var c in charts)
            h.Append("<figure><img alt=\"").Append(E(c.Title)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(c.Png)).Append("\"><figcaption>").Append(E(c.Caption)).Append("</figcaption></figure>\n");
        h.Append("<footer>").Append(E(ToolInfo.Name)).Append(" (").Append(FormatName).Append("). ").Append(E(HtmlReportWriter.Disclaimer)).Append("</footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static string Describe(VisitReadings v) =>
        $"{Path.GetFileName(v.Path)} ({(v.Format == Session.SessionReport.FormatName ? "session" : "one clip")})"
        + (v.Date is { } d ? ", visit " + d : "") + (v.Subject is { } s ? ", subject " + s : "");

    private static string E(string s) => HtmlReportWriter.E(s);
}
