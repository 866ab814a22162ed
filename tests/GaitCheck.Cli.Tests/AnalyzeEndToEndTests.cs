using System.Text.Json;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>One real `analyze` of a short trimmed clip with the lite model: the whole pipeline, end to end.</summary>
public class AnalyzeEndToEndTests
{
    [Fact]
    public void Analyze_a_short_real_clip_into_a_complete_report_folder()
    {
        string o = Path.Combine(RepoPaths.Actual("cli-e2e"), "squat");
        if (Directory.Exists(o)) Directory.Delete(o, true);
        var r = CliRunner.Run("analyze", RepoPaths.Media("squat-frontal/squat_frontal.mp4"), "--out", o, "--end", "2", "--model", "lite", "--no-overlay");
        Assert.True(r.Code == 0, r.ToString());
        Assert.Contains("report: " + Path.Combine(o, "report.html"), r.Out, StringComparison.Ordinal);
        foreach (var f in new[] { "report.html", "result.json", "summary.csv", "keypoints.json", "keypoints.csv", "timings.json" })
            Assert.True(File.Exists(Path.Combine(o, f)), f + " missing");
        Assert.Empty(Directory.GetFiles(o, "*partial*", SearchOption.AllDirectories));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(o, "result.json")));
        Assert.Equal("gaitcheck-analysis/1", json.RootElement.GetProperty("format").GetString());
        string html = File.ReadAllText(Path.Combine(o, "report.html"));
        Assert.Contains("squat_frontal.mp4", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Findings by driver</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
