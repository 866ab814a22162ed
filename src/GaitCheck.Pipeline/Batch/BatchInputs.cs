using System.Security.Cryptography;
using System.Text;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.Batch;

/// <summary>One input of a batch and the name of its output folder.</summary>
public sealed record BatchInput(string Path, string Name);

/// <summary>
/// Expands batch arguments into inputs: a folder gives its video files (recursively, sorted ordinally);
/// a list file (.txt, .lst, .list) gives one path per line (blank lines and # comments skipped, relative paths
/// taken from the list's folder); anything else is an input itself (a missing one fails in its own row).
/// Output folder names are the file stems, made unique with a hash of the full path when two inputs share one,
/// so they are stable across runs (batch resume relies on this).
/// </summary>
public static class BatchInputs
{
    public static readonly IReadOnlySet<string> VideoExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi" };

    public static readonly IReadOnlySet<string> ListExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".lst", ".list" };

    public static IReadOnlyList<BatchInput> Expand(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var paths = new List<string>();
        foreach (string a in args)
        {
            if (Directory.Exists(a))
                paths.AddRange(Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories)
                    .Where(f => VideoExtensions.Contains(System.IO.Path.GetExtension(f)))
                    .Select(System.IO.Path.GetFullPath).Order(StringComparer.Ordinal));
            else if (File.Exists(a) && ListExtensions.Contains(System.IO.Path.GetExtension(a)))
                paths.AddRange(ReadList(a));
            else
                paths.Add(System.IO.Path.GetFullPath(a));
        }
        var unique = paths.Distinct(StringComparer.Ordinal).ToList();
        var stems = unique.GroupBy(Stem, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return unique.Select(p => new BatchInput(p, stems.Contains(Stem(p)) ? Stem(p) + "-" + ShortHash(p) : Stem(p))).ToList();
    }

    private static IEnumerable<string> ReadList(string listPath)
    {
        string baseDir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(listPath))!;
        string[] lines;
        try { lines = File.ReadAllLines(listPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read list file {listPath}: {e.Message}", e);
        }
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(line) ? line : System.IO.Path.Combine(baseDir, line));
        }
    }

    private static string Stem(string path)
    {
        string s = System.IO.Path.GetFileNameWithoutExtension(path);
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return sb.Length == 0 ? "input" : sb.ToString();
    }

    private static string ShortHash(string path) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..8];
}
