namespace GaitCheck.Core;

/// <summary>
/// Writes files so that a reader never sees a half-written one: content goes to a temporary sibling,
/// is flushed to disk, then renamed over the target. On failure the temporary file is removed and the
/// error becomes <see cref="ExitCode.OutputFailed"/>. Temporary files are registered with
/// <see cref="PendingOutputs"/> while they exist, so a forced exit removes them too.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string full = System.IO.Path.GetFullPath(path);
        string dir = System.IO.Path.GetDirectoryName(full)!;
        string tmp = System.IO.Path.Combine(dir, "." + System.IO.Path.GetFileName(full) + "." + Environment.ProcessId + ".partial");
        PendingOutputs.Add(tmp);
        try
        {
            Directory.CreateDirectory(dir);
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(fs);
                fs.Flush(flushToDisk: true);
            }
            File.Move(tmp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(tmp);
            throw CannotWrite(path, e);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
        finally
        {
            PendingOutputs.Remove(tmp);
        }
    }

    public static void WriteAllText(string path, string text) =>
        Write(path, s => { using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true); w.Write(text); });

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        Write(path, s => s.Write(copy));
    }

    /// <summary>
    /// A temporary path beside <paramref name="path"/> for producers that must write by file name (video writers),
    /// registered with <see cref="PendingOutputs"/>; commit with <see cref="Commit"/> or remove with <see cref="TryDelete"/>.
    /// </summary>
    public static string TempPathFor(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        string name = System.IO.Path.GetFileNameWithoutExtension(full);
        string ext = System.IO.Path.GetExtension(full);
        string tmp = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, "." + name + ".partial" + ext);
        PendingOutputs.Add(tmp);
        return tmp;
    }

    public static void Commit(string tempPath, string path)
    {
        try { File.Move(tempPath, path, overwrite: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(tempPath);
            throw CannotWrite(path, e);
        }
        PendingOutputs.Remove(tempPath);
    }

    public static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        PendingOutputs.Remove(path);
    }

    /// <summary>The OutputFailed error for a file that could not be written ("disk full" named as such).</summary>
    public static GaitCheckException CannotWrite(string path, Exception e) =>
        new(ExitCode.OutputFailed, $"cannot write {path}: {IoError.Reason(e)}", e);
}
