using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pipeline.Batch;
using GaitCheck.Reporting.Csv;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

public class BatchRunnerTests
{
    [Fact]
    public void Continues_past_failing_inputs_records_errors_and_resumes_complete_ones()
    {
        string root = RepoPaths.Actual("batch-runner");
        Directory.Delete(root, recursive: true);
        string src = Path.Combine(root, "in");
        Directory.CreateDirectory(src);
        string corrupt = Path.Combine(src, "corrupt.mp4");
        File.WriteAllBytes(corrupt, Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251)).ToArray());
        string done = Path.Combine(src, "done.mp4");
        File.WriteAllText(done, "never decoded: its output folder is already complete");
        string outRoot = Path.Combine(root, "out");
        // A previous run finished "done": its folder holds report.html, result.json and its row.
        var doneInput = new BatchInput(done, "done");
        string doneDir = Path.Combine(outRoot, "done");
        Directory.CreateDirectory(doneDir);
        File.WriteAllText(Path.Combine(doneDir, "result.json"), "{}");
        File.WriteAllText(Path.Combine(doneDir, "report.html"), "<!DOCTYPE html>");
        var okRow = BatchRow.Columns.Select((c, i) => c switch { "input" => done, "output" => doneDir, "status" => "ok", "view" => "frontal", "fppa_right" => "17.50", _ => "" }).ToList();
        BatchRow.Save(doneDir, okRow);

        var inputs = new[] { new BatchInput(Path.Combine(src, "missing.mp4"), "missing"), new BatchInput(corrupt, "corrupt"), doneInput };
        var log = new StringWriter();
        var r = BatchRunner.Run(inputs, outRoot, new AnalyzeSettings(), jobs: 2, resume: true, log: log);

        Assert.Equal(ExitCode.PartialBatch, r.Code);
        Assert.Equal((3, 0, 1, 2), (r.Total, r.Ok, r.Skipped, r.Failed));
        var lines = File.ReadAllLines(r.SummaryPath);
        Assert.Equal(string.Join(",", BatchRow.Columns), lines[0]);
        Assert.Equal(4, lines.Length);
        var rows = lines.Skip(1).Select(CsvLine.Split).ToList();
        int status = BatchRow.Columns.ToList().IndexOf("status"), error = BatchRow.Columns.ToList().IndexOf("error"), code = BatchRow.Columns.ToList().IndexOf("exit_code");
        Assert.Equal(["failed", "failed", "skipped"], rows.Select(x => x[status]).ToArray()); // input order, whatever the finishing order
        Assert.Contains("3 InputNotFound", rows[0][code], StringComparison.Ordinal);
        Assert.Contains("missing.mp4", rows[0][error], StringComparison.Ordinal);
        Assert.Contains("4 BadVideo", rows[1][code], StringComparison.Ordinal);
        Assert.Equal("17.50", rows[2][BatchRow.Columns.ToList().IndexOf("fppa_right")]);
        Assert.False(File.Exists(Path.Combine(outRoot, "corrupt", "report.html")));
        Assert.Contains("failed", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_inputs_is_an_error()
    {
        var e = Assert.Throws<GaitCheckException>(() => BatchRunner.Run([], RepoPaths.Actual("batch-empty"), new AnalyzeSettings()));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
    }
}
