using GaitCheck.Core;

namespace GaitCheck.Pipeline.Batch;

/// <summary>One input of a batch and the name of its output folder.</summary>
public sealed record BatchInput(string Path, string Name);

/// <summary>
/// Expands batch arguments into inputs: a folder gives its video files (recursively, sorted ordinally; hidden files
/// and folders skipped with a note, so macOS's "._clip.mp4" companions do not fail as corrupt videos; symbolic links
/// followed, each real folder once, so a link loop ends); a list file (.txt, .lst, .list, a regular
/// file) gives one path per line (blank lines and # comments skipped, relative paths taken from the list's folder);
/// anything else is an input itself (a missing one fails in its own row). Nothing inside the batch's own output
/// folder is ever read, whoever names it: such paths are skipped and counted in a note. Output folder names come
/// from <see cref="OutputName"/>.
/// </summary>
public static class BatchInputs
{
    public static readonly IReadOnlySet<string> VideoExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi" };

    public static readonly IReadOnlySet<string> ListExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".lst", ".list" };

    /// <param name="outRoot">The batch's --out folder: nothing inside it is taken as an input.</param>
    /// <param name="note">Receives one line when paths inside <paramref name="outRoot"/> were skipped.</param>
    public static IReadOnlyList<BatchInput> Expand(IEnumerable<string> args, string? outRoot = null, Action<string>? note = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var paths = new List<string>();
        int hidden = 0;
        foreach (string a in args)
        {
            if (string.IsNullOrWhiteSpace(a)) throw new GaitCheckException(ExitCode.Usage, "an input path is empty");
            if (Directory.Exists(a)) paths.AddRange(VideosIn(a, ref hidden));
            else if (ListExtensions.Contains(System.IO.Path.GetExtension(a)) && FileType.Of(a) != FileKind.Missing) paths.AddRange(ReadList(a));
            else paths.Add(System.IO.Path.GetFullPath(a));
        }
        var unique = paths.Distinct(StringComparer.Ordinal).ToList();
        if (hidden > 0)
            note?.Invoke($"batch: {Inv.I(hidden)} hidden video file(s) skipped in the input folders (names starting with '.', such as macOS's ._ files; name them explicitly to include them)");
        if (outRoot != null)
        {
            int before = unique.Count;
            unique.RemoveAll(p => FileType.IsInside(p, outRoot));
            if (unique.Count < before)
                note?.Invoke($"batch: {Inv.I(before - unique.Count)} input(s) inside the output folder {outRoot} skipped (a batch never reads its own outputs)");
        }
        var names = OutputName.Assign(unique);
        return unique.Select((p, i) => new BatchInput(p, names[i])).ToList();
    }

    /// <summary>Video files under <paramref name="root"/>, sorted; hidden entries skipped (video files among them counted); each real folder visited once.</summary>
    private static List<string> VideosIn(string root, ref int hidden)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(System.IO.Path.GetFullPath(root));
        while (stack.Count > 0)
        {
            string dir = stack.Pop();
            if (!seen.Add(FileType.Resolve(dir))) continue; // a link back to a folder already walked
            try
            {
                foreach (string f in Directory.EnumerateFiles(dir).Where(f => VideoExtensions.Contains(System.IO.Path.GetExtension(f))))
                    if (Hidden(f)) hidden++; else found.Add(f);
                foreach (string d in Directory.EnumerateDirectories(dir))
                    if (!Hidden(d) && FileType.Of(d) == FileKind.Directory) stack.Push(d);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read folder {dir}: {IoError.Reason(e)}", e);
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool Hidden(string path) => System.IO.Path.GetFileName(path).StartsWith('.');

    private static IEnumerable<string> ReadList(string listPath)
    {
        string baseDir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(listPath))!;
        string text = InputFile.ReadAllText(listPath, "list file");
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.Contains('\0', StringComparison.Ordinal)) throw new GaitCheckException(ExitCode.Usage, $"list file {listPath} holds a path with a NUL character");
            yield return System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(line) ? line : System.IO.Path.Combine(baseDir, line));
        }
    }
}
