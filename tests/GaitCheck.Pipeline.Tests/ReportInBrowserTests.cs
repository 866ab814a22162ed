using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pipeline.Compare;
using GaitCheck.Pipeline.Session;
using GaitCheck.Synth;
using GaitCheck.Synth.Scenarios;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Pipeline.Tests;

/// <summary>
/// The reports open in headless Chromium without a console error and with every image loaded (charts, key frames);
/// screenshots are saved under tests/actual/browser. The clip report is made from a small rendered synthetic squat
/// and its exact keypoints (no pose model: the video gives the key frames, blurred face and overlay).
/// </summary>
public sealed class ReportInBrowserTests(ITestOutputHelper output)
{
    private static readonly string Dir = RepoPaths.Actual("browser");

    /// <summary>A 640x360 two-rep left squat with valgus and pelvic drop, rendered once and kept (tests/actual is not committed).</summary>
    private static (string Video, string Keypoints) Squat()
    {
        var sc0 = ScenarioPresets.Sls("browser-sls-left", Side.Left, CameraPlacement.Frontal, 20, 8);
        var sc = sc0 with { Render = sc0.Render with { Width = 640, Height = 360 }, Squat = sc0.Squat with { Reps = 2 } };
        string inputs = Path.Combine(Dir, "inputs");
        string video = Path.Combine(inputs, sc.Name + ".mp4"), keypoints = Path.Combine(inputs, sc.Name + ".truth.keypoints.json");
        if (!File.Exists(video) || !File.Exists(keypoints)) SynthRunner.Run(sc, inputs);
        return (video, keypoints);
    }

    private void AssertClean(PageCheck c, int minImages)
    {
        output.WriteLine($"{c.Screenshot}: {c.Images} images, {c.BrokenImages.Count} broken, {c.Errors.Count} errors");
        Assert.Empty(c.Errors);
        Assert.Empty(c.BrokenImages);
        Assert.True(c.Images >= minImages, $"{c.Images} images, expected at least {minImages}");
        Assert.True(new FileInfo(c.Screenshot).Length > 10_000, "screenshot written");
    }

    [Fact]
    public void The_probe_sees_a_broken_image_and_a_console_error()
    {
        string page = Path.Combine(Dir, "broken.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><title>t</title></head><body><img alt=\"missing\" src=\"missing.png\">"
            + "<script>console.error('boom')</script></body></html>");
        var c = HeadlessChromium.Check(page, Path.Combine(Dir, "broken.png"));
        Assert.Equal(["missing"], c.BrokenImages);
        Assert.Contains(c.Errors, e => e.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(c.Errors, e => e.Contains("failed to load", StringComparison.Ordinal));
    }

    [Fact]
    public void Clip_session_and_compare_reports_load_cleanly_in_chromium()
    {
        var (video, keypoints) = Squat();
        string clip = Path.Combine(Dir, "clip");
        Directory.CreateDirectory(clip);
        var outcome = ClipPipeline.Finish(KeypointFile.Load(keypoints), video, clip, new AnalyzeSettings());
        Assert.NotEmpty(outcome.Document.KeyFrames);
        Assert.Contains("<caption>", File.ReadAllText(outcome.ReportPath), StringComparison.Ordinal);
        AssertClean(HeadlessChromium.Check(outcome.ReportPath, Path.Combine(Dir, "clip-report.png")), outcome.Document.KeyFrames.Count + 2);

        var session = SessionRun.Run(new SessionRequest { Clips = [new(keypoints, "squat-left")], SubjectId = "R07", Date = "2026-12-03" },
            Path.Combine(Dir, "session"), new AnalyzeSettings());
        AssertClean(HeadlessChromium.Check(session.ReportPath, Path.Combine(Dir, "session-report.png")), 2);

        var compare = CompareVisits.Run(session.JsonPath, Path.Combine(clip, "result.json"), Path.Combine(Dir, "compare"));
        AssertClean(HeadlessChromium.Check(compare.ReportPath, Path.Combine(Dir, "compare-report.png")), 1);
    }
}
