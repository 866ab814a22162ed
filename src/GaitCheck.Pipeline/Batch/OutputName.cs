using System.Security.Cryptography;
using System.Text;

namespace GaitCheck.Pipeline.Batch;

/// <summary>
/// Names of a batch's per-input output folders, safe by construction: only letters, digits, '-' and '_' (every other
/// character, '.' included, becomes '_'), at most <see cref="MaxStemLength"/> characters, never empty. So a name can
/// never be "." or "..", never be hidden, never contain a path separator, and never equal one of the tool's own files
/// in the batch folder (batch-summary.csv and every temporary file have a '.'). Names are unique ignoring case (a
/// case-insensitive file system would merge "A" and "a"): inputs whose names collide get a short hash of their full
/// path appended, lengthened until no collision remains. The same inputs always get the same names (resume relies on it).
/// </summary>
public static class OutputName
{
    public const int MaxStemLength = 64;
    private static readonly int[] HashLengths = [8, 16, 64];

    /// <summary>The base name of one input: its file name without extension, made safe.</summary>
    public static string Base(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string stem = Path.GetFileNameWithoutExtension(path);
        var sb = new StringBuilder(Math.Min(stem.Length, MaxStemLength));
        foreach (char c in stem)
        {
            if (sb.Length == MaxStemLength) break;
            sb.Append((char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) || c is '-' or '_' ? c : '_');
        }
        return sb.Length == 0 ? "input" : sb.ToString();
    }

    /// <summary>Unique (ignoring case), stable folder names for distinct <paramref name="paths"/>, in the same order.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var names = paths.Select(Base).ToArray();
        var bases = names.ToArray();
        foreach (int len in HashLengths)
        {
            var clash = Clashing(names);
            if (clash.Count == 0) return names;
            foreach (int i in clash) names[i] = bases[i] + "-" + Hash(paths[i])[..len];
        }
        var still = Clashing(names);
        foreach (int i in still) names[i] += "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture); // identical paths only
        return names;
    }

    private static List<int> Clashing(string[] names) =>
        names.Select((n, i) => (n, i)).GroupBy(x => x.n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g.Select(x => x.i)).ToList();

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)));
}
