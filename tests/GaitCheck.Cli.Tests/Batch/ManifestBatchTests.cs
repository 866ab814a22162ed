using GaitCheck.Core;

namespace GaitCheck.Cli.Tests.Batch;

/// <summary>A manifest's per-input settings reach the analysis, and its subject and session reach the summary.</summary>
public class ManifestBatchTests
{
    [Fact]
    public void Manifest_settings_reach_the_analysis_and_groups_reach_the_summary()
    {
        var (root, dir) = BatchFixtures.Inputs("manifest", "auto", "forced");
        string manifest = Path.Combine(root, "manifest.csv");
        File.WriteAllText(manifest, "path,subject,session,movement,markers\nin/auto.mp4,S01,pre,,\nin/forced.mp4,\"S02, left\",post,running,green\n");
        string o = Path.Combine(root, "out");
        var r = CliRunner.Run(["batch", manifest, "--out", o, .. BatchFixtures.Fast]);
        Assert.True(r.Code == 0, r.ToString());
        var rows = BatchFixtures.Rows(Path.Combine(o, "batch-summary.csv"));
        int movement = BatchFixtures.Column("movement");
        Assert.DoesNotContain("Running", rows[0][movement], StringComparison.Ordinal);
        Assert.StartsWith("Running (set by", rows[1][movement], StringComparison.Ordinal);
        Assert.Equal(["S01", "pre"], rows[0].TakeLast(2).ToArray());
        Assert.Equal(["S02, left", "post"], rows[1].TakeLast(2).ToArray());
    }

    [Theory]
    [InlineData("file,subject\nx.mp4,S1\n", "unknown column 'file'")]
    [InlineData("subject\nS1\n", "has no 'path' column")]
    [InlineData("path,markers\nx.mp4,purple\n", "line 2: column 'markers' must be green, orange, pink, blue, auto, none, got 'purple'")]
    [InlineData("path,view\nx.mp4,upside-down\n", "line 2: column 'view'")]
    [InlineData("path,capture_fps\nx.mp4,0.5\n", "capture_fps")]
    [InlineData("path,subject\nx.mp4\n", "line 2: has 1 fields, the header has 2")]
    public void Manifest_errors_name_the_line_and_column(string text, string expected)
    {
        string root = TestSupport.RepoPaths.Actual(Path.Combine("batch-workers", "manifest-errors"));
        Directory.CreateDirectory(root);
        string manifest = Path.Combine(root, "bad.csv");
        File.WriteAllText(manifest, text);
        var r = CliRunner.Run(["batch", manifest, "--out", Path.Combine(root, "out")]);
        Assert.True((int)ExitCode.Usage == r.Code, r.ToString());
        Assert.Contains(expected, Assert.Single(r.ErrLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }
}
