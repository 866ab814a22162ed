using GaitCheck.Core;
using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Pipeline.Tests;

public class ShardSpecTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] vars) => k => vars.FirstOrDefault(v => v.Key == k).Value;

    [Fact]
    public void Shards_partition_the_inputs_round_robin()
    {
        var all = Enumerable.Range(1, 3).SelectMany(k => new ShardSpec(k, 3).Positions(10)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 10), all);
        Assert.Equal([1, 4, 7], new ShardSpec(2, 3).Positions(10));
        Assert.Empty(new ShardSpec(3, 3).Positions(2));
    }

    [Theory]
    [InlineData("0", "0", "3", 1)] // --array=0-2
    [InlineData("3", "1", "3", 3)] // --array=1-3
    [InlineData("7", null, "8", 8)]
    public void Slurm_array_tasks_give_the_shard(string id, string? min, string count, int expected)
    {
        var vars = new List<(string, string)> { (ShardSpec.SlurmId, id), (ShardSpec.SlurmCount, count) };
        if (min != null) vars.Add((ShardSpec.SlurmMin, min));
        var s = ShardSpec.Parse("auto", env: Env([.. vars]));
        Assert.Equal((expected, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)), (s.Index, s.Count));
    }

    [Fact]
    public void Kubernetes_indexed_jobs_take_the_count_from_the_flag_or_the_environment()
    {
        Assert.Equal(new ShardSpec(1, 4), ShardSpec.Parse("auto", 4, Env((ShardSpec.KubernetesIndex, "0"))));
        Assert.Equal(new ShardSpec(3, 3), ShardSpec.Parse("auto", env: Env((ShardSpec.KubernetesIndex, "2"), (ShardSpec.CountVariable, "3"))));
        var e = Assert.Throws<GaitCheckException>(() => ShardSpec.Parse("auto", env: Env((ShardSpec.KubernetesIndex, "2"))));
        Assert.Contains("--shard-count", e.Message, StringComparison.Ordinal);
        var gap = Assert.Throws<GaitCheckException>(() => ShardSpec.Parse("auto", env: Env((ShardSpec.SlurmId, "9"), (ShardSpec.SlurmMin, "1"), (ShardSpec.SlurmCount, "3"))));
        Assert.Equal(ExitCode.Usage, gap.Code);
    }
}
