using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Reporting.Charts;
using GaitCheck.Reporting.Html;

namespace GaitCheck.Reporting.Tests;

/// <summary>The analysis result of a constructed clip, through the adapter, into the report: the valgus side is the one the clip put there.</summary>
public class AdapterTests
{
    private static (ReportDocument Doc, string Html, AnalysisResult Result) Analyse(Side stance)
    {
        var seq = SyntheticSquat.Build(stance, medialPx: 75);
        var opts = new StructureOptions { ForceView = CameraView.Frontal, ForceMovement = MovementKind.SingleLegSquat };
        var s = StructureAnalyzer.Analyze(seq, opts);
        var r = ClipAnalyzer.FromStructure(s, new AnalysisOptions { ForceView = CameraView.Frontal, ForceMovement = MovementKind.SingleLegSquat });
        var doc = AnalysisReportAdapter.Build(r, s.Sequence, "synthetic_squat.mp4");
        return (doc, HtmlReportWriter.Render(doc, ChartSet.Render(doc)), r);
    }

    [Theory]
    [InlineData(Side.Right)]
    [InlineData(Side.Left)]
    public void Knee_collapse_finding_names_the_stance_side(Side stance)
    {
        var (doc, html, r) = Analyse(stance);
        Assert.Equal(stance, r.Movement.StanceSide);
        Assert.Equal(3, doc.Clip.Reps);
        var fppa = Assert.Single(doc.Metrics, m => m.Key == "fppa");
        var side = Assert.Single(fppa.Sides);
        Assert.Equal(stance, side.Side);
        Assert.True(side.Mean > 20, $"FPPA mean {side.Mean} should show the constructed valgus");
        var knee = doc.Findings.Where(f => f.Driver == Drivers.KneeCollapse && f.MetricKeys.Contains("fppa")).ToList();
        var k = Assert.Single(knee);
        Assert.Equal(stance, k.Side);
        Assert.True(k.Flagged);
        string word = stance == Side.Left ? "left" : "right", other = stance == Side.Left ? "right" : "left";
        int at = html.IndexOf("<h3>Knee collapsing inward</h3>", StringComparison.Ordinal);
        int end = html.IndexOf("<h3>", at + 4, StringComparison.Ordinal);
        string block = html[at..end];
        Assert.Contains($"<span class=\"{word}\">{word}</span> side", block, StringComparison.Ordinal);
        Assert.DoesNotContain($"<span class=\"{other}\">{other}</span> side", block, StringComparison.Ordinal);
        Assert.Contains("stance leg <span class=\"" + word + "\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_validation_errors_reach_the_report_and_the_json_for_the_metrics_that_have_them()
    {
        var (doc, html, r) = Analyse(Side.Left);
        var fppa = Assert.Single(doc.Metrics, m => m.Key == "fppa");
        Assert.Contains("under-read FPPA", fppa.ValidationNote, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(doc.Metrics, m => m.Key == "trunk_lean_lateral").ValidationNote);
        Assert.Contains("Known systematic errors", html, StringComparison.Ordinal);
        Assert.Contains("<li>Knee frontal-plane projection angle (FPPA, 2D knee valgus): synthetic validation", html, StringComparison.Ordinal);
        string json = System.Text.Encoding.UTF8.GetString(ResultJson.ToBytes(r));
        Assert.Contains("\"validationNote\": \"synthetic validation: BlazePose under-read FPPA", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_carries_reps_table_charts_and_not_assessed_list()
    {
        var (doc, html, r) = Analyse(Side.Right);
        var reps = Assert.Single(doc.Tables, t => t.Name == "reps");
        Assert.Equal(3, reps.Rows.Count);
        Assert.Contains("fppa_deg", reps.Columns);
        Assert.Equal(r.NotAssessed.Count, doc.NotAssessed.Count);
        var charts = ChartSet.Render(doc).Select(c => c.FileName).ToList();
        Assert.Contains("fppa-per-cycle.png", charts);
        Assert.Contains("fppa.png", charts);
        Assert.Contains("Herrington 2014", html, StringComparison.Ordinal);
        Assert.Equal(3, AnalysisReportAdapter.KeyFrameRequests(r).Count);
    }
}
