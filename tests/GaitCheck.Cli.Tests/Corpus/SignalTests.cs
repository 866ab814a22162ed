using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>
/// SIGTERM (a scheduler's preemption) and SIGINT (Ctrl+C) during a real analysis: the process ends on its own within
/// seconds with 143 or 130 and one line, and nothing is left that looks complete (issue 9, defects 3 and 8).
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class SignalTests
{
    private const int SigInt = 2, SigTerm = 15;

    private static (ChildCli.Result Result, string Out) StopMidRun(string name, string video, int[] signals)
    {
        string root = Path.Combine(RepoPaths.Actual("corpus"), "signals", name);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        string outDir = Path.Combine(root, "out");
        var sw = Stopwatch.StartNew();
        using var p = ChildCli.Start(root, ["analyze", video, "--out", outDir, "--model", "lite"]);
        // Wait until the run is writing (its staging folder exists), so the stop lands mid-work.
        while (!(Directory.Exists(outDir) && Directory.EnumerateDirectories(outDir, ".gaitcheck-staging-*").Any()) && sw.Elapsed < TimeSpan.FromSeconds(30) && !p.HasExited)
            Thread.Sleep(50);
        Assert.False(p.HasExited, "the analysis ended before it could be stopped");
        Thread.Sleep(300);
        foreach (int s in signals) ChildCli.Signal(p, s);
        var stopped = Stopwatch.StartNew();
        var r = ChildCli.Wait(p, TimeSpan.FromSeconds(20), sw);
        Assert.False(r.TimedOut, "the process did not stop: " + r);
        Assert.True(stopped.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {stopped.Elapsed.TotalSeconds:F1} s");
        return (r, outDir);
    }

    private static void AssertStoppedCleanly(ChildCli.Result r, string outDir, ExitCode code, string word)
    {
        Assert.True((int)code == r.Code, r.ToString());
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("gaitcheck: " + word, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir), "the run created the output folder and must remove it when stopped: "
            + (Directory.Exists(outDir) ? string.Join(", ", Directory.GetFileSystemEntries(outDir, "*", SearchOption.AllDirectories)) : ""));
    }

    [Fact]
    public void Sigterm_stops_with_143_and_leaves_nothing()
    {
        var (r, o) = StopMidRun("sigterm", SampleClip(), [SigTerm]);
        AssertStoppedCleanly(r, o, ExitCode.Terminated, "terminated");
    }

    [Fact]
    public void Sigint_stops_with_130_and_leaves_nothing()
    {
        var (r, o) = StopMidRun("sigint", SampleClip(), [SigInt]);
        AssertStoppedCleanly(r, o, ExitCode.Cancelled, "cancelled");
    }

    [Fact]
    public void A_second_signal_exits_at_once_and_still_cleans_up()
    {
        var (r, o) = StopMidRun("double-sigint", SampleClip(), [SigInt, SigInt]);
        AssertStoppedCleanly(r, o, ExitCode.Cancelled, "cancelled");
    }

    /// <summary>The committed 10.7 s sample: long enough to be stopped in the middle of its pose pass.</summary>
    private static string SampleClip() => Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.mp4");
}
