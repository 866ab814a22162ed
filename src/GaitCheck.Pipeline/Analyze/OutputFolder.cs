using GaitCheck.Core;
using GaitCheck.Reporting;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// The output folder of one analysis. A folder holding report.html is complete, one without it is not (batch resume
/// relies on this): runs write through <see cref="StagedOutput"/>, which moves report.html in last. This class
/// knows which files are the tool's own, checks that a folder can be written, and refuses a folder whose outputs
/// would replace the input being read.
/// </summary>
public static class OutputFolder
{
    public const string CompleteMarker = ReportWriter.ReportFile;
    public const string ChartsFolder = "charts";

    /// <summary>Every file name an `analyze`, `pose` or batch run writes into an analysis folder (plus <see cref="ChartsFolder"/>/*.png).</summary>
    public static readonly IReadOnlyList<string> OwnedFiles =
    [
        ReportWriter.ReportFile, ReportWriter.ResultFile, ReportWriter.SummaryCsv, "reps.csv", "strides.csv", "events.csv",
        "keypoints.json", "keypoints.csv", "overlay.mp4", ClipPipeline.TimingsFile, Batch.BatchRow.FileName, Reporting.Csv.MarkerCsv.FileName,
    ];

    /// <summary>The files a `pose` run writes (keypoints.json is its completion marker).</summary>
    public static readonly IReadOnlyList<string> PoseFiles = ["keypoints.json", "keypoints.csv", "overlay.mp4", ClipPipeline.TimingsFile];

    /// <summary>True when <paramref name="dir"/> holds a finished analysis.</summary>
    public static bool IsComplete(string dir) => File.Exists(Path.Combine(dir, CompleteMarker)) && File.Exists(Path.Combine(dir, ReportWriter.ResultFile));

    /// <summary>Creates the folder and proves it is writable (a batch's root). OutputFailed otherwise.</summary>
    public static void Prepare(string dir)
    {
        RequireFolderPath(dir);
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
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write to {dir}: {IoError.Reason(e)}", e);
        }
    }

    /// <summary>Usage for an empty path; OutputFailed when the path exists and is not a folder.</summary>
    public static void RequireFolderPath(string dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        if (string.IsNullOrWhiteSpace(dir)) throw new GaitCheckException(ExitCode.Usage, "--out is empty: give an output folder");
        var kind = FileType.Of(dir);
        if (kind == FileKind.NoPermission) throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write to {dir}: permission denied");
        if (kind is not (FileKind.Directory or FileKind.Missing))
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write to {dir}: it is {Describe(kind)}, not a folder");
    }

    /// <summary>
    /// Usage error when writing <paramref name="outputs"/> (and charts/*.png when <paramref name="charts"/>) into
    /// <paramref name="dir"/> would replace or delete <paramref name="input"/>, by any name or link
    /// (e.g. `analyze D/overlay.mp4 --out D`).
    /// </summary>
    public static void RefuseOverwritingInput(string input, string dir, IReadOnlyList<string> outputs, bool charts)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (!Directory.Exists(dir)) return;
        var own = outputs.Select(f => Path.Combine(dir, f));
        string chartDir = Path.Combine(dir, ChartsFolder);
        if (charts && Directory.Exists(chartDir)) own = own.Concat(Directory.EnumerateFiles(chartDir));
        foreach (string f in own)
            if (FileType.SameFile(f, input))
                throw new GaitCheckException(ExitCode.Usage,
                    $"--out {dir} would overwrite the input {input} (it is the output file {Path.GetRelativePath(dir, f)}); choose another --out folder");
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a file",
        FileKind.BrokenLink => "a broken symbolic link",
        FileKind.LinkLoop => "a symbolic link loop",
        FileKind.Fifo => "a named pipe",
        FileKind.CharDevice or FileKind.BlockDevice => "a device",
        FileKind.Socket => "a socket",
        _ => "not a folder",
    };
}
