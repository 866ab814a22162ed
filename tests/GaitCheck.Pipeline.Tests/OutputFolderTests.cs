using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Tests;

namespace GaitCheck.Pipeline.Tests;

public class OutputFolderTests
{
    [Fact]
    public void A_folder_under_a_file_is_output_failed()
    {
        string file = Path.Combine(RepoPaths.Actual("output-folder"), "plain-file");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<GaitCheckException>(() => OutputFolder.Prepare(Path.Combine(file, "report")));
        Assert.Equal(ExitCode.OutputFailed, e.Code);
        var e2 = Assert.Throws<GaitCheckException>(() => OutputFolder.Prepare(file));
        Assert.Equal(ExitCode.OutputFailed, e2.Code);
    }

    [Fact]
    public void Prepare_removes_a_stale_report_so_an_unfinished_rerun_never_looks_complete()
    {
        string dir = Path.Combine(RepoPaths.Actual("output-folder"), "rerun");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "report.html"), "old");
        File.WriteAllText(Path.Combine(dir, "result.json"), "{}");
        Assert.True(OutputFolder.IsComplete(dir));
        OutputFolder.Prepare(dir);
        Assert.False(OutputFolder.IsComplete(dir));
        Assert.Empty(Directory.GetFiles(dir, ".write-test*"));
    }

    [Fact]
    public void Analyze_of_a_missing_input_fails_before_touching_the_output()
    {
        string outDir = Path.Combine(RepoPaths.Actual("output-folder"), "never-created");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        var e = Assert.Throws<GaitCheckException>(() => ClipPipeline.Run("/nonexistent/clip.mp4", outDir, new AnalyzeSettings()));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
        Assert.False(Directory.Exists(outDir));
    }
}
