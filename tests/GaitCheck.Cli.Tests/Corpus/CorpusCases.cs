using GaitCheck.Core;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>
/// The bad-input corpus (issue 9): every hostile input from the issue plus the usual ones, each with the exit code
/// the README documents for it. Videos run with the lite model and without overlay unless the overlay is the point.
/// </summary>
public static class CorpusCases
{
    private const double Analysis = 60; // seconds allowed for a case that runs the pose model (2-core machine, busy)
    private static readonly string[] Fast = ["--model", "lite", "--no-overlay"];

    private static string[] Analyze(CaseSandbox s, string video, params string[] more) => ["analyze", video, "--out", s.Out, .. Fast, .. more];
    private static string[] Keypoints(CaseSandbox s, string file) => ["analyze-keypoints", s.In.P(file), "--out", s.Out];
    private static string[] Config(CaseSandbox s, string file) => Analyze(s, s.In.Person, "--config", s.In.P(file));

    internal static readonly IReadOnlyList<CorpusCase> All =
    [
        // Not a decodable video: 4 (BadVideo)
        new("empty-file", ExitCode.BadVideo, s => Analyze(s, s.In.P("empty.mp4"))) { Mentions = "empty" },
        new("random-bytes", ExitCode.BadVideo, s => Analyze(s, s.In.P("random.mp4"))) { Mentions = "cannot be decoded" },
        new("text-named-mp4", ExitCode.BadVideo, s => Analyze(s, s.In.P("text.mp4"))),
        new("no-moov-index", ExitCode.BadVideo, s => Analyze(s, s.In.P("no-moov.mp4"))),
        new("audio-only-m4a", ExitCode.BadVideo, s => Analyze(s, s.In.P("audio-only.m4a"))) { Mentions = "audio only" },
        new("audio-only-mp4", ExitCode.BadVideo, s => Analyze(s, s.In.P("audio-only.mp4"))) { Mentions = "audio only" },
        new("still-png-renamed", ExitCode.BadVideo, s => Analyze(s, s.In.P("still-png.mp4"))) { Mentions = "still image" },
        new("still-jpeg-renamed", ExitCode.BadVideo, s => Analyze(s, s.In.P("still-jpg.mov"))) { Mentions = "still image" },
        new("one-frame", ExitCode.BadVideo, s => Analyze(s, s.In.P("one-frame.mp4")), Seconds: Analysis) { Mentions = "single frame" },
        new("one-by-one-pixel", ExitCode.BadVideo, s => Analyze(s, s.In.P("1x1.mp4")), Seconds: Analysis),
        new("truncated-10pct", ExitCode.BadVideo, s => Analyze(s, s.In.P("truncated-10.mp4")), Seconds: Analysis),

        // Truncated but decodable in part: analysed up to the last frame, with a warning: 0
        new("truncated-50pct", ExitCode.Ok, s => Analyze(s, s.In.P("truncated-50.mp4")), Stderr.Warning, Analysis) { Mentions = "truncated" },
        new("truncated-90pct", ExitCode.Ok, s => Analyze(s, s.In.P("truncated-90.mp4")), Stderr.Warning, Analysis) { Mentions = "truncated" },
        new("zero-timestamps", ExitCode.Ok, s => Analyze(s, s.In.P("zero-timestamps.mkv")), Stderr.Warning, Analysis) { Mentions = "rebuilt from the frame index" },
        new("zero-timestamps-pose", ExitCode.Ok, s => ["pose", s.In.P("zero-timestamps.mkv"), "--out", s.Out, .. Fast], Stderr.Warning, Analysis) { Mentions = "rebuilt from the frame index" },
        new("rotation-tag-45", ExitCode.Ok, s => Analyze(s, s.In.P("rotated-45.mp4")), Stderr.Warning, Analysis) { Mentions = "not a multiple of 90" },

        // No person: 5
        new("no-person", ExitCode.NoPerson, s => Analyze(s, s.In.P("no-person.mp4")), Seconds: Analysis) { Mentions = "no person" },
        new("64x4000", ExitCode.NoPerson, s => Analyze(s, s.In.P("64x4000.mp4")), Seconds: Analysis),

        // Not a regular, readable file: 3
        new("missing-file", ExitCode.InputNotFound, s => Analyze(s, Path.Combine(s.Root, "absent.mp4"))) { Mentions = "not found" },
        new("directory", ExitCode.InputNotFound, s => Analyze(s, s.Root)) { Mentions = "folder" },
        new("fifo", ExitCode.InputNotFound, s => Analyze(s, s.Fifo("pipe.mp4"))) { Mentions = "named pipe" },
        new("dev-zero", ExitCode.InputNotFound, s => Analyze(s, "/dev/zero")) { Mentions = "character device" },
        new("socket", ExitCode.InputNotFound, s => Analyze(s, s.Socket("sock.mp4"))) { Mentions = "socket" },
        new("symlink-loop", ExitCode.InputNotFound, s =>
        {
            File.CreateSymbolicLink(Path.Combine(s.Root, "b.mp4"), Path.Combine(s.Root, "a.mp4"));
            return Analyze(s, File.CreateSymbolicLink(Path.Combine(s.Root, "a.mp4"), Path.Combine(s.Root, "b.mp4")).FullName);
        }) { Mentions = "link loop" },
        new("dangling-symlink", ExitCode.InputNotFound, s => Analyze(s, File.CreateSymbolicLink(Path.Combine(s.Root, "gone.mp4"), Path.Combine(s.Root, "nowhere.mp4")).FullName)) { Mentions = "missing file" },
        new("unreadable-file", ExitCode.InputNotFound, s =>
        {
            string f = s.Copy("person.mp4", "secret.mp4");
            if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("the corpus runs on Linux");
            File.SetUnixFileMode(f, UnixFileMode.None);
            return Analyze(s, f);
        }) { Mentions = "permission denied", WithoutRootOverride = true },

        // Hostile names and paths
        new("at-sign-is-a-plain-path", ExitCode.NoPerson, s =>
        {
            s.Write("clip.mp4", $"--out\n{Path.Combine(s.Root, "evil")}\n"); // what a response file would have expanded to
            s.Copy("no-person.mp4", "@clip.mp4");
            return ["analyze", "@clip.mp4", "--out", s.Out, .. Fast];
        }, Seconds: Analysis) { Mentions = "@clip.mp4" },
        new("input-is-an-output-file", ExitCode.Usage, s =>
        {
            Directory.CreateDirectory(s.Out);
            return Analyze(s, s.Copy("person.mp4", "out/overlay.mp4"));
        }) { Mentions = "would overwrite the input" },
        new("keypoints-input-is-the-result", ExitCode.Usage, s =>
        {
            Directory.CreateDirectory(s.Out);
            return ["analyze-keypoints", s.Copy("keypoints.json", "out/result.json"), "--out", s.Out];
        }) { Mentions = "would overwrite the input" },

        // Output problems: 9 (and 2 for an empty --out)
        new("out-empty-string", ExitCode.Usage, s => ["analyze", s.In.Person, "--out", ""]) { Mentions = "--out is empty" },
        new("out-under-a-file", ExitCode.OutputFailed, s => ["analyze", s.In.Person, "--out", Path.Combine(s.Write("plain.txt", "x"), "out"), .. Fast]),
        new("out-is-dev-null", ExitCode.OutputFailed, s => ["analyze", s.In.Person, "--out", "/dev/null", .. Fast]) { Mentions = "not a folder" },
        new("out-read-only", ExitCode.OutputFailed, s =>
        {
            s.MountOut("1m", readOnly: true);
            return ["analyze", s.In.Person, "--out", Path.Combine(s.Out, "report"), .. Fast];
        }) { Mentions = "read-only" },
        new("out-full-disk", ExitCode.OutputFailed, s =>
        {
            s.MountOut("300k", readOnly: false); // room for the keypoints, not for the overlay
            return ["analyze", s.In.Person, "--out", Path.Combine(s.Out, "report"), "--model", "lite"];
        }, Seconds: Analysis) { Mentions = "cannot write" },

        // Numeric settings out of range, bad flags: 2
        new("start-negative", ExitCode.Usage, s => Analyze(s, s.In.Person, "--start", "-1")) { Mentions = "--start" },
        new("start-nan", ExitCode.Usage, s => Analyze(s, s.In.Person, "--start", "NaN")) { Mentions = "--start" },
        new("start-not-a-number", ExitCode.Usage, s => Analyze(s, s.In.Person, "--start", "soon")) { Mentions = "--start expects a number" },
        new("end-before-start", ExitCode.Usage, s => Analyze(s, s.In.Person, "--start", "1", "--end", "0.5")) { Mentions = "--end" },
        new("start-past-the-end", ExitCode.Usage, s => Analyze(s, s.In.Person, "--start", "3600")) { Mentions = "--start" },
        new("person-huge", ExitCode.Usage, s => Analyze(s, s.In.Person, "--person", "1e9,5")) { Mentions = "--person" },
        new("person-outside-frame", ExitCode.Usage, s => Analyze(s, s.In.Person, "--person", "5000,10"), Seconds: Analysis) { Mentions = "outside the 360x640" },
        new("unknown-flag", ExitCode.Usage, s => Analyze(s, s.In.Person, "--frobnicate")),
        new("jobs-1000", ExitCode.Usage, s => ["batch", s.In.Person, "--out", s.Out, "--jobs", "1000"]) { Mentions = "--jobs" },
        new("jobs-zero", ExitCode.Usage, s => ["batch", s.In.Person, "--out", s.Out, "--jobs", "0"]) { Mentions = "--jobs" },
        new("jobs-not-a-number", ExitCode.Usage, s => ["batch", s.In.Person, "--out", s.Out, "--jobs", "many"]) { Mentions = "--jobs expects a whole number" },

        // Config files: 2 (3 when it is not a readable file)
        new("config-threads-100000", ExitCode.Usage, s => Config(s, "cfg-threads-huge.json")) { Mentions = "'threads'" },
        new("config-threads-zero", ExitCode.Usage, s => Config(s, "cfg-threads-zero.json")) { Mentions = "'threads'" },
        new("config-threads-negative", ExitCode.Usage, s => Config(s, "cfg-threads-negative.json")) { Mentions = "'threads'" },
        new("config-start-string", ExitCode.Usage, s => Config(s, "cfg-start-string.json")) { Mentions = "'start'" },
        new("config-end-before-start", ExitCode.Usage, s => Config(s, "cfg-end-before-start.json")) { Mentions = "'end'" },
        new("config-unknown-key", ExitCode.Usage, s => Config(s, "cfg-unknown-key.json")) { Mentions = "'modle'" },
        new("config-not-json", ExitCode.Usage, s => Config(s, "cfg-not-json.json")) { Mentions = "not valid JSON" },
        new("config-array", ExitCode.Usage, s => Config(s, "cfg-array.json")) { Mentions = "JSON object" },
        new("config-is-a-fifo", ExitCode.InputNotFound, s => Analyze(s, s.In.Person, "--config", s.Fifo("config.json"))) { Mentions = "named pipe" },

        // Keypoint files: 10 naming the field
        new("keypoints-times-all-zero", ExitCode.BadKeypoints, s => Keypoints(s, "kp-times-zero.json")) { Mentions = "frames[1].t" },
        new("keypoints-times-backwards", ExitCode.BadKeypoints, s => Keypoints(s, "kp-times-backwards.json")) { Mentions = "frames[5].t" },
        new("keypoints-infinite-x", ExitCode.BadKeypoints, s => Keypoints(s, "kp-x-infinite.json")) { Mentions = "frames[0].x[0]" },
        new("keypoints-x-string", ExitCode.BadKeypoints, s => Keypoints(s, "kp-x-string.json")) { Mentions = "frames[3].x[4]" },
        new("keypoints-fps-zero", ExitCode.BadKeypoints, s => Keypoints(s, "kp-fps-zero.json")) { Mentions = "video.fps" },
        new("keypoints-fps-negative", ExitCode.BadKeypoints, s => Keypoints(s, "kp-fps-negative.json")) { Mentions = "video.fps" },
        new("keypoints-width-negative", ExitCode.BadKeypoints, s => Keypoints(s, "kp-width-negative.json")) { Mentions = "video.width" },
        new("keypoints-no-frames-key", ExitCode.BadKeypoints, s => Keypoints(s, "kp-no-frames-key.json")) { Mentions = "frames is missing" },
        new("keypoints-frames-empty", ExitCode.BadKeypoints, s => Keypoints(s, "kp-frames-empty.json")) { Mentions = "no frames" },
        new("keypoints-status-unknown", ExitCode.BadKeypoints, s => Keypoints(s, "kp-status-unknown.json")) { Mentions = "frames[2].status" },
        new("keypoints-not-json", ExitCode.BadKeypoints, s => Keypoints(s, "kp-not-json.json")) { Mentions = "not valid JSON" },
        new("keypoints-empty-file", ExitCode.BadKeypoints, s => Keypoints(s, "kp-empty.json")),
        new("keypoints-is-a-fifo", ExitCode.InputNotFound, s => ["analyze-keypoints", s.Fifo("k.json"), "--out", s.Out]) { Mentions = "named pipe" },

        // Batches: names that must stay inside --out, non-files in lists, the output inside the input folder
        new("batch-dot-names", ExitCode.Ok, s =>
        {
            // The issue's reproduction: a folder of hostile names, and ../summary.csv (the sentinel) beside --out.
            foreach (var n in new[] { "...mp4", "..mp4", ".mp4", "batch-summary.csv.mp4", "A.mp4", "a.mp4" }) s.Copy("person.mp4", "in/" + n);
            return ["batch", Path.Combine(s.Root, "in"), "--out", s.Out, .. Fast, "--jobs", "2"];
        }, Stderr.Silent, 3 * Analysis)
        {
            Check = (s, r) =>
            {
                var folders = Directory.GetDirectories(s.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
                Assert.Equal(["A-", "_", "__", "a-", "batch-summary_csv", "input"], folders.Select(f => f!.Length > 2 && f[1] == '-' ? f[..2] : f).ToArray());
                var rows = File.ReadAllLines(Path.Combine(s.Out, "batch-summary.csv"));
                Assert.Equal(7, rows.Length);
                Assert.All(rows.Skip(1), row => Assert.Contains(",ok,", row, StringComparison.Ordinal));
            },
        },
        new("batch-fifo-in-list", ExitCode.PartialBatch, s =>
        {
            s.Fifo("pipe.mp4");
            return ["batch", s.Write("list.txt", "pipe.mp4\n/dev/zero\n"), "--out", s.Out, .. Fast];
        }) { Mentions = "2 of 2 inputs failed" },
        new("batch-list-is-a-fifo", ExitCode.InputNotFound, s => ["batch", s.Fifo("list.txt"), "--out", s.Out, .. Fast]) { Mentions = "named pipe" },
        new("batch-out-inside-input", ExitCode.PartialBatch, s =>
        {
            s.Copy("no-person.mp4", "clip.mp4");
            s.Copy("random.mp4", "out/old/overlay.mp4"); // another run's output must not become an input
            return ["batch", s.Root, "--out", s.Out, .. Fast];
        }, Seconds: Analysis)
        {
            Mentions = "1 of 1 inputs failed",
            Check = (s, r) => Assert.Equal(2, File.ReadAllLines(Path.Combine(s.Out, "batch-summary.csv")).Length),
        },
    ];

    public static TheoryData<string> Names
    {
        get
        {
            var d = new TheoryData<string>();
            foreach (var c in All) d.Add(c.Name);
            return d;
        }
    }
}
