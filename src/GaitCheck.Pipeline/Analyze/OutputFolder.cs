using GaitCheck.Core;
using GaitCheck.Reporting;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// The output folder of one analysis. Every file is written atomically (temp + rename) and report.html is
/// written last, after a previous run's report.html has been removed at the start: a folder holding
/// report.html is complete, one without it is not (batch resume relies on this).
/// </summary>
public static class OutputFolder
{
    public const string CompleteMarker = ReportWriter.ReportFile;

    /// <summary>True when <paramref name="dir"/> holds a finished analysis.</summary>
    public static bool IsComplete(string dir) => File.Exists(Path.Combine(dir, CompleteMarker)) && File.Exists(Path.Combine(dir, ReportWriter.ResultFile));

    /// <summary>Creates the folder, proves it is writable and removes the previous completion marker. OutputFailed otherwise.</summary>
    public static void Prepare(string dir)
    {
        if (File.Exists(dir)) throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write to {dir}: it is a file, not a folder");
        string probe = Path.Combine(dir, ".write-test-" + Inv.I(Environment.ProcessId) + "-" + Inv.I(Environment.CurrentManagedThreadId));
        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            AtomicFile.TryDelete(probe);
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write to {dir}: {e.Message}", e);
        }
        ReportWriter.InvalidatePrevious(dir);
    }
}
