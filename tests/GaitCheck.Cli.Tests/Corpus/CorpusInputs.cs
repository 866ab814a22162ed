using System.Diagnostics;
using System.Text.Json.Nodes;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>
/// The bad-input corpus's files, generated once per test collection with ffmpeg from the committed sample clip
/// (1.5 s of it at 360x640, so each real analysis takes a second or two) and from its truth keypoints: truncated,
/// index-less, audio-only, still, one-frame, 1x1, 64x4000, no person, broken timing, a 45° tag; malformed keypoint
/// files and configs. Sandboxes per case are made by <see cref="CorpusCase"/>.
/// </summary>
public sealed class CorpusInputs
{
    public string Dir { get; } = Fresh(Path.Combine(RepoPaths.Actual("corpus"), "inputs"));
    public string Person => P("person.mp4");

    public CorpusInputs()
    {
        string src = Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.mp4");
        const string Enc = "-an -c:v libx264 -preset ultrafast -pix_fmt yuv420p";
        Ffmpeg($"-i \"{src}\" -t 1.5 -vf scale=360:640 {Enc} -movflags +faststart \"{Person}\"");
        Ffmpeg($"-i \"{src}\" -t 1.5 -vf scale=360:640 {Enc} \"{P("person-index-at-end.mp4")}\"");
        foreach (int pct in new[] { 10, 50, 90 }) Cut(Person, P($"truncated-{pct}.mp4"), pct / 100.0);
        Cut(P("person-index-at-end.mp4"), P("no-moov.mp4"), 0.5);
        File.WriteAllBytes(P("empty.mp4"), []);
        var random = new byte[64 * 1024];
        new Random(9).NextBytes(random);
        File.WriteAllBytes(P("random.mp4"), random);
        File.WriteAllText(P("text.mp4"), "this is not a video\n");
        Ffmpeg($"-f lavfi -i sine=frequency=440:duration=1 -c:a aac \"{P("audio-only.m4a")}\"");
        Ffmpeg($"-f lavfi -i sine=frequency=440:duration=1 -c:a aac \"{P("audio-only.mp4")}\"");
        Ffmpeg($"-i \"{Person}\" -frames:v 1 \"{P("still.png")}\"");
        File.Copy(P("still.png"), P("still-png.mp4"), overwrite: true);
        Ffmpeg($"-i \"{Person}\" -frames:v 1 \"{P("still.jpg")}\"");
        File.Copy(P("still.jpg"), P("still-jpg.mov"), overwrite: true);
        Ffmpeg($"-i \"{Person}\" -frames:v 1 {Enc} \"{P("one-frame.mp4")}\"");
        Ffmpeg($"-f lavfi -i color=c=gray:s=2x2:r=30 -t 1 -vf scale=1:1 -an -c:v mpeg4 \"{P("1x1.mp4")}\"");
        Ffmpeg($"-i \"{Person}\" -t 0.5 -vf scale=64:4000 {Enc} \"{P("64x4000.mp4")}\"");
        Ffmpeg($"-f lavfi -i testsrc=size=320x240:rate=30 -t 1 {Enc} \"{P("no-person.mp4")}\"");
        Ffmpeg($"-i \"{Person}\" -vf setpts=0 -fps_mode passthrough {Enc} \"{P("zero-timestamps.mkv")}\"");
        Ffmpeg($"-i \"{Person}\" -c copy -metadata:s:v:0 rotate=45 \"{P("rotated-45.mp4")}\"");
        WriteKeypointFiles();
        WriteConfigs();
    }

    public string P(string name) => Path.Combine(Dir, name);

    private void WriteKeypointFiles()
    {
        string valid = File.ReadAllText(Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.truth.keypoints.json"));
        File.WriteAllText(P("keypoints.json"), valid);
        Keypoints("kp-times-zero.json", d => { foreach (var f in d["frames"]!.AsArray()) f!["t"] = 0; });
        Keypoints("kp-times-backwards.json", d => d["frames"]![5]!["t"] = 0.01);
        Keypoints("kp-fps-zero.json", d => d["video"]!["fps"] = 0);
        Keypoints("kp-fps-negative.json", d => d["video"]!["fps"] = -30);
        Keypoints("kp-width-negative.json", d => d["video"]!["width"] = -720);
        Keypoints("kp-no-frames-key.json", d => d.AsObject().Remove("frames"));
        Keypoints("kp-frames-empty.json", d => d["frames"] = new JsonArray());
        Keypoints("kp-x-string.json", d => d["frames"]![3]!["x"]![4] = "left");
        Keypoints("kp-status-unknown.json", d => d["frames"]![2]!["status"] = "flying");
        // JSON has no literal for infinity: a number too large for a double stands for it.
        File.WriteAllText(P("kp-x-infinite.json"), ReplaceFirstX(valid, "1e400"));
        File.WriteAllText(P("kp-not-json.json"), valid[..(valid.Length / 2)]);
        File.WriteAllBytes(P("kp-empty.json"), []);

        void Keypoints(string name, Action<JsonNode> edit)
        {
            var doc = JsonNode.Parse(valid)!;
            edit(doc);
            File.WriteAllText(P(name), doc.ToJsonString());
        }
    }

    private static string ReplaceFirstX(string json, string value)
    {
        int at = json.IndexOf("\"x\":[", StringComparison.Ordinal) + 5;
        int end = json.IndexOf(',', at);
        return json[..at] + value + json[end..];
    }

    private void WriteConfigs()
    {
        File.WriteAllText(P("cfg-threads-huge.json"), """{ "threads": 100000 }""");
        File.WriteAllText(P("cfg-threads-zero.json"), """{ "threads": 0 }""");
        File.WriteAllText(P("cfg-threads-negative.json"), """{ "threads": -3 }""");
        File.WriteAllText(P("cfg-start-string.json"), """{ "start": "soon" }""");
        File.WriteAllText(P("cfg-end-before-start.json"), """{ "start": 1.0, "end": 0.5 }""");
        File.WriteAllText(P("cfg-unknown-key.json"), """{ "modle": "lite" }""");
        File.WriteAllText(P("cfg-not-json.json"), """{ "model": """);
        File.WriteAllText(P("cfg-array.json"), """[ "lite" ]""");
    }

    private static string Fresh(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static void Cut(string from, string to, double fraction)
    {
        byte[] all = File.ReadAllBytes(from);
        File.WriteAllBytes(to, all.AsSpan(0, (int)(all.Length * fraction)).ToArray());
    }

    private static void Ffmpeg(string args)
    {
        var psi = new ProcessStartInfo("ffmpeg", "-v error -y -nostdin " + args) { RedirectStandardError = true, UseShellExecute = false };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start ffmpeg (run scripts/setup.sh)");
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"ffmpeg {args} failed: {err}");
    }
}

[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusInputs>
{
    public const string Name = "bad-input corpus";
}
