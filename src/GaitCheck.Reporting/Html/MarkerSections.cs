using System.Text;
using GaitCheck.Core;
using GaitCheck.Core.Markers;

namespace GaitCheck.Reporting.Html;

/// <summary>
/// The report's skin-marker parts: how well each sticker was tracked, and the printable placement guide (an appendix
/// with each protocol's stickers, where they go, the angles they define with their papers, and a picture of the
/// project's own mannequin wearing them, rendered by <c>scripts/render-placement-guide.sh</c> and embedded here).
/// </summary>
public static class MarkerSections
{
    public static void Tracking(StringBuilder h, ReportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.MarkerTracking.Count == 0) return;
        h.Append("<h2>Skin markers</h2>\n<table class=\"summary\">\n<caption>How often each sticker was found (a marker not found in a frame is a gap, never a guess)</caption>\n");
        h.Append("<tr><th>Marker</th><th>Placement</th><th>Frames tracked</th><th>Mean size (px)</th></tr>\n");
        foreach (var r in doc.MarkerTracking)
            h.Append("<tr><td>").Append(HtmlReportWriter.E(r.Marker)).Append("</td><td>").Append(HtmlReportWriter.E(r.Placement))
             .Append("</td><td class=\"num\">").Append(Inv.F(100 * r.TrackedFraction, 1)).Append("%</td><td class=\"num\">")
             .Append(double.IsFinite(r.MeanDiameterPx) ? Inv.F(r.MeanDiameterPx, 1) : "–").Append("</td></tr>\n");
        h.Append("</table>\n");
    }

    /// <summary>The placement guide for every protocol (printable: each protocol starts a new page).</summary>
    public static void PlacementGuide(StringBuilder h)
    {
        ArgumentNullException.ThrowIfNull(h);
        h.Append("<h2 class=\"appendix\">Appendix: skin-marker placement guide</h2>\n");
        h.Append("<p>Stick round stickers of one saturated colour (green, orange, pink or blue; 15-25 mm) on skin or tight clothing of a "
            + "different colour. Run <code>gaitcheck analyze CLIP --markers auto</code> (or name the colour). The angles below then replace the "
            + "markerless ones, and the markerless values are shown beside them.</p>\n");
        foreach (var p in MarkerProtocols.All)
        {
            h.Append("<section class=\"guide\"><h3>").Append(HtmlReportWriter.E(p.Name)).Append("</h3>\n");
            if (Picture(p.Id) is { } png)
                h.Append("<figure><img alt=\"mannequin wearing the ").Append(HtmlReportWriter.E(p.Id)).Append(" protocol's stickers\" src=\"data:image/png;base64,")
                 .Append(Convert.ToBase64String(png)).Append("\"><figcaption>The ").Append(HtmlReportWriter.E(p.Id))
                 .Append(" protocol on GaitCheck's synthetic mannequin</figcaption></figure>\n");
            h.Append("<table class=\"summary\"><caption>Where each sticker goes</caption><tr><th>Marker</th><th>Placement</th></tr>\n");
            foreach (var m in p.Markers)
                h.Append("<tr><td>").Append(HtmlReportWriter.E(m.Id)).Append("</td><td>").Append(HtmlReportWriter.E(m.Placement)).Append("</td></tr>\n");
            h.Append("</table>\n<ul>\n");
            foreach (var a in p.Angles)
                h.Append("<li><strong>").Append(HtmlReportWriter.E(a.Name ?? a.Metric)).Append("</strong>: ").Append(HtmlReportWriter.E(a.Definition))
                 .Append(" (").Append(HtmlReportWriter.E(a.Citation)).Append(")</li>\n");
            h.Append("</ul></section>\n");
        }
    }

    /// <summary>The embedded picture of a protocol ("placement-&lt;id&gt;.png"), or null when the build has none.</summary>
    public static byte[]? Picture(string protocol)
    {
        using var s = typeof(MarkerSections).Assembly.GetManifestResourceStream($"GaitCheck.Reporting.placement-{protocol}.png");
        if (s is null) return null;
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
