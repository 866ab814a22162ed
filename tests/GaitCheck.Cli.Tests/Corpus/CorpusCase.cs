using System.Diagnostics;
using System.Net.Sockets;
using GaitCheck.Core;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>What a case must print on stderr: one error line, one warning line (a correct result with a caveat), or nothing.</summary>
internal enum Stderr { Error, Warning, Silent }

/// <summary>
/// One bad input: how to set up its sandbox and command line, and the documented exit code it must end with.
/// <paramref name="Seconds"/> bounds its run time (the child is killed and the case fails beyond it).
/// </summary>
internal sealed record CorpusCase(string Name, ExitCode Expected, Func<CaseSandbox, string[]> Arrange, Stderr Stderr = Stderr.Error, double Seconds = 20)
{
    /// <summary>Text the stderr line must contain (the setting, field or path at fault).</summary>
    public string? Mentions { get; init; }

    /// <summary>Run the child without root's permission override (for the unreadable-file case).</summary>
    public bool WithoutRootOverride { get; init; }

    /// <summary>Further checks of the case's own outcome (e.g. the folder names a batch chose).</summary>
    public Action<CaseSandbox, ChildCli.Result>? Check { get; init; }

    public override string ToString() => Name;
}

/// <summary>
/// A case's own folder: SANDBOX/out is the --out the case gives (created by the run, unless the case makes it), and
/// every other entry of SANDBOX must be left exactly as it was. A sentinel summary.csv sits beside out, where
/// "../summary.csv" from inside out would land.
/// </summary>
internal sealed class CaseSandbox : IDisposable
{
    private readonly List<IDisposable> _cleanup = [];

    public CaseSandbox(CorpusInputs inputs, string name)
    {
        In = inputs;
        Root = Path.Combine(RepoPaths.Actual("corpus"), "cases", name);
        Tmpfs.Release(Path.Combine(Root, "out")); // a mount left by an interrupted earlier run
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "summary.csv"), "sentinel: must never change\n");
    }

    public CorpusInputs In { get; }
    public string Root { get; }
    public string Out => Path.Combine(Root, "out");

    /// <summary>A copy of a corpus input inside the sandbox, under <paramref name="name"/>.</summary>
    public string Copy(string input, string name)
    {
        string to = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(In.P(input), to, overwrite: true);
        return to;
    }

    public string Fifo(string name)
    {
        string p = Path.Combine(Root, name);
        using var proc = Process.Start("mkfifo", [p])!;
        proc.WaitForExit();
        return p;
    }

    public string Socket(string name)
    {
        string p = Path.Combine(Root, name);
        using var s = new System.Net.Sockets.Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        s.Bind(new UnixDomainSocketEndPoint(p)); // the socket file stays after the socket closes
        return p;
    }

    public string Write(string name, string text)
    {
        string p = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text);
        return p;
    }

    /// <summary>Mounts a tmpfs on <see cref="Out"/> (full disk or read-only file system) until the case ends.</summary>
    public void MountOut(string size, bool readOnly)
    {
        var t = new Tmpfs(Out, size, readOnly);
        _cleanup.Add(t);
    }

    public void Dispose()
    {
        foreach (var c in _cleanup) c.Dispose();
    }
}
