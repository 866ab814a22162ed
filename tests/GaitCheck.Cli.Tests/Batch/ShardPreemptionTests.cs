using System.Diagnostics;
using GaitCheck.Cli.Tests.Corpus;
using GaitCheck.Core;

namespace GaitCheck.Cli.Tests.Batch;

/// <summary>
/// SIGTERM (a scheduler's preemption) to a shard whose second worker hangs: the batch stops with 143, keeps the finished
/// input's row and folder, leaves no shard record (so `merge` refuses it), and a rerun resumes it.
/// </summary>
public class ShardPreemptionTests
{
    [Fact]
    public void Sigterm_leaves_a_shard_resumable()
    {
        var (root, dir) = BatchFixtures.Inputs("preempt", "a_first", "b_hang");
        string o = Path.Combine(root, "out");
        string shardSummary = Path.Combine(o, "batch-summary.shard-1-of-1.csv");
        var sw = Stopwatch.StartNew();
        using var p = ChildCli.Start(root, ["batch", dir, "--out", o, "--shard", "1/1", "--timeout", "300", "--test-fault", "b_hang.mp4=hang", .. BatchFixtures.Fast]);
        while (!(File.Exists(shardSummary) && File.ReadAllLines(shardSummary).Length == 2) && sw.Elapsed < TimeSpan.FromSeconds(60) && !p.HasExited)
            Thread.Sleep(100);
        Assert.False(p.HasExited, "the batch ended before it could be stopped");
        Thread.Sleep(1000); // the hanging worker is running
        ChildCli.Signal(p, 15);
        var r = ChildCli.Wait(p, TimeSpan.FromSeconds(20), sw);
        Assert.True((int)ExitCode.Terminated == r.Code, r.ToString());
        Assert.False(File.Exists(Path.Combine(o, "batch-shard-1-of-1.json")), "an interrupted shard must not look finished");
        Assert.Single(BatchFixtures.Rows(shardSummary));
        Assert.True(File.Exists(Path.Combine(o, "a_first", "report.html")));
        Assert.False(Directory.Exists(Path.Combine(o, "b_hang")), "the stopped input left a folder");
        Assert.Empty(Directory.GetFileSystemEntries(o, ".gaitcheck-staging-*", SearchOption.AllDirectories));

        var again = CliRunner.Run(["batch", dir, "--out", o, "--shard", "1/1", .. BatchFixtures.Fast]);
        Assert.True(again.Code == 0, again.ToString());
        Assert.Contains("1 analysed, 1 already complete, 0 failed", again.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(o, "batch-shard-1-of-1.json")));
        Assert.True(CliRunner.Run(["merge", o]).Code == 0);
    }
}
