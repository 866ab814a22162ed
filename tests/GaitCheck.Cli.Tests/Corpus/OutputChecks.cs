using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Reporting.Csv;
using GaitCheck.Video;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>
/// What an output folder may look like after any run, good or bad: no hidden or temporary file, no folder the run
/// left without its completion marker, and no file cut short (JSON parses, CSV rows are whole, PNGs end with IEND,
/// the report ends with &lt;/html&gt;, an overlay decodes to as many frames as its keypoints.json has).
/// </summary>
internal static class OutputChecks
{
    /// <summary>A PNG's last chunk: IEND and its CRC.</summary>
    private static ReadOnlySpan<byte> PngEnd => [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>Snapshots of the folders a run may finish (the output folder and, for a batch, each folder in it), taken before the run.</summary>
    public static Dictionary<string, TreeSnapshot> SnapshotFolders(string outDir) =>
        !Directory.Exists(outDir) ? [] : Directory.EnumerateDirectories(outDir).Append(outDir).ToDictionary(d => d, d => TreeSnapshot.Take(d));

    /// <summary>
    /// Fails unless <paramref name="outDir"/>, written by <paramref name="verb"/>, holds only finished results. Folders
    /// that were there before and that the run left exactly as they were (<paramref name="before"/>) are not its results.
    /// </summary>
    public static void AssertNothingHalfDone(string outDir, string verb, IReadOnlyDictionary<string, TreeSnapshot> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        if (!Directory.Exists(outDir)) return;
        var hidden = Directory.EnumerateFileSystemEntries(outDir, ".*", SearchOption.AllDirectories).ToList();
        Assert.True(hidden.Count == 0, "hidden or temporary entries left: " + string.Join(", ", hidden));
        foreach (var folder in FinishedFolders(outDir, verb))
        {
            if (before.TryGetValue(folder, out var was) && TreeSnapshot.Diff(was, TreeSnapshot.Take(folder)).Length == 0) continue;
            AssertComplete(folder, verb);
            foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) AssertWhole(f);
        }
        if (verb == "batch") foreach (var f in Directory.EnumerateFiles(outDir)) AssertWhole(f);
    }

    private static IEnumerable<string> FinishedFolders(string outDir, string verb) => verb switch
    {
        "batch" => Directory.EnumerateDirectories(outDir),
        _ => [outDir],
    };

    private static void AssertComplete(string folder, string verb)
    {
        string marker = verb switch { "pose" => "keypoints.json", "analyze-keypoints" => "result.json", _ => "report.html" };
        Assert.True(File.Exists(Path.Combine(folder, marker)), $"{folder} exists without {marker}: it could be taken for a result");
        if (marker == "report.html") Assert.True(File.Exists(Path.Combine(folder, "result.json")), $"{folder} has report.html but no result.json");
    }

    private static void AssertWhole(string file)
    {
        byte[] bytes = File.ReadAllBytes(file);
        switch (Path.GetExtension(file))
        {
            case ".json":
                using (JsonDocument.Parse(bytes)) { }
                break;
            case ".csv":
                var lines = File.ReadAllText(file).Split('\n');
                Assert.True(lines[^1] == "", file + " does not end with a line break");
                int columns = CsvLine.Split(lines[0]).Count;
                foreach (var l in lines[1..^1]) Assert.True(CsvLine.Split(l).Count == columns, $"{file}: a row is cut short: {l}");
                break;
            case ".png":
                Assert.True(bytes.AsSpan().EndsWith(PngEnd), file + " is cut short (no IEND)");
                break;
            case ".html":
                Assert.True(File.ReadAllText(file).TrimEnd().EndsWith("</html>", StringComparison.Ordinal), file + " is cut short");
                break;
            case ".mp4":
                int frames = VideoCheck.CountDecodableFrames(file);
                using (var kp = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(file)!, "keypoints.json"))))
                    Assert.True(frames == kp.RootElement.GetProperty("frames").GetArrayLength(), $"{file} decodes to {frames} frames, keypoints.json has more");
                break;
        }
    }
}
