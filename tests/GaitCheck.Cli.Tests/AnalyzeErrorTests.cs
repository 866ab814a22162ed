using GaitCheck.Core;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>Bad inputs give one line on stderr and a documented exit code, and leave no report behind.</summary>
public class AnalyzeErrorTests
{
    private static string Out(string name)
    {
        string dir = Path.Combine(RepoPaths.Actual("cli-errors"), name);
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        return dir;
    }

    private static void AssertOneLineError(CliRunner.Result r, ExitCode code, string containing)
    {
        Assert.True((int)code == r.Code, r.ToString());
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("gaitcheck: error: ", line, StringComparison.Ordinal);
        Assert.Contains(containing, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_input_not_found()
    {
        string o = Out("missing");
        var r = CliRunner.Run("analyze", "/nonexistent/clip.mp4", "--out", o);
        AssertOneLineError(r, ExitCode.InputNotFound, "/nonexistent/clip.mp4");
        Assert.False(File.Exists(Path.Combine(o, "report.html")));
    }

    [Fact]
    public void Corrupt_file_is_bad_video()
    {
        string dir = RepoPaths.Actual("cli-errors");
        string corrupt = Path.Combine(dir, "corrupt.mp4");
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(corrupt, bytes);
        string o = Out("corrupt");
        var r = CliRunner.Run("analyze", corrupt, "--out", o);
        AssertOneLineError(r, ExitCode.BadVideo, "corrupt.mp4");
        Assert.False(File.Exists(Path.Combine(o, "report.html")));
    }

    [Fact]
    public void Still_image_is_bad_video()
    {
        string o = Out("still");
        var r = CliRunner.Run("analyze", RepoPaths.Media("coco-stills/000000000785.jpg"), "--out", o);
        AssertOneLineError(r, ExitCode.BadVideo, "000000000785.jpg");
        Assert.False(File.Exists(Path.Combine(o, "report.html")));
    }

    [Fact]
    public void Output_under_a_file_is_output_failed()
    {
        string file = Path.Combine(RepoPaths.Actual("cli-errors"), "a-file");
        File.WriteAllText(file, "x");
        var r = CliRunner.Run("analyze", RepoPaths.Media("squat-frontal/squat_frontal.mp4"), "--out", Path.Combine(file, "out"));
        AssertOneLineError(r, ExitCode.OutputFailed, "a-file");
    }

    [Fact]
    public void Bad_flag_values_are_usage_errors()
    {
        var r = CliRunner.Run("analyze", "x.mp4", "--out", Out("usage"), "--view", "upside-down");
        AssertOneLineError(r, ExitCode.Usage, "view must be");
        var r2 = CliRunner.Run("analyze", "--out", Out("usage"));
        Assert.Equal((int)ExitCode.Usage, r2.Code);
        var r3 = CliRunner.Run("batch", "x.mp4", "--out", Out("usage"), "--jobs", "0");
        AssertOneLineError(r3, ExitCode.Usage, "--jobs");
    }

    [Fact]
    public void Batch_of_bad_inputs_is_a_partial_batch_with_a_summary()
    {
        string o = Out("batch");
        var r = CliRunner.Run("batch", "/nonexistent/a.mp4", RepoPaths.Media("coco-stills/000000000785.jpg"), "--out", o);
        Assert.True((int)ExitCode.PartialBatch == r.Code, r.ToString());
        Assert.Contains("2 failed", r.Out, StringComparison.Ordinal);
        var summary = File.ReadAllLines(Path.Combine(o, "batch-summary.csv"));
        Assert.Equal(3, summary.Length);
        Assert.Contains(",failed,3 InputNotFound,", summary[1], StringComparison.Ordinal);
        Assert.Contains(",failed,4 BadVideo,", summary[2], StringComparison.Ordinal);
    }
}
