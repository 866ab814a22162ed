using GaitCheck.Reporting.Charts;
using GaitCheck.Reporting.Html;
using GaitCheck.Reporting.Text;

namespace GaitCheck.Reporting.Tests;

/// <summary>The report's tables speak people's words with units and have captions; the CSV keeps the column ids.</summary>
public sealed class TableHeaderTests
{
    [Theory]
    [InlineData("fppa_deg", "Knee frontal-plane projection angle (°)")]
    [InlineData("pelvic_drop_deg", "Contralateral pelvic drop (°)")]
    [InlineData("medial_knee_displacement_pct_leg", "Medial knee displacement (% leg length)")]
    [InlineData("bottom_s", "Lowest point (s)")]
    [InlineData("stride_time_s", "Stride time (s)")]
    [InlineData("contact_frame", "Initial contact (frame)")]
    public void Column_ids_become_words_with_units(string id, string words) => Assert.Equal(words, TableHeaders.Of(id));

    [Fact]
    public void The_report_prints_headers_and_caption_and_the_csv_keeps_ids()
    {
        var doc = SampleDocuments.RightValgusSquat();
        var t = doc.Tables[0] with { Headers = ["Rep", "Stance leg", "Lowest point (s)", "Depth", "FPPA right (°)", "Pelvic drop (°)"], Caption = "One row per repetition." };
        doc = doc with { Tables = [t, .. doc.Tables.Skip(1)], Date = "2026-12-03", Generator = ToolInfo.Name };
        string html = HtmlReportWriter.Render(doc, ChartSet.Render(doc));
        Assert.Contains("<caption>One row per repetition.</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Lowest point (s)</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>bottom_time_s</th>", html, StringComparison.Ordinal);
        Assert.Contains("video file dated 2026-12-03", html, StringComparison.Ordinal);
        Assert.Contains(ToolInfo.Name, html, StringComparison.Ordinal);
        Assert.Matches(@"^GaitCheck \d+\.\d+\.\d+$", ToolInfo.Name);
        Assert.StartsWith("rep,stance,bottom_time_s", Csv.CsvWriter.Table(t), StringComparison.Ordinal);
    }
}
