using System.Diagnostics;

namespace GaitCheck.TestSupport;

/// <summary>
/// A small tmpfs mounted on a test folder, for a real full disk or a real read-only file system (which stop root too,
/// unlike file permissions). Mounting needs root, as scripts/test.sh has; without it the test fails and says so.
/// </summary>
public sealed class Tmpfs : IDisposable
{
    public string Path { get; }

    public Tmpfs(string path, string size, bool readOnly = false)
    {
        Path = path;
        Release(path); // a mount left by an interrupted earlier run
        Directory.CreateDirectory(path);
        Run(true, "mount", "-t", "tmpfs", "-o", (readOnly ? "ro," : "") + "size=" + size, "tmpfs", path);
    }

    public void Dispose() => Run(true, "umount", Path);

    /// <summary>Unmounts <paramref name="path"/> if something is mounted there (no error otherwise).</summary>
    public static void Release(string path)
    {
        if (Directory.Exists(path)) Run(false, "umount", path);
    }

    private static void Run(bool mustSucceed, string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (mustSucceed && p.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed (tmpfs tests need root): {err}");
    }
}
