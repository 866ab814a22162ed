using GaitCheck.Core;

namespace GaitCheck.Cli.Tests.Batch;

/// <summary>Three shards of a batch, merged, give the unsharded batch's summary; merge refuses a missing shard.</summary>
public class ShardMergeTests
{
    [Fact]
    public void Three_shards_merged_equal_one_unsharded_batch()
    {
        var (root, dir) = BatchFixtures.Inputs("shards", "c1", "c2", "c3", "c4");
        string missing = Path.Combine(dir, "c5-broken.mp4");
        File.WriteAllText(missing, "not a video"); // a failed row must land in its place too
        string o = Path.Combine(root, "out");
        var whole = CliRunner.Run(["batch", dir, "--out", o, .. BatchFixtures.Fast]);
        Assert.True((int)ExitCode.PartialBatch == whole.Code, whole.ToString());
        string unsharded = Path.Combine(root, "unsharded.csv");
        File.Move(Path.Combine(o, "batch-summary.csv"), unsharded);

        for (int k = 1; k <= 3; k++)
        {
            var s = CliRunner.Run(["batch", dir, "--out", o, "--no-resume", "--shard", $"{k}/3", .. BatchFixtures.Fast]);
            Assert.True(s.Code is 0 or (int)ExitCode.PartialBatch, s.ToString());
            Assert.Contains($"shard {k} of 3", s.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(o, $"batch-summary.shard-{k}-of-3.csv")));
            Assert.False(File.Exists(Path.Combine(o, "batch-summary.csv")), "a shard must not write the batch's summary");
        }
        // Round robin: shard 1 has inputs 1 and 4, shard 2 has 2 and 5, shard 3 has 3.
        Assert.Equal(2, BatchFixtures.Rows(Path.Combine(o, "batch-summary.shard-2-of-3.csv")).Count);
        Assert.Single(BatchFixtures.Rows(Path.Combine(o, "batch-summary.shard-3-of-3.csv")));

        var m = CliRunner.Run(["merge", o]);
        Assert.True(m.Code == 0, m.ToString());
        Assert.Contains("3 shards, 5 inputs (1 failed, 4 ok)", m.Out, StringComparison.Ordinal);
        Assert.Equal(BatchFixtures.WithoutSeconds(unsharded), BatchFixtures.WithoutSeconds(Path.Combine(o, "batch-summary.csv")));

        // A shard that did not finish (its record gone, as after a SIGTERM) is refused by name.
        File.Delete(Path.Combine(o, "batch-shard-2-of-3.json"));
        var refused = CliRunner.Run(["merge", o]);
        Assert.True((int)ExitCode.Usage == refused.Code, refused.ToString());
        Assert.Contains("shard(s) 2 of 3 not finished", refused.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shard_flags_are_checked()
    {
        string o = Path.Combine(Path.GetTempPath(), "gaitcheck-shard-flags");
        foreach (string bad in new[] { "0/3", "4/3", "1/0", "x", "auto" })
        {
            var r = CliRunner.Run(["batch", BatchFixtures.Clip, "--out", o, "--shard", bad]);
            Assert.True((int)ExitCode.Usage == r.Code, bad + ": " + r);
            Assert.Contains("--shard", r.Err, StringComparison.Ordinal);
        }
    }
}
