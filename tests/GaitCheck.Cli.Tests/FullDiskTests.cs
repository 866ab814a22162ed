using GaitCheck.Core;
using GaitCheck.TestSupport;

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
        using var disk = new Tmpfs(RepoPaths.Actual("cli-full-disk"), "12k");
        string keypoints = Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.truth.keypoints.json");
        var r = CliRunner.Run("analyze-keypoints", keypoints, "--out", Path.Combine(disk.Path, "report"));
        Assert.True((int)ExitCode.OutputFailed == r.Code, r.ToString());
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("gaitcheck: error: cannot write " + Path.Combine(disk.Path, "report", "result.json"), line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(disk.Path, "*", SearchOption.AllDirectories));
    }
}
