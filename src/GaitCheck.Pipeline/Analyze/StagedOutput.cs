using System.Diagnostics;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// Writes one run's outputs into a hidden staging folder inside the output folder (same file system, so moving is a
/// rename), and moves them into place only when everything has been written and verified: the old completion marker
/// (report.html) is removed first, the tool's own files that this run did not produce are removed (a stale
/// overlay.mp4 or reps.csv must not sit beside the new results), the files move in, and the marker moves in last.
/// Until <see cref="Commit"/>, the folder keeps the previous complete run untouched; a failed or interrupted run
/// removes its staging folder, and removes the output folder too when the run created it and it is empty, so a
/// failure leaves no folder that could be taken for a result. A staging folder left by a killed run is removed
/// the next time the folder is used.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    public const string StagingPrefix = ".gaitcheck-staging-";
    private static int _counter;
    private readonly string? _createdRoot;
    private readonly IReadOnlyList<string> _owned;
    private readonly bool _ownsCharts;
    private bool _committed;

    /// <summary>The final output folder.</summary>
    public string Dir { get; }

    /// <summary>Where this run writes; becomes <see cref="Dir"/>'s content at <see cref="Commit"/>.</summary>
    public string Staging { get; }

    private StagedOutput(string dir, string staging, string? createdRoot, IReadOnlyList<string> owned, bool ownsCharts)
    {
        Dir = dir;
        Staging = staging;
        _createdRoot = createdRoot;
        _owned = owned;
        _ownsCharts = ownsCharts;
    }

    /// <summary>
    /// Checks and creates <paramref name="dir"/> and a staging folder in it. Usage when writing there would replace
    /// <paramref name="input"/> (<see cref="OutputFolder.RefuseOverwritingInput"/>); OutputFailed when it cannot be written.
    /// </summary>
    /// <param name="dir">The output folder (--out).</param>
    /// <param name="input">The input file, which must not be overwritten; null for none.</param>
    /// <param name="owned">The files this kind of run writes (default: an analysis's, <see cref="OutputFolder.OwnedFiles"/>); an earlier run's copy
    /// of one is removed at commit when this run did not write it.</param>
    /// <param name="ownsCharts">Whether charts/*.png belong to this kind of run.</param>
    public static StagedOutput Begin(string dir, string? input, IReadOnlyList<string>? owned = null, bool ownsCharts = true)
    {
        OutputFolder.RequireFolderPath(dir);
        dir = Path.GetFullPath(dir);
        owned ??= OutputFolder.OwnedFiles;
        if (input != null) OutputFolder.RefuseOverwritingInput(input, dir, owned.Append(OutputFolder.CompleteMarker).ToList(), ownsCharts);
        string? createdRoot = HighestMissing(dir);
        string staging = Path.Combine(dir, StagingPrefix + Inv.I(Environment.ProcessId) + "-" + Inv.I(Interlocked.Increment(ref _counter)));
        if (createdRoot != null) PendingOutputs.Add(createdRoot, isFolder: true);
        PendingOutputs.Add(staging, isFolder: true);
        var output = new StagedOutput(dir, staging, createdRoot, owned, ownsCharts);
        try
        {
            Directory.CreateDirectory(dir);
            RemoveLeftovers(dir);
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Dispose();
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write to {dir}: {IoError.Reason(e)}", e);
        }
        return output;
    }

    /// <summary>
    /// Runs <paramref name="write"/> on the staging folder; an error it reports names the file's final path, not its
    /// place in the staging folder (which the user never sees).
    /// </summary>
    public T Write<T>(Func<string, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try { return write(Staging); }
        catch (GaitCheckException e) when (e.Message.Contains(Staging, StringComparison.Ordinal))
        {
            throw new GaitCheckException(e.Code, e.Message.Replace(Staging, Dir, StringComparison.Ordinal), e);
        }
    }

    /// <summary>
    /// Moves the staged files into <see cref="Dir"/>, <paramref name="marker"/> (when staged) last. The analysis's completion
    /// marker (report.html) is removed first whatever the run, since its results are being replaced. OutputFailed on an I/O error.
    /// </summary>
    public void Commit(string marker = OutputFolder.CompleteMarker)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        try
        {
            AtomicFile.TryDelete(Path.Combine(Dir, OutputFolder.CompleteMarker));
            AtomicFile.TryDelete(Path.Combine(Dir, marker));
            var staged = Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Staging, f)).Order(StringComparer.Ordinal).ToList();
            RemoveStale(staged);
            foreach (string rel in staged.Where(r => r != marker).Append(marker).Where(staged.Contains))
            {
                string target = Path.Combine(Dir, rel);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(Staging, rel), target, overwrite: true);
            }
            Directory.Delete(Staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write to {Dir}: {IoError.Reason(e)}", e);
        }
        _committed = true;
        PendingOutputs.Remove(Staging);
        if (_createdRoot != null) PendingOutputs.Remove(_createdRoot);
    }

    /// <summary>Without a commit: removes the staging folder, and the folders this run created if nothing else is in them.</summary>
    public void Dispose()
    {
        if (_committed) return;
        _committed = true;
        try { if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        PendingOutputs.Remove(Staging);
        if (_createdRoot is null) return;
        for (string? d = Dir; d != null && d.Length >= _createdRoot.Length; d = Path.GetDirectoryName(d))
        {
            try { if (Directory.Exists(d) && !Directory.EnumerateFileSystemEntries(d).Any()) Directory.Delete(d); else break; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { break; }
        }
        PendingOutputs.Remove(_createdRoot);
    }

    /// <summary>The tool's own files in <see cref="Dir"/> that this run does not replace: results of an earlier run with other settings.</summary>
    private void RemoveStale(IReadOnlyCollection<string> staged)
    {
        var keep = new HashSet<string>(staged, StringComparer.Ordinal);
        foreach (string f in _owned.Where(f => !keep.Contains(f))) AtomicFile.TryDelete(Path.Combine(Dir, f));
        string charts = Path.Combine(Dir, OutputFolder.ChartsFolder);
        if (!_ownsCharts || !Directory.Exists(charts)) return;
        foreach (string f in Directory.EnumerateFiles(charts, "*.png"))
            if (!keep.Contains(Path.GetRelativePath(Dir, f))) AtomicFile.TryDelete(f);
    }

    /// <summary>Staging folders and temporary files of runs that were killed (their process is gone).</summary>
    private static void RemoveLeftovers(string dir)
    {
        foreach (string d in Directory.EnumerateDirectories(dir, StagingPrefix + "*"))
        {
            string rest = Path.GetFileName(d)[StagingPrefix.Length..];
            int dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (int.TryParse(dash > 0 ? rest[..dash] : rest, out int pid) && pid != Environment.ProcessId && !Running(pid))
                Directory.Delete(d, recursive: true);
        }
        foreach (string f in Directory.EnumerateFiles(dir, ".*.partial*")) AtomicFile.TryDelete(f);
    }

    private static bool Running(int pid)
    {
        try { using var p = Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    /// <summary>The highest folder on the way to <paramref name="dir"/> that does not exist yet (null when <paramref name="dir"/> exists).</summary>
    private static string? HighestMissing(string dir)
    {
        string? missing = null;
        for (string? d = dir; d != null && !Directory.Exists(d) && !File.Exists(d); d = Path.GetDirectoryName(d)) missing = d;
        return missing;
    }
}
