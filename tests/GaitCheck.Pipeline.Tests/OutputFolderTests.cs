using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

public class OutputFolderTests
{
    private static string Fresh(string name)
    {
        string dir = Path.Combine(RepoPaths.Actual("output-folder"), name);
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        return dir;
    }

    [Fact]
    public void A_folder_under_a_file_is_output_failed()
    {
        string file = Path.Combine(RepoPaths.Actual("output-folder"), "plain-file");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<GaitCheckException>(() => OutputFolder.Prepare(Path.Combine(file, "report")));
        Assert.Equal(ExitCode.OutputFailed, e.Code);
        var e2 = Assert.Throws<GaitCheckException>(() => OutputFolder.Prepare(file));
        Assert.Equal(ExitCode.OutputFailed, e2.Code);
        var e3 = Assert.Throws<GaitCheckException>(() => StagedOutput.Begin(file, null));
        Assert.Equal(ExitCode.OutputFailed, e3.Code);
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => StagedOutput.Begin(" ", null)).Code);
    }

    [Fact]
    public void A_failed_rerun_leaves_the_previous_complete_run_untouched()
    {
        string dir = Fresh("rerun-fails");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "report.html"), "old");
        File.WriteAllText(Path.Combine(dir, "result.json"), "{}");
        using (var o = StagedOutput.Begin(dir, null))
        {
            File.WriteAllText(Path.Combine(o.Staging, "result.json"), "new");
            Assert.True(OutputFolder.IsComplete(dir));
        } // disposed without commit: the run failed
        Assert.Equal("old", File.ReadAllText(Path.Combine(dir, "report.html")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(dir, "result.json")));
        Assert.Equal(["report.html", "result.json"], Directory.GetFileSystemEntries(dir).Select(f => Path.GetFileName(f)).Order().ToArray());
    }

    [Fact]
    public void A_commit_replaces_the_results_removes_stale_ones_and_moves_the_report_last()
    {
        string dir = Fresh("rerun-commits");
        Directory.CreateDirectory(Path.Combine(dir, "charts"));
        foreach (var f in new[] { "report.html", "result.json", "overlay.mp4", "reps.csv", "charts/old.png", "notes-by-user.txt" })
            File.WriteAllText(Path.Combine(dir, f), "old");
        using var o = StagedOutput.Begin(dir, null);
        Directory.CreateDirectory(Path.Combine(o.Staging, "charts"));
        foreach (var f in new[] { "result.json", "strides.csv", "charts/fppa.png", "report.html" }) File.WriteAllText(Path.Combine(o.Staging, f), "new");
        o.Commit();
        var left = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["charts/fppa.png", "notes-by-user.txt", "report.html", "result.json", "strides.csv"], left);
        Assert.Equal("new", File.ReadAllText(Path.Combine(dir, "report.html")));
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(dir, "report.html")) >= File.GetLastWriteTimeUtc(Path.Combine(dir, "result.json")));
    }

    [Fact]
    public void A_failed_run_removes_the_folders_it_created_and_a_killed_runs_staging_is_cleared()
    {
        string root = Fresh("created");
        string dir = Path.Combine(root, "a", "b");
        using (StagedOutput.Begin(dir, null)) Assert.True(Directory.Exists(dir));
        Assert.False(Directory.Exists(root));

        Directory.CreateDirectory(Path.Combine(dir, StagedOutput.StagingPrefix + "999999-1"));
        File.WriteAllText(Path.Combine(dir, ".result.json.999999.partial"), "x");
        using (StagedOutput.Begin(dir, null)) { }
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void Writing_where_the_input_is_an_output_file_is_refused()
    {
        string dir = Fresh("input-is-output");
        Directory.CreateDirectory(dir);
        string input = Path.Combine(dir, "overlay.mp4");
        File.WriteAllText(input, "video");
        var e = Assert.Throws<GaitCheckException>(() => StagedOutput.Begin(dir, input));
        Assert.Equal(ExitCode.Usage, e.Code);
        Assert.Contains("would overwrite the input", e.Message, StringComparison.Ordinal);
        string link = Path.Combine(RepoPaths.Actual("output-folder"), "link-to-overlay.mp4");
        File.Delete(link);
        File.CreateSymbolicLink(link, input);
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => StagedOutput.Begin(dir, link)).Code);
        using (StagedOutput.Begin(dir, Path.Combine(dir, "clip.mp4"))) { } // another name in the folder is fine
        Assert.Equal("video", File.ReadAllText(input));
    }

    [Fact]
    public void Analyze_of_a_missing_input_fails_before_touching_the_output()
    {
        string outDir = Fresh("never-created");
        var e = Assert.Throws<GaitCheckException>(() => ClipPipeline.Run("/nonexistent/clip.mp4", outDir, new AnalyzeSettings()));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
        Assert.False(Directory.Exists(outDir));
    }
}
