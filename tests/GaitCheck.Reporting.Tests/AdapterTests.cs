using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;
using GaitCheck.Reporting.Charts;
using GaitCheck.Reporting.Html;
using GaitCheck.Reporting.Json;

using GaitCheck.TestSupport;

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
        var doc = AnalysisReportAdapter.Build(r, "synthetic_squat.mp4");
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
    public void Validation_figures_corrections_and_withheld_metrics_reach_the_report_and_the_json()
    {
        const string pipeline = "pose_landmark_full (onnxruntime, heatmap-refined, flip-averaged)";
        var figures = new ValidationFigures { N = 36, Mae = 1.2, Bias = 0.3, Gain = 0.98, SignChecked = 30, SignRight = 30, TruthSd = 7 };
        var table = new MetricValidationTable
        {
            Pipeline = pipeline,
            Entries =
            [
                new MetricValidationEntry { Metric = "fppa", View = "frontal", Movement = "squat", Status = ValidationStatus.Validated, Correction = new MetricCorrection(1, 0.9), Test = figures },
                new MetricValidationEntry { Metric = "pelvic_drop", View = "frontal", Movement = "squat", Status = ValidationStatus.Withheld, Reason = "gain 0.44 outside 0.6-1.4", Test = figures with { Gain = 0.44 } },
            ],
        };
        var seq = SyntheticSquat.Build(Side.Left, medialPx: 75);
        seq = new PoseSequence { Video = seq.Video, Frames = seq.Frames, Model = pipeline, Filter = seq.Filter };
        var opts = new StructureOptions { ForceView = CameraView.Frontal, ForceMovement = MovementKind.SingleLegSquat };
        var s = StructureAnalyzer.Analyze(seq, opts);
        var r = ClipAnalyzer.FromStructure(s, new AnalysisOptions { ForceView = CameraView.Frontal, ForceMovement = MovementKind.SingleLegSquat, Validation = table });
        var doc = AnalysisReportAdapter.Build(r, "synthetic_squat.mp4");
        string html = HtmlReportWriter.Render(doc, ChartSet.Render(doc));

        var fppa = Assert.Single(doc.Metrics, m => m.Key == "fppa");
        Assert.StartsWith("corrected by synthetic calibration (raw mean left ", fppa.ValidationNote, StringComparison.Ordinal);
        Assert.Contains("synthetic test grid (n 36): MAE 1.2°, bias +0.3°, gain 0.98, sign right 30/30", fppa.ValidationNote, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Metrics, m => m.Key == "pelvic_drop");
        var withheld = Assert.Single(doc.Withheld, n => n.Metric.StartsWith("Contralateral pelvic drop", StringComparison.Ordinal));
        Assert.Equal("gain 0.44 outside 0.6-1.4", withheld.Reason);
        Assert.Contains("gain 0.44", withheld.Figures, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.NotReported, n => n.Metric.StartsWith("Contralateral pelvic drop", StringComparison.Ordinal));
        Assert.Contains("corrected by synthetic calibration", html, StringComparison.Ordinal);
        Assert.Contains(ValidationText.Withheld, html, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Findings, f => f.Title.StartsWith("Contralateral pelvic drop", StringComparison.Ordinal));
        string json = System.Text.Encoding.UTF8.GetString(ResultJson.ToBytes(r));
        Assert.Contains("\"withheld\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"rawSides\"", json, StringComparison.Ordinal);
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
