using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Pipeline.Batch;

/// <summary>
/// How a batch starts its worker processes: the executable and the arguments before the job (the CLI knows how it was
/// started: `gaitcheck`, or `dotnet gaitcheck.dll`), and the limits each worker runs under.
/// </summary>
/// <param name="FileName">The program to start.</param>
/// <param name="LeadingArgs">Its arguments up to and including the worker verb; the job's JSON follows.</param>
/// <param name="Timeout">Wall time one input may take, worker start included.</param>
/// <param name="MemoryLimitMb">Resident memory (RSS) one worker may reach; null = no cap.</param>
/// <param name="Faults">Test only: the fault raised by the worker of each input file name.</param>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> LeadingArgs, TimeSpan Timeout, long? MemoryLimitMb,
    IReadOnlyDictionary<string, WorkerFault>? Faults = null);

/// <summary>
/// Runs one batch input in a child process (<see cref="BatchWorker"/> behind the hidden `batch-worker` verb), so a native
/// crash, an abort, runaway memory or a hang ends that input only. The parent polls the child every
/// <see cref="PollInterval"/>: past <see cref="WorkerLaunch.Timeout"/> it is killed (status timeout, exit code 14); above
/// <see cref="WorkerLaunch.MemoryLimitMb"/> of resident memory it is killed (status crashed, 13). A polled RSS cap was
/// chosen over setrlimit: RLIMIT_AS counts the .NET runtime's reserved (not used) address space, tens of GB, so any
/// useful cap would stop the runtime from starting; the kernel's own OOM killer still ends a worker with SIGKILL,
/// which is also recorded as crashed. A worker killed by a signal (abort 134, segfault 139, kill 137) is crashed; a
/// worker that exits with one of GaitCheck's codes failed as an in-process analysis would. A killed worker's staging
/// folder is removed, and its output folder too when the worker created it and left it empty.
/// </summary>
public static class WorkerProcess
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private const string StagingPrefix = Analyze.StagedOutput.StagingPrefix;

    public static WorkerResult Run(WorkerLaunch launch, WorkerJob job, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(job);
        bool existed = Directory.Exists(job.OutDir);
        var psi = new ProcessStartInfo(launch.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in launch.LeadingArgs) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(job.ToJson());
        var stdout = new List<string>();
        string? lastError = null;
        long t0 = Stopwatch.GetTimestamp();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => { if (e.Data != null) lock (stdout) stdout.Add(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is { } l && l.StartsWith("gaitcheck: ", StringComparison.Ordinal)) lastError = l; };
        try { p.Start(); }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GaitCheckException(ExitCode.InternalError, $"cannot start a batch worker ({launch.FileName}): {e.Message}", e);
        }
        int pid = p.Id;
        p.StandardInput.Close();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        string? killed = null;
        string status = "crashed";
        while (!p.WaitForExit(PollInterval))
        {
            double elapsed = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            if (cancel.IsCancellationRequested) killed = "stopped";
            else if (elapsed > launch.Timeout.TotalSeconds)
            {
                killed = $"no result within {Inv.Text(launch.Timeout.TotalSeconds)} s (--timeout); worker killed";
                status = "timeout";
            }
            else if (launch.MemoryLimitMb is { } cap && ResidentMb(p) is { } rss && rss > cap)
                killed = $"resident memory {Inv.I((int)rss)} MB above the {Inv.I((int)cap)} MB cap (--memory-limit); worker killed";
            if (killed == null) continue;
            try { p.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { } // it ended meanwhile
            p.WaitForExit();
            RemoveLeftovers(job.OutDir, pid, existed);
            cancel.ThrowIfCancellationRequested();
            break;
        }
        p.WaitForExit(); // drains the output events
        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        if (killed != null)
            return Failure(job, status == "timeout" ? ExitCode.WorkerTimeout : ExitCode.WorkerCrashed, killed, seconds, status);
        int code = p.ExitCode;
        List<string> lines;
        lock (stdout) lines = stdout.ToList();
        if (code == 0 && lines.LastOrDefault(l => l.StartsWith(BatchWorker.RowPrefix, StringComparison.Ordinal)) is { } rowLine)
        {
            var row = CsvLine.Split(rowLine[BatchWorker.RowPrefix.Length..]);
            var warnings = lines.Where(l => l.StartsWith(BatchWorker.WarningPrefix, StringComparison.Ordinal)).Select(l => l[BatchWorker.WarningPrefix.Length..]).ToList();
            return new WorkerResult(row, warnings);
        }
        if (cancel.IsCancellationRequested)
        {
            RemoveLeftovers(job.OutDir, pid, existed); // stopped with the batch (a scheduler signals the whole process group)
            cancel.ThrowIfCancellationRequested();
        }
        if (code >= 128 || code < 0 || !Enum.IsDefined((ExitCode)code) || code == 0)
        {
            RemoveLeftovers(job.OutDir, pid, existed);
            string how = code > 128 ? $"worker died from signal {Inv.I(code - 128)}{SignalName(code - 128)}" : $"worker exited with code {Inv.I(code)} without a result";
            return Failure(job, ExitCode.WorkerCrashed, how, seconds, "crashed");
        }
        string message = lastError is { } le ? le["gaitcheck: ".Length..] : "the worker gave no reason";
        if (message.StartsWith("error: ", StringComparison.Ordinal)) message = message["error: ".Length..];
        return Failure(job, (ExitCode)code, message, seconds, "failed");
    }

    private static WorkerResult Failure(WorkerJob job, ExitCode code, string error, double seconds, string status) =>
        new(BatchRow.Failed(job.Input, job.OutDir, code, error, seconds, status), []);

    private static string SignalName(int signal) => signal switch
    {
        6 => " (SIGABRT)",
        9 => " (SIGKILL: killed, e.g. by the kernel's out-of-memory killer)",
        11 => " (SIGSEGV)",
        7 => " (SIGBUS)",
        4 => " (SIGILL)",
        8 => " (SIGFPE)",
        15 => " (SIGTERM)",
        _ => "",
    };

    /// <summary>The child's resident set in MB, null once it has gone.</summary>
    private static double? ResidentMb(Process p)
    {
        try
        {
            p.Refresh();
            return p.WorkingSet64 / (1024.0 * 1024.0);
        }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>A killed worker's staging folder, and its output folder when the worker created it and nothing else is in it.</summary>
    private static void RemoveLeftovers(string dir, int pid, bool existed)
    {
        if (!Directory.Exists(dir)) return;
        try
        {
            foreach (string d in Directory.EnumerateDirectories(dir, StagingPrefix + Inv.I(pid) + "-*")) Directory.Delete(d, recursive: true);
            if (!existed && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // the next run of this folder removes it (StagedOutput)
    }
}
