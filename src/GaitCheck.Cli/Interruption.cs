using System.Runtime.InteropServices;
using GaitCheck.Core;

namespace GaitCheck.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (a scheduler's preemption, `kill`) stop every verb the same way: the run's token is
/// cancelled, the work unwinds at its next check and removes what it was writing, and the process exits with 130
/// (SIGINT) or 143 (SIGTERM) after one line on stderr. So that a stop always works, even when the work is stuck in
/// native code that never checks the token, a second signal, or the first one left unanswered for
/// <see cref="Grace"/>, removes the pending outputs (<see cref="PendingOutputs"/>) and exits at once.
/// </summary>
internal sealed partial class Interruption : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _cts = new();
    private readonly TextWriter _stderr;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;
    private int _reported;
    private Timer? _watchdog;

    public Interruption(TextWriter stderr)
    {
        _stderr = stderr;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    public CancellationToken Token => _cts.Token;

    /// <summary>Cancelled (130) for SIGINT, Terminated (143) for SIGTERM; the first signal decides.</summary>
    public ExitCode Code { get; private set; } = ExitCode.Cancelled;

    /// <summary>Prints the one stop line (once, whichever thread gets here first) and returns the exit code.</summary>
    public int Report()
    {
        if (Interlocked.Exchange(ref _reported, 1) == 0)
            _stderr.WriteLine(Code == ExitCode.Terminated ? "gaitcheck: terminated (SIGTERM); nothing was left half-written" : "gaitcheck: cancelled; nothing was left half-written");
        return (int)Code;
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // the run stops itself, cleanly
        if (Interlocked.Increment(ref _signals) == 1)
        {
            Code = context.Signal == PosixSignal.SIGTERM ? ExitCode.Terminated : ExitCode.Cancelled;
            _watchdog = new Timer(_ => ForceExit(), null, Grace, Timeout.InfiniteTimeSpan);
            _cts.Cancel();
        }
        else ForceExit();
    }

    /// <summary>
    /// Removes the pending outputs and ends the process at once with the stop's code. On Linux through libc's <c>_exit</c>:
    /// <see cref="Environment.Exit"/> runs the runtime's shutdown while the work's threads are still inside native code
    /// (ONNX Runtime, FFmpeg) and the objects they use are being released, which can crash the process (exit 139) instead
    /// of ending it with 130 or 143.
    /// </summary>
    private void ForceExit()
    {
        PendingOutputs.DeleteAll();
        int code = Report();
        _stderr.Flush();
        Console.Out.Flush();
        if (OperatingSystem.IsLinux())
        {
            try { HardExit(code); }
            catch (DllNotFoundException) { }
            catch (EntryPointNotFoundException) { }
        }
        Environment.Exit(code);
    }

    [LibraryImport("libc", EntryPoint = "_exit")]
    private static partial void HardExit(int code);

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _watchdog?.Dispose();
        _cts.Dispose();
    }
}
