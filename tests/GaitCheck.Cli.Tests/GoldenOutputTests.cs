using System.Security.Cryptography;
using GaitCheck.Cli.Tests.Corpus;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>
/// Byte-identical outputs: result.json, the CSV tables, keypoints.json and the synthetic truth files of the committed
/// samples must not change unless a change in behaviour is meant. The goldens (Goldens/) were written by the build
/// before the architecture step of issue 12; large files are held as SHA-256 (Goldens/sha256.txt). A deliberate change
/// of output regenerates them (the commands are in each test) and says why in its commit.
/// Run as a child process from the repository root, so relative paths in the outputs are the ones a user gets.
/// </summary>
public class GoldenOutputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Goldens", name);

    [Theory]
    [InlineData("sls-frontal-valgus-left")]
    [InlineData("run-posterior")]
    public void Analyze_keypoints_result_json_is_byte_identical(string sample)
    {
        string o = Fresh("akp-" + sample);
        var r = ChildCli.Run(Limit, RepoPaths.Root, ["analyze-keypoints", $"sample-videos/{sample}.truth.keypoints.json", "--out", o]);
        Assert.True(r.Code == 0, r.ToString());
        AssertSameBytes(Golden($"akp-{sample}.result.json"), Path.Combine(o, "result.json"));
    }

    [Fact]
    public void Analyze_video_outputs_are_byte_identical()
    {
        string o = Fresh("analyze-run-posterior");
        var r = ChildCli.Run(Limit, RepoPaths.Root, ["analyze", "sample-videos/run-posterior.mp4", "--out", o, "--no-overlay"]);
        Assert.True(r.Code == 0, r.ToString());
        foreach (var f in new[] { "result.json", "summary.csv", "events.csv", "strides.csv" })
            AssertSameBytes(Golden("analyze-run-posterior." + f), Path.Combine(o, f));
        AssertHash("analyze-run-posterior/keypoints.json", Path.Combine(o, "keypoints.json"));
        AssertHash("analyze-run-posterior/keypoints.csv", Path.Combine(o, "keypoints.csv"));
    }

    [Fact]
    public void Synthetic_truth_files_are_byte_identical()
    {
        string o = Fresh("synth");
        var a = ChildCli.Run(Limit, RepoPaths.Root, ["synth", "-s", "sls-frontal-valgus-right", "--truth-only", "--out", o]);
        Assert.True(a.Code == 0, a.ToString());
        var b = ChildCli.Run(Limit, RepoPaths.Root,
            ["synth", "--movement", "Running", "--view", "Posterior", "--seconds", "2", "--truth-only", "--name", "runp", "--out", o]);
        Assert.True(b.Code == 0, b.ToString());
        AssertSameBytes(Golden("runp.truth.json"), Path.Combine(o, "runp.truth.json"));
        AssertSameBytes(Golden("runp.scenario.json"), Path.Combine(o, "runp.scenario.json"));
        AssertHash("synth/runp.truth.keypoints.json", Path.Combine(o, "runp.truth.keypoints.json"));
        AssertHash("synth/sls-frontal-valgus-right.truth.json", Path.Combine(o, "sls-frontal-valgus-right.truth.json"));
        AssertHash("synth/sls-frontal-valgus-right.truth.keypoints.json", Path.Combine(o, "sls-frontal-valgus-right.truth.keypoints.json"));
    }

    private static string Fresh(string name)
    {
        string o = Path.Combine(RepoPaths.Actual("golden"), name);
        if (Directory.Exists(o)) Directory.Delete(o, true);
        return o;
    }

    private static void AssertSameBytes(string golden, string actual)
    {
        string want = File.ReadAllText(golden), got = File.ReadAllText(actual);
        if (want == got) return;
        var w = want.Split('\n');
        var g = got.Split('\n');
        int line = Enumerable.Range(0, Math.Min(w.Length, g.Length)).FirstOrDefault(i => w[i] != g[i], Math.Min(w.Length, g.Length));
        Assert.Fail($"{Path.GetFileName(actual)} differs from {golden} at line {line + 1}:\n  want: {(line < w.Length ? w[line] : "<end>")}\n  got:  {(line < g.Length ? g[line] : "<end>")}");
    }

    private static void AssertHash(string key, string actual)
    {
        var want = File.ReadAllLines(Golden("sha256.txt")).Select(l => l.Split(' ')).Single(p => p[1] == key)[0];
        string got = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(actual)));
        Assert.True(want == got, $"{key}: SHA-256 {got} differs from the golden {want}");
    }
}
