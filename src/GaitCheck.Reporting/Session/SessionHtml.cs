using System.Text;
using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Reporting.Html;

namespace GaitCheck.Reporting.Session;

/// <summary>
/// The session's report.html: subject and visit, the clips and their roles, left against right, each driver over
/// all clips (with the clip and metric each reading comes from), what video does not assess, then each clip's own
/// sections (<see cref="HtmlReportWriter.ClipSections"/>: summary, findings, charts, tables, key frames), linked to
/// its folder's report and overlay video. Self-contained like the clip report; deterministic.
/// </summary>
public static class SessionHtml
{
    public static string Render(SessionReport s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var h = new StringBuilder(256 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>GaitCheck session");
        if (Who(s.Details) is { } who) h.Append(": ").Append(E(who));
        h.Append("</title>\n<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        h.Append("<h1>GaitCheck session report</h1>\n");
        Header(h, s);
        h.Append("<div class=\"disclaimer\"><strong>A screen, not a diagnosis.</strong> ").Append(E(HtmlReportWriter.Disclaimer)).Append("</div>\n");
        Clips(h, s);
        Sides(h, s);
        Drivers(h, s);
        NotAssessed(h, s);
        foreach (var c in s.Clips)
        {
            h.Append("<section class=\"clip\" id=\"clip-").Append(E(c.Clip.Name)).Append("\">\n<h2>Clip ").Append(E(c.Clip.Name)).Append(": ")
             .Append(E(RoleTitle(c.Clip.Role))).Append("</h2>\n");
            h.Append("<p class=\"note\"><a href=\"").Append(E(Href(c.Folder + "/" + ReportWriter.ReportFile))).Append("\">this clip's own report</a>");
            if (c.Overlay is { } ov) h.Append(" · <a href=\"").Append(E(Href(ov))).Append("\">overlay video</a>");
            h.Append("</p>\n");
            HtmlReportWriter.Facts(h, c.Document);
            HtmlReportWriter.ClipSections(h, c.Document, ReportWriter.ChartsOf(c.Document));
            h.Append("</section>\n");
        }
        h.Append("<footer>").Append(E(ToolInfo.Name)).Append(" (").Append(SessionReport.FormatName).Append(")")
         .Append(s.Details.Date is { } date ? "; visit " + E(date) : "").Append(". ").Append(E(HtmlReportWriter.Disclaimer)).Append("</footer>\n");
        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    public static string RoleTitle(ClipRole r) => r switch
    {
        ClipRole.SquatLeft => "single-leg squat, left leg",
        ClipRole.SquatRight => "single-leg squat, right leg",
        ClipRole.RunPosterior => "running, filmed from behind",
        ClipRole.RunFrontal => "running, filmed from the front",
        ClipRole.RunSagittal => "running, filmed from the side",
        ClipRole.Walk => "walking",
        _ => "not recognised",
    };

    private static string? Who(SessionDetails d) =>
        string.Join(" ", new[] { d.SubjectId, d.Initials }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } w ? w : null;

    private static void Header(StringBuilder h, SessionReport s)
    {
        var d = s.Details;
        h.Append("<table class=\"facts\">\n<caption>Subject and visit</caption>\n");
        Row(h, "Subject", E(Who(d) ?? "not given"));
        Row(h, "Visit date", E(d.Date ?? "not given"));
        Row(h, "Painful side", E(d.PainfulSide ?? "not given"));
        Row(h, "Shoes", E(d.Shoes ?? "not given"));
        Row(h, "Treadmill speed", d.TreadmillSpeedKmh is { } v ? Inv.F(v, 1) + " km/h" : "not given");
        Row(h, "Clinician notes", E(d.Notes ?? "none"));
        Row(h, "Report", E(ToolInfo.Name) + $", {Inv.I(s.Clips.Count)} clip{(s.Clips.Count == 1 ? "" : "s")}");
        h.Append("</table>\n");
    }

    private static void Clips(StringBuilder h, SessionReport s)
    {
        h.Append("<h2>Clips</h2>\n<table>\n<caption>The session's clips, their roles (given or recognised) and their own reports</caption>\n")
         .Append("<tr><th>Clip</th><th>Role</th><th>Source file</th><th>Recognised</th><th>Own report</th></tr>\n");
        foreach (var c in s.Clips)
        {
            var r = c.Clip.Result;
            string recognised = $"{r.Movement.Kind}, {r.View.View}" + (r.Movement.StanceSide is { } st ? ", stance " + st.ToString().ToLowerInvariant() : "");
            h.Append("<tr><td><a href=\"#clip-").Append(E(c.Clip.Name)).Append("\">").Append(E(c.Clip.Name)).Append("</a></td><td>")
             .Append(E(RoleTitle(c.Clip.Role))).Append(c.RoleGiven ? " (given)" : " (recognised)")
             .Append(c.RoleMismatch is { } mm ? " <strong>" + E(mm) + "</strong>" : "").Append("</td><td>").Append(E(c.Source)).Append("</td><td>")
             .Append(E(recognised)).Append("</td><td><a href=\"").Append(E(Href(c.Folder + "/" + ReportWriter.ReportFile))).Append("\">report</a>")
             .Append(c.Overlay is { } ov ? " · <a href=\"" + E(Href(ov)) + "\">overlay</a>" : "").Append("</td></tr>\n");
        }
        h.Append("</table>\n");
    }

    private static void Sides(StringBuilder h, SessionReport s)
    {
        h.Append("<h2>Left against right</h2>\n");
        if (s.Sides.Count == 0)
        {
            h.Append("<p>No metric was measured on both legs (a squat on each leg, or running or walking, measures both).</p>\n");
            return;
        }
        h.Append("<table>\n<caption>Each metric's left and right means, within one clip or across the two squat clips, against its noise band "
            + "(smallest detectable difference): only a difference beyond it is a difference</caption>\n"
            + "<tr><th>Metric</th><th>Clips</th><th>Left − right, against the noise band</th></tr>\n");
        foreach (var c in s.Sides)
            h.Append("<tr><td>").Append(E(c.MetricName)).Append("</td><td>").Append(E(c.AcrossClips ? c.LeftClip + " / " + c.RightClip : c.LeftClip))
             .Append("</td><td>").Append(c.BeyondNoise ? "<span class=\"badge flag\">beyond noise</span> " : "<span class=\"badge clear\">within noise</span> ")
             .Append(E(SessionWords.Sides(c))).Append("</td></tr>\n");
        h.Append("</table>\n");
    }

    private static void Drivers(StringBuilder h, SessionReport s)
    {
        h.Append("<h2>Drivers across the clips</h2>\n");
        foreach (var d in s.Drivers)
        {
            bool flagged = d.Status is Analysis.Findings.DriverStatus.SignsPresent or Analysis.Findings.DriverStatus.Borderline;
            string badge = flagged ? "flag" : d.Status == Analysis.Findings.DriverStatus.NoSigns ? "clear" : "";
            h.Append("<div class=\"finding").Append(flagged ? " flagged" : "").Append("\"><span class=\"badge ").Append(badge).Append("\">")
             .Append(E(SessionWords.Status(d.Status))).Append("</span> <strong>").Append(E(Text.FindingWords.DriverName(d.Driver))).Append("</strong>")
             .Append(" <span class=\"evidence\">(evidence: ").Append(E(d.Evidence.ToString().ToLowerInvariant())).Append(")</span>");
            h.Append("<p>").Append(E(SessionWords.Driver(d))).Append("</p>");
            if (d.Sources.Count > 0)
            {
                h.Append("<p class=\"evidence\">From: ");
                h.Append(string.Join("; ", d.Sources.Select(x => E(SessionWords.Source(x)))));
                h.Append(".</p>");
            }
            h.Append("<p class=\"note\">Per clip: ").Append(string.Join(", ", d.PerClip.Select(p => E(p.Clip) + " " + E(SessionWords.Status(p.Status))))).Append(".</p>");
            h.Append("</div>\n");
        }
    }

    private static void NotAssessed(StringBuilder h, SessionReport s)
    {
        if (s.NotAssessed.Count == 0) return;
        h.Append("<h2>Not assessed by video</h2>\n<table>\n<caption>Drivers video cannot see (VMO inhibition among them), and what a clinician should examine instead</caption>\n")
         .Append("<tr><th>Factor</th><th>Why not</th><th>What a clinician should examine instead</th></tr>\n");
        foreach (var n in s.NotAssessed)
            h.Append("<tr><td>").Append(E(n.Factor)).Append("</td><td>").Append(E(n.Why)).Append("</td><td>").Append(E(n.ClinicianCheck)).Append("</td></tr>\n");
        h.Append("</table>\n");
    }

    private static void Row(StringBuilder h, string k, string htmlValue) =>
        h.Append("<tr><td>").Append(E(k)).Append("</td><td>").Append(htmlValue).Append("</td></tr>\n");

    private static string Href(string relative) => string.Join("/", relative.Split('/').Select(Uri.EscapeDataString));

    private static string E(string s) => HtmlReportWriter.E(s);
}
