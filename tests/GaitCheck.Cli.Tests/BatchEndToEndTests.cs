using GaitCheck.Core;
using GaitCheck.Reporting.Csv;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>A real batch of one good (trimmed) clip and one missing file, then a resumed rerun.</summary>
public class BatchEndToEndTests
{
    [Fact]
    public void Batch_analyses_good_inputs_records_bad_ones_and_resumes()
    {
        string o = Path.Combine(RepoPaths.Actual("cli-e2e"), "batch");
        if (Directory.Exists(o)) Directory.Delete(o, true);
        string good = RepoPaths.Media("squat-frontal/squat_frontal.mp4");
        string[] args = ["batch", good, "/nonexistent/lost.mp4", "--out", o, "--end", "1", "--model", "lite", "--no-overlay", "--jobs", "2"];
        var r = CliRunner.Run(args);
        Assert.True((int)ExitCode.PartialBatch == r.Code, r.ToString());
        Assert.Contains("1 analysed, 0 already complete, 1 failed", r.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(o, "squat_frontal", "report.html")));
        var rows = File.ReadAllLines(Path.Combine(o, "batch-summary.csv")).Skip(1).Select(CsvLine.Split).ToList();
        Assert.Equal(["ok", "failed"], rows.Select(x => x[2]).ToArray());
        Assert.Equal("frontal", rows[0][6], ignoreCase: true);

        var again = CliRunner.Run(args);
        Assert.True((int)ExitCode.PartialBatch == again.Code, again.ToString());
        Assert.Contains("0 analysed, 1 already complete, 1 failed", again.Out, StringComparison.Ordinal);
        var rows2 = File.ReadAllLines(Path.Combine(o, "batch-summary.csv")).Skip(1).Select(CsvLine.Split).ToList();
        Assert.Equal("skipped", rows2[0][2]);
        Assert.Equal(rows[0].Skip(6), rows2[0].Skip(6)); // the kept row carries the first run's facts
    }
}
