using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Pipeline.Batch;

/// <summary>What a batch did.</summary>
public sealed record BatchOutcome(int Total, int Ok, int Skipped, int Failed, string SummaryPath)
{
    public ExitCode Code => Failed > 0 ? ExitCode.PartialBatch : ExitCode.Ok;
}

/// <summary>
/// Analyses many recordings: one output folder per input (OUT/NAME), a batch-summary.csv with one row per
/// input (rewritten after every input, so an interrupted batch still has one), continues past a failing input
/// and records its error, optional parallelism (1 to <see cref="SettingLimits.MaxJobs"/> jobs, never capped silently),
/// and resume: an input whose folder is complete (report.html and result.json present, see <see cref="OutputFolder"/>)
/// is skipped. Progress goes to <c>log</c>, one line per input, and as inputs done/failed/remaining to <c>progress</c>.
/// With <c>workers</c>, each input runs in its own worker
/// process (<see cref="WorkerProcess"/>: a crash or hang ends that input only); without, in this process. With
/// <c>shard</c>, only that shard's inputs run, into <see cref="ShardSpec.SummaryFile"/>, and a finished shard writes
/// its <see cref="ShardState"/> for `gaitcheck merge`; output folder names are those of the whole batch.
/// </summary>
public static class BatchRunner
{
    public const string SummaryFile = "batch-summary.csv";

    /// <summary>Statuses of an input that ended without a report (counted as failed).</summary>
    public static readonly IReadOnlyList<string> FailedStatuses = ["failed", "crashed", "timeout"];

    public static BatchOutcome Run(IReadOnlyList<BatchInput> inputs, string outRoot, AnalyzeSettings settings, int jobs = 1,
        bool resume = true, TextWriter? log = null, CancellationToken cancel = default, WorkerLaunch? workers = null, ShardSpec? shard = null,
        IProgress<ProgressUpdate>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        ValidateJobs(jobs);
        settings.Validate();
        if (inputs.Count == 0) throw new GaitCheckException(ExitCode.InputNotFound, "no video found in the batch inputs");
        OutputFolder.Prepare(outRoot);
        var perJob = jobs > 1 ? settings with { Threads = settings.Threads ?? 1 } : settings;
        var all = inputs;
        var positions = shard?.Positions(all.Count).ToList();
        if (positions != null) inputs = positions.Select(i => all[i]).ToList();
        var rows = new IReadOnlyList<string>?[inputs.Count];
        int ok = 0, skipped = 0, failed = 0, done = 0;
        var gate = new object();
        string summary = Path.Combine(outRoot, shard?.SummaryFile ?? SummaryFile);
        if (shard != null) File.Delete(Path.Combine(outRoot, shard.StateFile)); // written again only when this run finishes the shard

        void Finish(int i, IReadOnlyList<string> row, string status, IReadOnlyList<string>? warnings = null)
        {
            lock (gate)
            {
                rows[i] = row;
                done++;
                if (status is "ok" or "wrong-view") ok++; else if (status == "skipped") skipped++; else failed++;
                log?.WriteLine($"batch: [{Inv.I(done)}/{Inv.I(inputs.Count)}] {inputs[i].Name}: {status}" + (FailedStatuses.Contains(status) ? " - " + row[4] : "")
                    + string.Concat((warnings ?? []).Select(w => " (warning: " + w + ")")));
                progress?.Report(new ProgressUpdate("batch", done, inputs.Count, "inputs", failed));
                WriteSummary();
            }
        }

        void WriteSummary() => AtomicFile.WriteAllText(summary, CsvWriter.Table(BatchRow.Columns, rows.Where(r => r != null).Cast<IReadOnlyList<string>>()));

        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancel }, i =>
        {
            var input = inputs[i];
            string dir = Path.Combine(outRoot, input.Name);
            if (resume && OutputFolder.IsComplete(dir) && BatchRow.LoadSkipped(dir) is { } previous)
            {
                Finish(i, BatchRow.WithGroup(previous, input), "skipped");
                return;
            }
            var fault = workers?.Faults?.GetValueOrDefault(Path.GetFileName(input.Path)) ?? WorkerFault.None;
            var job = new WorkerJob(input, dir, perJob, fault);
            long t0 = Stopwatch.GetTimestamp();
            try
            {
                var r = workers != null && perJob.Tuning == null ? WorkerProcess.Run(workers, job, cancel) : BatchWorker.Run(job, cancel);
                Finish(i, r.Row, r.Row[2], r.Warnings);
            }
            catch (GaitCheckException e)
            {
                Finish(i, BatchRow.Failed(input, dir, e.Code, OneLine(e.Message), Stopwatch.GetElapsedTime(t0).TotalSeconds), "failed");
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // Recorded in the summary as an internal error (with its type), never swallowed silently.
                Finish(i, BatchRow.Failed(input, dir, ExitCode.InternalError, e.GetType().Name + ": " + OneLine(e.Message), Stopwatch.GetElapsedTime(t0).TotalSeconds), "failed");
            }
        });
        lock (gate) WriteSummary(); // also when this shard got no input
        if (shard != null)
            new ShardState(shard.Index, shard.Count, all.Count, ShardSpec.InputsHash(all), inputs.Count).Save(outRoot);
        return new BatchOutcome(inputs.Count, ok, skipped, failed, summary);
    }

    /// <summary>Usage error unless 1 &lt;= <paramref name="jobs"/> &lt;= <see cref="SettingLimits.MaxJobs"/>.</summary>
    public static void ValidateJobs(int jobs)
    {
        if (jobs < 1 || jobs > SettingLimits.MaxJobs)
            throw new GaitCheckException(ExitCode.Usage,
                $"--jobs must be from 1 to {Inv.I(SettingLimits.MaxJobs)} (twice this machine's {Inv.I(Environment.ProcessorCount)} cores), got {Inv.I(jobs)}");
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
