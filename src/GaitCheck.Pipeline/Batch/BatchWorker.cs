using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;

namespace GaitCheck.Pipeline.Batch;

/// <summary>What one input's analysis gave: its summary row and the warnings to print beside its progress line.</summary>
public sealed record WorkerResult(IReadOnlyList<string> Row, IReadOnlyList<string> Warnings);

/// <summary>
/// Analyses one batch input: the manifest row's options over the batch's settings, the report folder, and the input's
/// row saved in it (<see cref="BatchRow.FileName"/>, for resume). Runs inside a worker process (the hidden
/// `batch-worker` verb, <see cref="WorkerProcess"/>), or in the batch's own process when no worker can be started.
/// </summary>
public static class BatchWorker
{
    /// <summary>Prefixes of the worker's stdout lines that the batch reads: the row (CSV) and each warning.</summary>
    public const string RowPrefix = "row\t", WarningPrefix = "warning\t";

    public static WorkerResult Run(WorkerJob job, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        Raise(job.Fault);
        var settings = job.Input.Options?.Apply(job.Settings) ?? job.Settings;
        long t0 = Stopwatch.GetTimestamp();
        var r = ClipPipeline.Run(job.Input.Path, job.OutDir, settings, null, cancel);
        var row = BatchRow.Ok(job.Input, job.OutDir, r.Document, Stopwatch.GetElapsedTime(t0).TotalSeconds, r.WrongView);
        BatchRow.Save(job.OutDir, row);
        return new WorkerResult(row, r.Warnings ?? []);
    }

    /// <summary>The worker's stdout for the batch: a line per warning, then the row (read back by <see cref="WorkerProcess"/>).</summary>
    public static IEnumerable<string> OutputLines(WorkerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (string w in result.Warnings) yield return WarningPrefix + w.ReplaceLineEndings(" ");
        yield return RowPrefix + Reporting.Csv.CsvWriter.Table(result.Row, []).TrimEnd('\n');
    }

    private static void Raise(WorkerFault fault)
    {
        switch (fault)
        {
            case WorkerFault.Abort:
                Environment.FailFast("gaitcheck batch-worker: deliberate crash (--test-fault)");
                break;
            case WorkerFault.Segv:
                Memset(new IntPtr(16), 0, 64); // a write to an unmapped page inside libc: SIGSEGV in native code, which the runtime does not catch
                break;
            case WorkerFault.Hang:
                Thread.Sleep(Timeout.Infinite);
                break;
            case WorkerFault.Oom:
                var hold = new List<byte[]>();
                while (true)
                {
                    var block = GC.AllocateUninitializedArray<byte>(64 << 20);
                    for (int i = 0; i < block.Length; i += 4096) block[i] = 1; // touched, so resident
                    hold.Add(block);
                }
        }
    }

    // DllImport, not LibraryImport: a blittable call needs no generated marshalling, and Pipeline allows no unsafe code.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "memset")]
    private static extern IntPtr Memset(IntPtr destination, int value, UIntPtr count);
}
