using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck merge DIR`: a sharded batch's shard summaries in DIR become DIR/batch-summary.csv.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var dir = CliOptions.PathArgument("dir", "The sharded batch's --out folder (holding batch-summary.shard-K-of-N.csv and batch-shard-K-of-N.json)");
        var cmd = new Command("merge", "Combine the summaries of a sharded batch into batch-summary.csv, as one unsharded run writes it");
        cmd.Arguments.Add(dir);
        cmd.SetAction(parse =>
        {
            var r = ShardMerge.Run(parse.GetValue(dir)!);
            string counts = string.Join(", ", r.Statuses.Select(kv => $"{Inv.I(kv.Value)} {kv.Key}"));
            parse.InvocationConfiguration.Output.WriteLine($"merge: {Inv.I(r.Shards)} shards, {Inv.I(r.Inputs)} inputs ({counts}); summary: {r.SummaryPath}");
            return 0;
        });
        return cmd;
    }
}
