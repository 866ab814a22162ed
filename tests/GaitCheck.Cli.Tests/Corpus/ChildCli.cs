using System.Diagnostics;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>
/// Runs the built CLI (gaitcheck.dll beside the tests) as a child process, so exit codes, stderr and signals are the
/// real ones a user and a scheduler see. A run that outlives its time limit is killed and reported as such.
/// </summary>
internal static class ChildCli
{
    public sealed record Result(int Code, string Out, string Err, TimeSpan Elapsed, bool TimedOut)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public override string ToString() => $"exit {Code} after {Elapsed.TotalSeconds:F1} s{(TimedOut ? " (TIMED OUT, killed)" : "")}\nstdout: {Out}\nstderr: {Err}";
    }

    /// <summary>Drops root's right to ignore file permissions for the child (so a chmod 000 file is really unreadable).</summary>
    public static readonly string[] WithoutFilePermissionOverride = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all", "--"];

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "gaitcheck.dll");

    public static Process Start(string workDir, IReadOnlyList<string> args, IReadOnlyList<string>? prefix = null)
    {
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var cmd = (prefix ?? []).Concat([host, Dll]).Concat(args).ToList();
        var psi = new ProcessStartInfo(cmd[0])
        {
            WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var a in cmd.Skip(1)) psi.ArgumentList.Add(a);
        psi.Environment["GAITCHECK_MODELS"] = RepoPaths.Models;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + cmd[0]);
        p.StandardInput.Close();
        return p;
    }

    public static Result Run(TimeSpan limit, string workDir, IReadOnlyList<string> args, IReadOnlyList<string>? prefix = null)
    {
        var sw = Stopwatch.StartNew();
        using var p = Start(workDir, args, prefix);
        return Wait(p, limit, sw);
    }

    /// <summary>Waits for <paramref name="p"/> to end (killing it after <paramref name="limit"/>) and collects its output.</summary>
    public static Result Wait(Process p, TimeSpan limit, Stopwatch since)
    {
        ArgumentNullException.ThrowIfNull(p);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        bool timedOut = !p.WaitForExit(limit);
        if (timedOut) p.Kill(entireProcessTree: true);
        p.WaitForExit();
        return new Result(timedOut ? -1 : p.ExitCode, stdout.Result, stderr.Result, since.Elapsed, timedOut);
    }

    /// <summary>Sends a POSIX signal (by number: 2 SIGINT, 15 SIGTERM) with kill(1).</summary>
    public static void Signal(Process p, int signal)
    {
        ArgumentNullException.ThrowIfNull(p);
        using var k = Process.Start("kill", ["-" + signal.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        k.WaitForExit();
    }
}
