using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Tests;

namespace GaitCheck.Cli.Tests;

/// <summary>
/// A full disk: the output folder is a 12 KiB tmpfs, too small for result.json. The CLI must end with
/// OutputFailed and one line, and leave no file behind (no partial, nothing that looks complete).
/// Mounting needs root, which this machine kind (and its CI) has; without it the test fails and says so.
/// </summary>
public class FullDiskTests
{
    [Fact]
    public void Full_disk_is_output_failed_with_one_line_and_leaves_no_file()
    {
        string mount = RepoPaths.Actual("cli-full-disk");
        Run(false, "umount", mount); // a mount left by an interrupted earlier run
        Directory.CreateDirectory(mount);
        Run(true, "mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", mount);
        try
        {
            string keypoints = Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.truth.keypoints.json");
            var r = CliRunner.Run("analyze-keypoints", keypoints, "--out", Path.Combine(mount, "report"));
            Assert.True((int)ExitCode.OutputFailed == r.Code, r.ToString());
            var line = Assert.Single(r.ErrLines);
            Assert.StartsWith("gaitcheck: error: cannot write " + Path.Combine(mount, "report", "result.json"), line, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(mount, "*", SearchOption.AllDirectories));
        }
        finally
        {
            Run(true, "umount", mount);
        }
    }

    private static void Run(bool mustSucceed, string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (mustSucceed)
            Assert.True(p.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed (the full-disk test mounts a small tmpfs and needs root): {err}");
    }
}
