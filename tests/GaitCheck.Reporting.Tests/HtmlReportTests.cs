using System.Text.RegularExpressions;
using GaitCheck.Reporting.Charts;
using GaitCheck.Reporting.Html;

namespace GaitCheck.Reporting.Tests;

public class HtmlReportTests
{
    private static readonly ReportDocument Doc = SampleDocuments.RightValgusSquat();
    private static readonly string Html = HtmlReportWriter.Render(Doc, ChartSet.Render(Doc));

    [Fact]
    public void Shows_findings_under_their_driver_with_the_right_side_named()
    {
        int knee = Html.IndexOf("<h3>Knee collapsing inward</h3>", StringComparison.Ordinal);
        int finding = Html.IndexOf("Knee collapses inward at squat bottom", StringComparison.Ordinal);
        int nextDriver = Html.IndexOf("<h3>", knee + 4, StringComparison.Ordinal);
        Assert.True(knee >= 0 && finding > knee && finding < nextDriver, "the FPPA finding sits under 'Knee collapsing inward'");
        string block = Html[finding..nextDriver];
        Assert.Contains("<span class=\"right\">right</span> side", block, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"left\"", block, StringComparison.Ordinal);
        Assert.Contains("Evidence: <strong>moderate</strong>", block, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_driver_including_low_weight_foot_overpronation()
    {
        foreach (var d in Drivers.All.Where(d => d.Key != Drivers.Other))
            Assert.Contains("<h3>" + d.Title + "</h3>", Html, StringComparison.Ordinal);
        Assert.Contains("low evidence weight", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_table_has_metric_values_noise_band_and_plain_reading()
    {
        Assert.Contains("17.6 ± 0.9°", Html, StringComparison.Ordinal);   // right FPPA mean ± SD
        Assert.Contains("6.7 ± 0.6°", Html, StringComparison.Ordinal);    // left
        Assert.Contains("±8.0°", Html, StringComparison.Ordinal);         // SDD
        Assert.Contains("right higher by 10.9°, beyond the noise band", Html, StringComparison.Ordinal);
        Assert.Contains("left–right difference 2.1° is within measurement noise", Html, StringComparison.Ordinal); // knee flexion
    }

    [Fact]
    public void Has_clip_facts_not_assessed_not_reported_and_disclaimer()
    {
        Assert.Contains("squat_right_valgus.mp4", Html, StringComparison.Ordinal);
        Assert.Contains("Frontal (confidence 93%)", Html, StringComparison.Ordinal);
        Assert.Contains("tracked on 98.3% of frames", Html, StringComparison.Ordinal);
        Assert.Contains("VMO inhibition", Html, StringComparison.Ordinal);
        Assert.Contains("Film from behind at ankle height", Html, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", Html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_self_contained_with_no_remote_assets()
    {
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), Html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*[""']?(https?:)?//", RegexOptions.IgnoreCase), Html);
        Assert.DoesNotContain("http://", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        int images = Regex.Matches(Html, "<img [^>]*src=\"data:image/png;base64,").Count;
        Assert.Equal(ChartSet.Render(Doc).Count + Doc.KeyFrames.Count, images);
    }

    [Fact]
    public void Is_deterministic()
    {
        string again = HtmlReportWriter.Render(SampleDocuments.RightValgusSquat(), ChartSet.Render(SampleDocuments.RightValgusSquat()));
        Assert.Equal(Html, again);
    }

    [Fact]
    public void Escapes_text()
    {
        var doc = SampleDocuments.RightValgusSquat() with { Clip = SampleDocuments.RightValgusSquat().Clip with { FileName = "<script>x</script>.mp4" } };
        string html = HtmlReportWriter.Render(doc, []);
        Assert.DoesNotContain("<script>x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x", html, StringComparison.Ordinal);
    }
}
