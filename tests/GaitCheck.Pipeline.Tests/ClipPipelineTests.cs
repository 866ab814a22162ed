using System.Text.Json;
using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

/// <summary>The stages after pose extraction, on a constructed right-stance squat with right knee valgus (no model, no video).</summary>
public class ClipPipelineTests
{
    private static readonly AnalyzeSettings Frontal = new() { View = CameraView.Frontal, Movement = MovementKind.SingleLegSquat };

    private static (string Dir, ClipOutcome Outcome) Run(string name)
    {
        string dir = Path.Combine(RepoPaths.Actual("clip-pipeline"), name);
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        OutputFolder.Prepare(dir);
        return (dir, ClipPipeline.Finish(SyntheticSquat.Build(Side.Right, 75), null, dir, Frontal));
    }

    [Fact]
    public void Writes_the_complete_output_set_with_nothing_half_written()
    {
        var (dir, o) = Run("a");
        foreach (var f in new[] { "report.html", "result.json", "summary.csv", "reps.csv", "keypoints.json", "keypoints.csv", "timings.json", "charts/fppa.png", "charts/fppa-per-cycle.png" })
            Assert.True(File.Exists(Path.Combine(dir, f)), f + " missing");
        Assert.Empty(Directory.GetFiles(dir, "*partial*", SearchOption.AllDirectories));
        Assert.True(OutputFolder.IsComplete(dir));
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(dir, "report.html")) >= File.GetLastWriteTimeUtc(Path.Combine(dir, "timings.json")));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "result.json")));
        Assert.Equal("gaitcheck-analysis/1", json.RootElement.GetProperty("format").GetString());
        Assert.Contains("right", o.Headline, StringComparison.Ordinal);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<span class=\"right\">right</span> side", html, StringComparison.Ordinal);
        using var timings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "timings.json")));
        Assert.True(timings.RootElement.GetProperty("stagesSeconds").TryGetProperty("analyse", out _));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes_except_timings()
    {
        var (a, _) = Run("det-a");
        var (b, _) = Run("det-b");
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).ToList());
        foreach (var f in files.Where(f => f != ClipPipeline.TimingsFile))
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f + " differs between identical runs");
    }
}

public class BatchRowTests
{
    [Fact]
    public void Ok_row_has_every_column_with_view_movement_and_side_means()
    {
        string dir = Path.Combine(RepoPaths.Actual("clip-pipeline"), "row");
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        OutputFolder.Prepare(dir);
        var o = ClipPipeline.Finish(SyntheticSquat.Build(Side.Left, 75), null, dir, new AnalyzeSettings { View = CameraView.Frontal, Movement = MovementKind.SingleLegSquat });
        var row = Batch.BatchRow.Ok(new Batch.BatchInput("/x/clip.mp4", "clip"), dir, o.Document, 1.25);
        Assert.Equal(Batch.BatchRow.Columns.Count, row.Count);
        string Col(string name) => row[Batch.BatchRow.Columns.ToList().IndexOf(name)];
        Assert.Equal("ok", Col("status"));
        Assert.Equal("left", Col("stance_side"));
        Assert.Equal("3", Col("reps"));
        Assert.True(double.Parse(Col("fppa_left"), System.Globalization.CultureInfo.InvariantCulture) > 20);
        Assert.Equal("", Col("fppa_right"));
        Assert.Contains("knee-collapse:left", Col("findings"), StringComparison.Ordinal);
        Batch.BatchRow.Save(dir, row);
        var back = Batch.BatchRow.LoadSkipped(dir);
        Assert.NotNull(back);
        Assert.Equal("skipped", back![2]);
        Assert.Equal(row.Skip(3), back.Skip(3));
    }
}

public class WrongViewTests
{
    [Fact]
    public void A_view_that_allows_no_metric_still_writes_the_report_with_filming_advice_and_says_so()
    {
        string dir = Path.Combine(RepoPaths.Actual("clip-pipeline"), "oblique");
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        OutputFolder.Prepare(dir);
        var o = ClipPipeline.Finish(SyntheticSquat.Build(Side.Right, 75), null, dir, new AnalyzeSettings { View = CameraView.Oblique, Movement = MovementKind.SingleLegSquat });
        Assert.NotNull(o.WrongView);
        Assert.Contains("oblique", o.WrongView, StringComparison.Ordinal);
        Assert.Empty(o.Document.Metrics);
        Assert.NotEmpty(o.Document.NotReported);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<h2>Not reported in this view</h2>", html, StringComparison.Ordinal);
        var row = Batch.BatchRow.Ok(new Batch.BatchInput("/x/o.mp4", "o"), dir, o.Document, 1, o.WrongView);
        Assert.Equal("wrong-view", row[2]);
        Assert.StartsWith("6", row[3], StringComparison.Ordinal);
    }
}
