using System.Text.Json;
using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pipeline.Compare;
using GaitCheck.Pipeline.Session;
using GaitCheck.Synth;
using GaitCheck.Synth.Scenarios;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

/// <summary>
/// `session` and `compare` on the synthetic mannequin's exact keypoints (no rendering or pose model: the structure,
/// comparisons and verdicts are what is tested): visit A neutral, visit B with 20° more knee valgus and 10° pelvic
/// drop on both squats and 5° more drop while running.
/// </summary>
public sealed class SessionAndCompareTests
{
    /// <summary>tests/actual/NAME and its inputs folder (created).</summary>
    private static (string Root, string Inputs) Folders(string name)
    {
        string root = RepoPaths.Actual(name);
        return (root, Directory.CreateDirectory(Path.Combine(root, "inputs")).FullName);
    }

    private static string Clip(string dir, Scenario sc)
    {
        string path = Path.Combine(dir, sc.Name + ".keypoints.json");
        if (!File.Exists(path)) KeypointFile.Save(SynthRunner.TruthOnly(sc, sc.Name + ".mp4").Keypoints, path);
        return path;
    }

    private static (string Dir, SessionOutcome Outcome) Visit(string name, float valgus, float drop, float runDrop, bool roles)
    {
        var (root, inputs) = Folders("session-" + name);
        var r0 = ScenarioPresets.Run(name + "-run", CameraPlacement.Posterior);
        var run = r0 with { Gait = r0.Gait with { PelvicDrop = runDrop } };
        string left = Clip(inputs, ScenarioPresets.Sls(name + "-sls-left", Side.Left, CameraPlacement.Frontal, valgus, drop));
        string right = Clip(inputs, ScenarioPresets.Sls(name + "-sls-right", Side.Right, CameraPlacement.Frontal, valgus, drop));
        string running = Clip(inputs, run);
        var q = new SessionRequest
        {
            // The run first: the report orders clips by role whatever the order they were given in.
            Clips = roles
                ? [new(running, "run-posterior"), new(left, "squat-left"), new(right, "squat-right")]
                : [new(running, null), new(left, null), new(right, null)],
            SubjectId = "R07", Date = name == "a" ? "2026-11-05" : "2026-12-03", PainfulSide = "left", TreadmillSpeedKmh = 10, Notes = "visit " + name,
        };
        string outDir = Path.Combine(root, "out");
        return (outDir, SessionRun.Run(q, outDir, new AnalyzeSettings()));
    }

    [Fact]
    public void Session_recognises_roles_compares_legs_and_synthesises_drivers()
    {
        var (dir, outcome) = Visit("b", valgus: 20, drop: 10, runDrop: 10, roles: false);
        Assert.True(File.Exists(outcome.ReportPath));
        using var doc = JsonDocument.Parse(File.ReadAllText(outcome.JsonPath));
        var root = doc.RootElement;
        Assert.Equal("gaitcheck-session/1", root.GetProperty("format").GetString());
        Assert.Equal("R07", root.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("left", root.GetProperty("visit").GetProperty("painfulSide").GetString());
        Assert.Equal(10, root.GetProperty("visit").GetProperty("treadmillSpeedKmh").GetDouble());
        var clips = root.GetProperty("clips").EnumerateArray().ToList();
        Assert.Equal(["squat-left", "squat-right", "run-posterior"], clips.Select(c => c.GetProperty("role").GetString()));
        Assert.All(clips, c => Assert.False(c.GetProperty("roleGiven").GetBoolean()));
        Assert.All(clips, c => Assert.True(File.Exists(Path.Combine(dir, c.GetProperty("folder").GetString()!, "report.html"))));

        // Both squats collapse alike: FPPA left (squat-left) against right (squat-right) is within noise.
        var across = root.GetProperty("sideComparisons").EnumerateArray()
            .Single(c => c.GetProperty("metric").GetString() == "fppa" && c.GetProperty("leftClip").GetString() != c.GetProperty("rightClip").GetString());
        Assert.False(across.GetProperty("beyondNoise").GetBoolean(), across.GetProperty("statement").GetString());

        var drivers = root.GetProperty("drivers").EnumerateArray().ToDictionary(d => d.GetProperty("driver").GetString()!);
        Assert.Equal("signsPresent", drivers["kneeCollapse"].GetProperty("status").GetString());
        Assert.Equal("signsPresent", drivers["hipDrop"].GetProperty("status").GetString());
        // Each driver says which clip and metric its reading comes from.
        var kneeSources = drivers["kneeCollapse"].GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(kneeSources, s => s.GetProperty("role").GetString() == "squat-left" && s.GetProperty("metric").GetString() == "fppa"
                                          && s.GetProperty("level").GetString() == "elevated");
        Assert.Contains(drivers["hipDrop"].GetProperty("sources").EnumerateArray(),
            s => s.GetProperty("role").GetString() == "run-posterior" && s.GetProperty("metric").GetString() == "pelvic_drop");
        Assert.Contains(root.GetProperty("notAssessedByVideo").EnumerateArray(), n => n.GetProperty("factor").GetString()!.Contains("VMO", StringComparison.Ordinal));

        string html = File.ReadAllText(outcome.ReportPath);
        foreach (string part in new[] { "Left against right", "Drivers across the clips", "Not assessed by video", "R07", "2026-12-03", "10.0 km/h",
                     "id=\"clip-", "Summary of metrics" })
            Assert.Contains(part, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Legs_that_differ_beyond_noise_are_called_with_the_worse_side()
    {
        var (root, inputs) = Folders("session-asym");
        string left = Clip(inputs, ScenarioPresets.Sls("asym-sls-left", Side.Left, CameraPlacement.Frontal, 20, 0));
        string right = Clip(inputs, ScenarioPresets.Sls("asym-sls-right", Side.Right, CameraPlacement.Frontal, 0, 0));
        var outcome = SessionRun.Run(new SessionRequest { Clips = [new(left, "squat-left"), new(right, "squat-right")] }, Path.Combine(root, "out"), new AnalyzeSettings());
        using var doc = JsonDocument.Parse(File.ReadAllText(outcome.JsonPath));
        var fppa = doc.RootElement.GetProperty("sideComparisons").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == "fppa");
        Assert.Equal("squat-left", fppa.GetProperty("leftClip").GetString());
        Assert.Equal("squat-right", fppa.GetProperty("rightClip").GetString());
        Assert.True(fppa.GetProperty("leftMinusRight").GetDouble() > fppa.GetProperty("noiseBand").GetDouble());
        Assert.True(fppa.GetProperty("beyondNoise").GetBoolean());
        Assert.Contains("the left side is worse", fppa.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_calls_more_valgus_and_drop_worse_and_unchanged_metrics_within_noise()
    {
        var (a, _) = Visit("a", valgus: 0, drop: 0, runDrop: 5, roles: true);
        var (b, _) = Visit("b", valgus: 20, drop: 10, runDrop: 10, roles: false);
        string outDir = RepoPaths.Actual("compare-a-b");
        var r = CompareVisits.Run(Path.Combine(a, "session.json"), Path.Combine(b, "session.json"), outDir);
        using var doc = JsonDocument.Parse(File.ReadAllText(r.JsonPath));
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToList();
        string Verdict(string role, string metric, string? side) => changes.Single(c => c.GetProperty("role").GetString() == role
            && c.GetProperty("metric").GetString() == metric && (c.GetProperty("side").ValueKind == JsonValueKind.Null ? null : c.GetProperty("side").GetString()) == side)
            .GetProperty("verdict").GetString()!;
        Assert.Equal("worsened", Verdict("squat-left", "fppa", "left"));
        Assert.Equal("worsened", Verdict("squat-right", "fppa", "right"));
        Assert.Equal("worsened", Verdict("squat-left", "pelvic_drop", "left"));
        Assert.Equal("worsened", Verdict("run-posterior", "pelvic_drop", "left"));
        // Squat depth moved by a few % of leg length, under its 5 %LL SDD; cadence did not move at all.
        Assert.Equal("withinNoise", Verdict("squat-left", "squat_depth", "left"));
        Assert.Equal("withinNoise", Verdict("run-posterior", "cadence", null));
        Assert.True(File.Exists(Path.Combine(outDir, "charts", "compare-fppa.png")));
        Assert.True(File.Exists(Path.Combine(outDir, "charts", "compare-pelvic_drop.png")));
        Assert.Contains("within measurement noise", File.ReadAllText(r.ReportPath), StringComparison.Ordinal);

        // The other way round, the same changes are improvements.
        var back = CompareVisits.Run(Path.Combine(b, "session.json"), Path.Combine(a, "session.json"), RepoPaths.Actual("compare-b-a"));
        using var doc2 = JsonDocument.Parse(File.ReadAllText(back.JsonPath));
        Assert.Contains(doc2.RootElement.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("metric").GetString() == "fppa" && c.GetProperty("verdict").GetString() == "improved");
        Assert.DoesNotContain(doc2.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("verdict").GetString() == "worsened"
            && c.GetProperty("metric").GetString() is "fppa" or "pelvic_drop");
    }

    [Fact]
    public void A_given_role_that_the_clip_contradicts_is_reported()
    {
        var (root, inputs) = Folders("session-mismatch");
        string right = Clip(inputs, ScenarioPresets.Sls("mm-sls-right", Side.Right, CameraPlacement.Frontal, 0, 0));
        var outcome = SessionRun.Run(new SessionRequest { Clips = [new(right, "squat-left")] }, Path.Combine(root, "out"), new AnalyzeSettings());
        Assert.Contains(outcome.Warnings, w => w.Contains("given as squat-left but recognised as squat-right", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_session_inputs_are_usage_errors()
    {
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => SessionRequest.ParseClip("squat-middle=x.mp4")).Code);
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => SessionRequest.ParseClip("x.mp4")).Code);
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => new SessionRequest { Date = "03/12/2026" }.Details()).Code);
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => new SessionRequest { PainfulSide = "middle" }.Details()).Code);
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => SessionRun.Run(new SessionRequest(), RepoPaths.Actual("session-empty"), new AnalyzeSettings())).Code);
        string notJson = Path.Combine(RepoPaths.Actual("compare-bad"), "x.json");
        File.WriteAllText(notJson, "{\"format\": \"something-else\"}");
        var e = Assert.Throws<GaitCheckException>(() => CompareVisits.Run(notJson, notJson, RepoPaths.Actual("compare-bad-out")));
        Assert.Equal(ExitCode.Usage, e.Code);
        Assert.Contains("is not a GaitCheck session.json or result.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Session_file_gives_clips_relative_to_it_and_flags_override_its_details()
    {
        string root = RepoPaths.Actual("session-file");
        Directory.CreateDirectory(root);
        Clip(root, ScenarioPresets.Sls("sf-sls-left", Side.Left, CameraPlacement.Frontal, 0, 0));
        string file = Path.Combine(root, "visit.json");
        File.WriteAllText(file, """
            { "subject": { "id": "R09", "initials": "CD" },
              "visit": { "date": "2026-12-01", "painfulSide": "right", "shoes": "racing flats", "treadmillSpeedKmh": 11.5, "notes": "file notes" },
              "clips": [ { "path": "sf-sls-left.keypoints.json", "role": "squat-left" } ] }
            """);
        var q = new SessionRequest { Notes = "flag notes" }.Over(SessionRequest.Load(file));
        Assert.Equal(Path.Combine(root, "sf-sls-left.keypoints.json"), Assert.Single(q.Clips).Path);
        var d = q.Details();
        Assert.Equal(("R09", "CD", "2026-12-01", "right", "racing flats", 11.5, "flag notes"), (d.SubjectId, d.Initials, d.Date, d.PainfulSide, d.Shoes, d.TreadmillSpeedKmh!.Value, d.Notes));
        File.WriteAllText(file, """{ "visit": { "colour": "blue" } }""");
        Assert.Contains("unknown key 'visit.colour'", Assert.Throws<GaitCheckException>(() => SessionRequest.Load(file)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_verdicts_follow_the_metrics_worse_direction_and_sdd()
    {
        Assert.Equal(ChangeVerdict.WithinNoise, VisitChanges.Judge("fppa", 7.9, 8));
        Assert.Equal(ChangeVerdict.Worsened, VisitChanges.Judge("fppa", 8.1, 8));
        Assert.Equal(ChangeVerdict.Improved, VisitChanges.Judge("fppa", -8.1, 8));
        Assert.Equal(ChangeVerdict.Worsened, VisitChanges.Judge("knee_ankle_separation_ratio", -0.2, 0.1));   // lower is worse
        Assert.Equal(ChangeVerdict.Changed, VisitChanges.Judge("squat_depth", 6, 5));                          // no worse direction
        Assert.Equal(8, VisitChanges.Sdd(VisitChanges.Sem(8)), 9);
        Assert.Equal(8 / (1.96 * Math.Sqrt(2)), VisitChanges.Sem(8), 9);
        Assert.Equal(DriverStatus.SignsPresent, Enum.GetValues<DriverStatus>().MaxBy(SessionComparer.Rank));
    }
}
