using System.Text.RegularExpressions;
using GaitCheck.Core;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Pipeline.Batch;

/// <summary>What `gaitcheck merge` did.</summary>
public sealed record MergeOutcome(int Shards, int Inputs, IReadOnlyDictionary<string, int> Statuses, string SummaryPath);

/// <summary>
/// `gaitcheck merge DIR`: combines the summaries of a sharded batch's shards (batch-summary.shard-K-of-N.csv, written
/// beside each other in the shared --out folder) into DIR/batch-summary.csv, row for row what one unsharded batch over
/// the same inputs writes (round-robin positions, <see cref="ShardSpec"/>). Refuses, with a usage error naming what is
/// wrong, when a shard is missing or unfinished (no batch-shard-K-of-N.json), when the shards disagree on their number
/// or their input list, or when a summary's rows or columns do not match its record.
/// </summary>
public static partial class ShardMerge
{
    public static MergeOutcome Run(string dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        dir = Path.GetFullPath(dir);
        if (!Directory.Exists(dir)) throw new GaitCheckException(ExitCode.InputNotFound, $"no such folder: {dir}");
        var states = Directory.EnumerateFiles(dir, "batch-shard-*-of-*.json").Where(f => StateName().IsMatch(Path.GetFileName(f)))
            .Select(ShardState.Load).OrderBy(s => s.Shard).ToList();
        if (states.Count == 0) throw new GaitCheckException(ExitCode.InputNotFound, $"no finished shard in {dir} (each writes batch-shard-K-of-N.json when done)");
        int n = states[0].Shards;
        if (states.Any(s => s.Shards != n)) throw new GaitCheckException(ExitCode.Usage, $"{dir} holds shards of different splits ({string.Join(", ", states.Select(s => Inv.I(s.Shards)).Distinct())} shards): merge one batch at a time");
        var missing = Enumerable.Range(1, n).Except(states.Select(s => s.Shard)).ToList();
        if (missing.Count > 0)
            throw new GaitCheckException(ExitCode.Usage, $"shard(s) {string.Join(", ", missing.Select(m => Inv.I(m)))} of {Inv.I(n)} not finished in {dir} (no batch-shard-K-of-{Inv.I(n)}.json): run or resume them first");
        var first = states[0];
        if (states.Any(s => s.Inputs != first.Inputs || s.InputsSha256 != first.InputsSha256))
            throw new GaitCheckException(ExitCode.Usage, "the shards were run on different input lists: every shard of a batch must be given the same inputs");
        string[]? header = null;
        var perShard = new List<IReadOnlyList<string>[]>();
        foreach (var s in states)
        {
            var spec = new ShardSpec(s.Shard, s.Shards);
            string path = Path.Combine(dir, spec.SummaryFile);
            var lines = InputFile.ReadAllText(path, "shard summary").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0) throw new GaitCheckException(ExitCode.Usage, $"{path} is empty");
            var h = CsvLine.Split(lines[0]).ToArray();
            header ??= h;
            if (!h.SequenceEqual(header)) throw new GaitCheckException(ExitCode.Usage, $"{path} has other columns than shard {Inv.I(first.Shard)}'s summary");
            int expected = spec.Positions(s.Inputs).Count();
            if (lines.Length - 1 != expected || s.Rows != expected)
                throw new GaitCheckException(ExitCode.Usage, $"{path} holds {Inv.I(lines.Length - 1)} rows, shard {Inv.I(s.Shard)} of {Inv.I(n)} has {Inv.I(expected)} inputs: resume it");
            perShard.Add(lines.Skip(1).Select(CsvLine.Split).ToArray());
        }
        var rows = Enumerable.Range(0, first.Inputs).Select(i => perShard[i % n][i / n]).ToList();
        string summary = Path.Combine(dir, BatchRunner.SummaryFile);
        AtomicFile.WriteAllText(summary, CsvWriter.Table(header!, rows));
        int status = Array.IndexOf(header!, "status");
        var statuses = rows.GroupBy(r => status >= 0 && status < r.Count ? r[status] : "").OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new MergeOutcome(n, first.Inputs, statuses, summary);
    }

    [GeneratedRegex(@"^batch-shard-[0-9]+-of-[0-9]+\.json$")]
    private static partial Regex StateName();
}
