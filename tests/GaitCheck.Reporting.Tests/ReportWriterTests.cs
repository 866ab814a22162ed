using GaitCheck.Analysis;
using GaitCheck.Reporting.Json;
using GaitCheck.TestSupport;

namespace GaitCheck.Reporting.Tests;

public class ReportWriterTests
{
    [Fact]
    public void Writes_all_files_with_report_html_last_and_replaces_a_stale_report()
    {
        string dir = RepoPaths.Actual("reporting-writer");
        foreach (var f in Directory.GetFiles(dir, "*", SearchOption.AllDirectories)) File.Delete(f);
        File.WriteAllText(Path.Combine(dir, ReportWriter.ReportFile), "stale");
        var result = ClipAnalyzer.Analyze(SyntheticSquat.Build(GaitCheck.Core.Side.Right, 40));
        var written = ReportWriter.Write(dir, SampleDocuments.RightValgusSquat(), result);
        Assert.Equal(Path.Combine(dir, ReportWriter.ReportFile), written[^1]);
        Assert.Contains(Path.Combine(dir, "charts", "fppa.png"), written);
        Assert.Contains(Path.Combine(dir, "reps.csv"), written);
        Assert.Contains(Path.Combine(dir, ReportWriter.SummaryCsv), written);
        Assert.Equal(ResultJson.ToBytes(result), File.ReadAllBytes(Path.Combine(dir, ReportWriter.ResultFile)));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(dir, ReportWriter.ReportFile)), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir, "*.partial*", SearchOption.AllDirectories));
        byte[] first = File.ReadAllBytes(Path.Combine(dir, ReportWriter.ReportFile));
        File.Delete(Path.Combine(dir, ReportWriter.ResultFile));
        ReportWriter.Write(dir, SampleDocuments.RightValgusSquat(), null);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(dir, ReportWriter.ReportFile)));
        Assert.False(File.Exists(Path.Combine(dir, ReportWriter.ResultFile)), "no result, no result.json");
    }

    [Fact]
    public void Plain_reading_calls_a_difference_inside_the_sdd_noise()
    {
        var m = new MetricSummary { Key = "k", Name = "K", Sides = [new SideStats(GaitCheck.Core.Side.Left, 3, 10, 1, 11), new SideStats(GaitCheck.Core.Side.Right, 3, 12.5, 1, 13)], Asymmetry = -2.5, NoiseBand = 2.8 };
        Assert.Contains("within measurement noise", PlainReading.Of(m), StringComparison.Ordinal);
        var beyond = m with { Asymmetry = -3.5 };
        Assert.Contains("right higher by 3.5°, beyond the noise band", PlainReading.Of(beyond), StringComparison.Ordinal);
        Assert.Equal("as given", PlainReading.Of(m with { Reading = "as given" }));
    }
}
