using System.Security.Cryptography;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>
/// Every entry under a folder (path, kind, size, modification time and a hash of each file's bytes; each folder's
/// modification time), minus the excluded sub-trees: two snapshots differ when something outside the excluded
/// folders was written, created, replaced, touched or removed.
/// </summary>
internal sealed class TreeSnapshot
{
    private readonly SortedDictionary<string, string> _entries = new(StringComparer.Ordinal);

    public static TreeSnapshot Take(string root, params string[] excluded)
    {
        var s = new TreeSnapshot();
        var skip = excluded.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        s.Walk(Path.GetFullPath(root), Path.GetFullPath(root), skip);
        return s;
    }

    private void Walk(string root, string dir, HashSet<string> skip)
    {
        var info = new DirectoryInfo(dir);
        // A folder's time changes when an entry is added or removed; not recorded for the parent of an excluded
        // folder, whose time changes when the excluded folder itself is created.
        bool parentOfExcluded = skip.Any(x => Path.GetDirectoryName(x) == dir);
        _entries[Path.GetRelativePath(root, dir) + "/"] = parentOfExcluded ? "dir" : "dir " + info.LastWriteTimeUtc.Ticks;
        foreach (var e in info.EnumerateFileSystemInfos())
        {
            if (skip.Contains(e.FullName)) continue;
            string rel = Path.GetRelativePath(root, e.FullName);
            if (e.LinkTarget is { } target) _entries[rel] = "link " + target;
            else if (e is DirectoryInfo) Walk(root, e.FullName, skip);
            else if (e is FileInfo f && Regular(f))
                _entries[rel] = $"file {f.Length} {f.LastWriteTimeUtc.Ticks} {Hash(f)}";
            else _entries[rel] = "special " + e.LastWriteTimeUtc.Ticks; // FIFO, socket, device: never opened
        }
    }

    private static bool Regular(FileInfo f) => GaitCheck.Core.FileType.Of(f.FullName) == GaitCheck.Core.FileKind.Regular;

    private static string Hash(FileInfo f)
    {
        try { using var s = f.OpenRead(); return Convert.ToHexString(SHA256.HashData(s))[..16]; }
        catch (UnauthorizedAccessException) { return "unreadable"; }
    }

    /// <summary>The entries that differ between <paramref name="before"/> and <paramref name="after"/>, one per line ("" when none).</summary>
    public static string Diff(TreeSnapshot before, TreeSnapshot after)
    {
        var lines = new List<string>();
        foreach (var (k, v) in before._entries)
            if (!after._entries.TryGetValue(k, out var w)) lines.Add("removed " + k);
            else if (v != w) lines.Add($"changed {k}: {v} -> {w}");
        foreach (var k in after._entries.Keys.Where(k => !before._entries.ContainsKey(k))) lines.Add("created " + k);
        return string.Join('\n', lines);
    }
}
