using System.Collections.Concurrent;

namespace GaitCheck.Core;

/// <summary>
/// Temporary files and staging folders that exist only while an output is being written. Writers register
/// them and unregister once committed or removed; when the process must exit before its threads unwind (a
/// second Ctrl+C, or a stop that outlasts its grace period), <see cref="DeleteAll"/> removes what is left,
/// so a forced exit leaves nothing half-written behind either.
/// </summary>
public static class PendingOutputs
{
    private static readonly ConcurrentDictionary<string, bool> Live = new(StringComparer.Ordinal);

    public static void Add(string path, bool isFolder = false) => Live[path] = isFolder;

    public static void Remove(string path) => Live.TryRemove(path, out _);

    /// <summary>Deletes every registered file and folder (best effort; an error on one does not stop the rest).</summary>
    public static void DeleteAll()
    {
        foreach (var (path, isFolder) in Live.ToArray())
        {
            try
            {
                if (isFolder) { if (Directory.Exists(path)) Directory.Delete(path, recursive: true); }
                else if (File.Exists(path)) File.Delete(path);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            Live.TryRemove(path, out _);
        }
    }
}
