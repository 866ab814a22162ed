using System.Text.Json;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>A rendered clip wearing the frontal protocol's green stickers, analysed once with `analyze --markers auto` (lite model).</summary>
public sealed class MarkerClipFixture
{
    public MarkerClipFixture()
    {
        Dir = RepoPaths.Actual("markers-e2e");
        if (Directory.Exists(Dir)) Directory.Delete(Dir, true);
        var synth = CliRunner.Run("synth", "--scenario", "sls-frontal-valgus-left", "--markers", "green", "--reps", "2", "--valgus", "24", "--pelvic-drop", "7",
            "--out", Dir, "--name", "mk");
        if (synth.Code != 0) throw new InvalidOperationException("rendering the marker clip failed: " + synth);
        var r = CliRunner.Run("analyze", Path.Combine(Dir, "mk.mp4"), "--markers", "auto", "--out", Out, "--model", "lite", "--no-overlay");
        (AnalysisCode, AnalysisText) = (r.Code, r.ToString());
    }

    /// <summary>The rendered clip and its truth files (mk.*).</summary>
    public string Dir { get; }
    /// <summary>The analysis folder.</summary>
    public string Out => Path.Combine(Dir, "out");
    /// <summary>The analysis's exit code, and its exit code and output as text for a failure message.</summary>
    public int AnalysisCode { get; }
    public string AnalysisText { get; }
}

/// <summary>
/// `analyze --markers auto` on a rendered clip wearing the frontal protocol's stickers: the protocol angles come from
/// the markers, within 1° of the marker truth, labelled, with the markerless values beside them; `analyze-keypoints
/// --markers` on the saved keypoints and markers.csv gives the same marker values; and a clip without stickers yields
/// no markers, only a note.
/// </summary>
public class MarkerEndToEndTests(MarkerClipFixture clip) : IClassFixture<MarkerClipFixture>
{
    [Fact]
    public void Analyze_with_markers_reports_the_protocol_angles_beside_the_markerless_ones()
    {
        Assert.True(clip.AnalysisCode == 0, clip.AnalysisText);
        string o = clip.Out;
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(clip.Dir, "mk.markers.truth.json")));
        using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(o, "result.json")));
        foreach (var metric in new[] { "fppa", "pelvic_drop" })
        {
            double expected = truth.RootElement.GetProperty("values").EnumerateArray()
                .Where(v => v.GetProperty("metric").GetString() == metric).Average(v => v.GetProperty("value").GetDouble());
            var m = result.RootElement.GetProperty("metrics").EnumerateArray().Single(x => x.GetProperty("id").GetString() == metric);
            var markers = m.GetProperty("markers");
            Assert.Equal("frontal", markers.GetProperty("protocol").GetString());
            Assert.Equal("green", markers.GetProperty("colour").GetString());
            double measured = m.GetProperty("sides")[0].GetProperty("mean").GetDouble();
            Assert.True(Math.Abs(measured - expected) <= 1.0, $"{metric}: markers {measured}, marker truth {expected:F2}");
        }
        Assert.True(Exports.ResultSchemaTests.Schema.Evaluate(result.RootElement).IsValid, "result.json with markers follows the schema");
        var tracking = result.RootElement.GetProperty("markerTracking").EnumerateArray().ToList();
        Assert.Equal(8, tracking.Count);
        // The pelvis and stance-leg stickers. The lifted leg's ankle sticker turns edge-on at 720p, and its thigh and knee
        // stickers are identified only while their whole chain is in view, so the lifted leg is not held to this.
        Assert.All(tracking.Where(t => t.GetProperty("id").GetString() is "L_ASIS" or "R_ASIS" or "L_THIGH" or "L_KNEE" or "L_ANKLE"),
            t => Assert.True(t.GetProperty("trackedFraction").GetDouble() >= 0.9, t.ToString()));
        string html = File.ReadAllText(Path.Combine(o, "report.html"));
        Assert.Contains("measured from skin markers (protocol frontal, green)", html, StringComparison.Ordinal);
        Assert.Contains("Appendix: skin-marker placement guide", html, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(o, "markers.csv"));
        Assert.Equal("frame,time_s,marker,x_px,y_px,diameter_px,colour", csv[0]);
        Assert.True(csv.Length > 8 * 100, "one row per frame and marker");
    }

    [Fact]
    public void Analyze_keypoints_with_the_saved_markers_gives_the_same_marker_values()
    {
        Assert.True(clip.AnalysisCode == 0, clip.AnalysisText);
        string rerun = Path.Combine(clip.Dir, "rerun");
        if (Directory.Exists(rerun)) Directory.Delete(rerun, true);
        var r = CliRunner.Run("analyze-keypoints", Path.Combine(clip.Out, "keypoints.json"), "--markers", Path.Combine(clip.Out, "markers.csv"), "--out", rerun);
        Assert.True(r.Code == 0, r.ToString());

        using var original = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(clip.Out, "result.json")));
        using var again = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(rerun, "result.json")));
        var before = MarkerMetrics(original.RootElement);
        Assert.Equal(["fppa", "pelvic_drop"], before.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, MarkerMetrics(again.RootElement));
        // Tracking: the same markers and fractions; the mean blob size to the 0.01 px markers.csv holds.
        var tracked = original.RootElement.GetProperty("markerTracking").EnumerateArray().ToList();
        var reread = again.RootElement.GetProperty("markerTracking").EnumerateArray().ToList();
        Assert.Equal(tracked.Select(t => (t.GetProperty("id").GetString(), t.GetProperty("trackedFraction").GetDouble())),
            reread.Select(t => (t.GetProperty("id").GetString(), t.GetProperty("trackedFraction").GetDouble())));
        Assert.All(tracked.Zip(reread), p => Assert.Equal(p.First.GetProperty("meanDiameterPx").GetDouble(), p.Second.GetProperty("meanDiameterPx").GetDouble(), 0.0051));
        Assert.True(Exports.ResultSchemaTests.Schema.Evaluate(again.RootElement).IsValid, "the rerun's result.json follows the schema");
    }

    /// <summary>Each metric measured from markers: its per-side summary, its marker block (protocol, colour, markerless values) and its value in each rep, as JSON text.</summary>
    private static Dictionary<string, string> MarkerMetrics(JsonElement result) =>
        result.GetProperty("metrics").EnumerateArray().Where(m => m.TryGetProperty("markers", out _)).Select(m => m.GetProperty("id").GetString()!)
            .ToDictionary(id => id, id =>
            {
                var m = result.GetProperty("metrics").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
                var reps = result.GetProperty("reps").EnumerateArray().Select(r => r.GetProperty("values").TryGetProperty(id, out var v) ? v.GetRawText() : "-");
                return string.Join("\n", [m.GetProperty("sides").GetRawText(), m.GetProperty("markers").GetRawText(), .. reps]);
            });

    [Fact]
    public void A_clip_without_stickers_gets_no_markers_only_a_note()
    {
        string o = RepoPaths.Actual("markers-none");
        if (Directory.Exists(o)) Directory.Delete(o, true);
        var r = CliRunner.Run("analyze", Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.mp4"), "--markers", "auto", "--out", o, "--model", "lite", "--no-overlay");
        Assert.True(r.Code == 0, r.ToString());
        using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(o, "result.json")));
        Assert.All(result.RootElement.GetProperty("metrics").EnumerateArray(), m => Assert.False(m.TryGetProperty("markers", out _)));
        Assert.False(result.RootElement.TryGetProperty("markerTracking", out _));
        Assert.Contains(result.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Skin markers: no sticker colour found", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(o, "markers.csv")));
    }

    [Fact]
    public void An_unknown_marker_colour_is_a_usage_error()
    {
        var r = CliRunner.Run("analyze", Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.mp4"), "--markers", "purple", "--out", RepoPaths.Actual("markers-bad"));
        Assert.Equal(2, r.Code);
        Assert.Contains("markers must be none, auto, green, orange, pink, blue", r.Err, StringComparison.Ordinal);
    }
}
