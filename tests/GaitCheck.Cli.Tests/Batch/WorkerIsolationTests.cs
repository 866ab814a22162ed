using GaitCheck.Core;

namespace GaitCheck.Cli.Tests.Batch;

/// <summary>
/// A batch where one worker aborts (SIGABRT), one segfaults (SIGSEGV), one hangs and one allocates without end: each of those
/// ends as its own row (crashed, crashed, timeout, crashed) and the good inputs are analysed exactly as a batch of them alone analyses them.
/// </summary>
public class WorkerIsolationTests
{
    [Fact]
    public void Crashing_hanging_and_runaway_workers_end_their_own_input_only()
    {
        var (root, dir) = BatchFixtures.Inputs("isolation", "a_good", "b_crash", "c_hang", "d_oom", "e_good", "f_segv");
        string o = Path.Combine(root, "out");
        string[] args = ["batch", dir, "--out", o, "--jobs", "2", "--timeout", "25", "--memory-limit", "1200",
            "--test-fault", "b_crash.mp4=abort", "--test-fault", "c_hang.mp4=hang", "--test-fault", "d_oom.mp4=oom", "--test-fault", "f_segv.mp4=segv", .. BatchFixtures.Fast];
        var r = CliRunner.Run(args);
        Assert.True((int)ExitCode.PartialBatch == r.Code, r.ToString());
        Assert.Contains("2 analysed, 0 already complete, 4 failed", r.Out, StringComparison.Ordinal);
        var rows = BatchFixtures.Rows(Path.Combine(o, "batch-summary.csv"));
        int status = BatchFixtures.Column("status"), code = BatchFixtures.Column("exit_code"), error = BatchFixtures.Column("error");
        Assert.Equal(["ok", "crashed", "timeout", "crashed", "ok", "crashed"], rows.Select(x => x[status]).ToArray());
        Assert.Equal("13 WorkerCrashed", rows[1][code]);
        Assert.Contains("SIGABRT", rows[1][error], StringComparison.Ordinal);
        Assert.Equal("14 WorkerTimeout", rows[2][code]);
        Assert.Equal("13 WorkerCrashed", rows[3][code]);
        Assert.Contains("--memory-limit", rows[3][error], StringComparison.Ordinal);
        Assert.Equal("13 WorkerCrashed", rows[5][code]);
        Assert.Contains("SIGSEGV", rows[5][error], StringComparison.Ordinal);
        // Killed workers leave nothing: no folder, no staging folder.
        Assert.Equal(["a_good", "e_good"], Directory.GetDirectories(o).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(Directory.GetFileSystemEntries(o, ".gaitcheck-staging-*", SearchOption.AllDirectories));

        // The good inputs' results are those of a batch without the faulty ones.
        var (root2, dir2) = BatchFixtures.Inputs("isolation-alone", "a_good", "e_good");
        string o2 = Path.Combine(root2, "out");
        var alone = CliRunner.Run(["batch", dir2, "--out", o2, "--jobs", "2", .. BatchFixtures.Fast]);
        Assert.True(alone.Code == 0, alone.ToString());
        var rowsAlone = BatchFixtures.Rows(Path.Combine(o2, "batch-summary.csv"));
        int from = BatchFixtures.Column("view");
        Assert.Equal(rowsAlone[0].Skip(from), rows[0].Skip(from));
        Assert.Equal(rowsAlone[1].Skip(from), rows[4].Skip(from));
        Assert.Equal(File.ReadAllText(Path.Combine(o2, "a_good", "result.json")).Replace(dir2, dir, StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(o, "a_good", "result.json")));
    }

    [Fact]
    public void A_failing_input_in_a_worker_keeps_its_own_exit_code_and_message()
    {
        var (root, dir) = BatchFixtures.Inputs("worker-failure", "good");
        string notVideo = Path.Combine(dir, "text.mp4");
        File.WriteAllText(notVideo, "not a video");
        string o = Path.Combine(root, "out");
        var r = CliRunner.Run(["batch", dir, "--out", o, .. BatchFixtures.Fast]);
        Assert.True((int)ExitCode.PartialBatch == r.Code, r.ToString());
        var rows = BatchFixtures.Rows(Path.Combine(o, "batch-summary.csv"));
        Assert.Equal(["ok", "failed"], rows.Select(x => x[BatchFixtures.Column("status")]).ToArray());
        Assert.Equal("4 BadVideo", rows[1][BatchFixtures.Column("exit_code")]);
        Assert.Contains("text.mp4", rows[1][BatchFixtures.Column("error")], StringComparison.Ordinal);
    }
}
