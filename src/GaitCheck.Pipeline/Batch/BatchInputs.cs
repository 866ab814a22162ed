using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;

namespace GaitCheck.Pipeline.Batch;

/// <summary>One input of a batch, the name of its output folder, and what a manifest row states about it (null: nothing).</summary>
public sealed record BatchInput(string Path, string Name, InputOptions? Options = null);

/// <summary>
/// Expands batch arguments into inputs: a folder gives its video files (recursively, sorted ordinally; symbolic links
/// followed, each real folder once, so a link loop ends). Hidden names are videos like any other ("...mp4" too); only
/// what is certainly not a recording is left out, with a note: macOS's AppleDouble companions ("._clip.mp4", known by
/// their magic number, not their name alone) and GaitCheck's own staging folders and temporary files. a list file (.txt, .lst, .list, a regular
/// file) gives one path per line (blank lines and # comments skipped, relative paths taken from the list's folder);
/// a manifest (.csv, <see cref="BatchManifest"/>) gives its rows' paths and per-input options;
/// anything else is an input itself (a missing one fails in its own row). Nothing inside the batch's own output
/// folder is ever read, whoever names it: such paths are skipped and counted in a note. Output folder names come
/// from <see cref="OutputName"/>.
/// </summary>
public static class BatchInputs
{
    public static readonly IReadOnlySet<string> VideoExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi" };

    public static readonly IReadOnlySet<string> ListExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".lst", ".list" };

    /// <param name="args">Videos, folders and list files as given on the command line.</param>
    /// <param name="outRoot">The batch's --out folder: nothing inside it is taken as an input.</param>
    /// <param name="note">Receives one line when paths inside <paramref name="outRoot"/> were skipped.</param>
    public static IReadOnlyList<BatchInput> Expand(IEnumerable<string> args, string? outRoot = null, Action<string>? note = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var paths = new List<string>();
        var options = new Dictionary<string, InputOptions>(StringComparer.Ordinal);
        int companions = 0;
        foreach (string a in args)
        {
            if (string.IsNullOrWhiteSpace(a)) throw new GaitCheckException(ExitCode.Usage, "an input path is empty");
            if (Directory.Exists(a)) paths.AddRange(VideosIn(a, ref companions));
            else if (ListExtensions.Contains(System.IO.Path.GetExtension(a)) && FileType.Of(a) != FileKind.Missing) paths.AddRange(ReadList(a));
            else if (IsManifest(a))
                foreach (var (p, o) in BatchManifest.Read(a))
                {
                    if (!options.TryAdd(p, o)) throw new GaitCheckException(ExitCode.Usage, $"{p} is listed in two manifests");
                    paths.Add(p);
                }
            else paths.Add(System.IO.Path.GetFullPath(a));
        }
        var unique = paths.Distinct(StringComparer.Ordinal).ToList();
        if (companions > 0)
            note?.Invoke($"batch: {Inv.I(companions)} macOS AppleDouble companion file(s) (._name, metadata, not video) skipped in the input folders");
        if (outRoot != null)
        {
            int before = unique.Count;
            unique.RemoveAll(p => FileType.IsInside(p, outRoot));
            if (unique.Count < before)
                note?.Invoke($"batch: {Inv.I(before - unique.Count)} input(s) inside the output folder {outRoot} skipped (a batch never reads its own outputs)");
        }
        var names = OutputName.Assign(unique);
        return unique.Select((p, i) => new BatchInput(p, names[i], options.GetValueOrDefault(p))).ToList();
    }

    private static bool IsManifest(string arg) =>
        System.IO.Path.GetExtension(arg).Equals(".csv", StringComparison.OrdinalIgnoreCase) && FileType.Of(arg) != FileKind.Missing;

    /// <summary>Video files under <paramref name="root"/>, sorted; AppleDouble companions counted, not returned; each real folder visited once.</summary>
    private static List<string> VideosIn(string root, ref int companions)
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
                    if (IsAppleDouble(f)) companions++;
                    else if (!IsOwnTemporary(f)) found.Add(f);
                foreach (string d in Directory.EnumerateDirectories(dir))
                    if (!System.IO.Path.GetFileName(d).StartsWith(StagedOutput.StagingPrefix, StringComparison.Ordinal) && FileType.Of(d) == FileKind.Directory)
                        stack.Push(d);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read folder {dir}: {IoError.Reason(e)}", e);
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>A macOS AppleDouble file ("._name": the resource fork and Finder data a Mac writes beside a file on a foreign file system).</summary>
    private static bool IsAppleDouble(string path)
    {
        if (!System.IO.Path.GetFileName(path).StartsWith("._", StringComparison.Ordinal) || FileType.Of(path) != FileKind.Regular) return false;
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            Span<byte> magic = stackalloc byte[4];
            return fs.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual(stackalloc byte[] { 0x00, 0x05, 0x16, 0x07 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; } // not readable: its own row will say so
    }

    /// <summary>A temporary file of an interrupted GaitCheck run (".overlay.partial.mp4"), never a recording.</summary>
    private static bool IsOwnTemporary(string path)
    {
        string name = System.IO.Path.GetFileName(path);
        return name.StartsWith('.') && name.Contains(".partial", StringComparison.Ordinal);
    }

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
