using System.Text.Json;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>
/// The demo's clip (the committed frontal single-leg-squat sample, as scripts/demo.sh picks it): the report names
/// the stance leg the scenario rendered, with its FPPA, under "Knee collapsing inward".
/// </summary>
public class DemoSampleTests
{
    [Fact]
    public void Demo_sample_report_names_the_scenario_valgus_side()
    {
        string clip = Directory.GetFiles(RepoPaths.SampleVideos, "*frontal*valgus*.mp4").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new FileNotFoundException("no frontal valgus single-leg-squat sample in " + RepoPaths.SampleVideos);
        using var scenario = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(clip, ".scenario.json")));
        string side = scenario.RootElement.GetProperty("squat").GetProperty("stance").GetString()!.ToLowerInvariant();
        string other = side == "left" ? "right" : "left";

        string o = Path.Combine(RepoPaths.Actual("cli-e2e"), "demo-sample");
        if (Directory.Exists(o)) Directory.Delete(o, true);
        var r = CliRunner.Run("analyze", clip, "--out", o, "--model", "lite", "--no-overlay");
        Assert.True(r.Code == 0, r.ToString());
        Assert.Contains($"single-leg-squat ({side} stance)", r.Out, StringComparison.Ordinal);

        using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(o, "result.json")));
        var fppa = result.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "fppa");
        var sides = fppa.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("side").GetString()).ToList();
        Assert.Equal([side], sides);

        string html = File.ReadAllText(Path.Combine(o, "report.html"));
        Assert.Contains($"stance leg <span class=\"{side}\">{side}</span>", html, StringComparison.Ordinal);
        int at = html.IndexOf("<h3>Knee collapsing inward</h3>", StringComparison.Ordinal);
        int end = html.IndexOf("<h3>", at + 4, StringComparison.Ordinal);
        Assert.True(at >= 0 && end > at, "the knee-collapse driver section is in the report");
        string block = html[at..end];
        Assert.Contains($"<span class=\"{side}\">{side}</span> side", block, StringComparison.Ordinal);
        Assert.DoesNotContain($"<span class=\"{other}\">{other}</span> side", block, StringComparison.Ordinal);
        Assert.Contains("data:image/jpeg;base64,", html, StringComparison.Ordinal); // key frames at the rep bottoms
    }
}
