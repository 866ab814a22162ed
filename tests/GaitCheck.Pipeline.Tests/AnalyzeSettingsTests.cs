using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pose;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

public class AnalyzeSettingsTests
{
    private static string Config(string name, string json)
    {
        string p = Path.Combine(RepoPaths.Actual("pipeline-settings"), name);
        File.WriteAllText(p, json);
        return p;
    }

    [Fact]
    public void Config_file_holds_settings_and_flags_override_it()
    {
        string p = Config("ok.json", """
            { "model": "lite", "start": 1.5, "end": 4, "view": "posterior", "movement": "running", "overlay": false, // comment
              "person": "100,200" }
            """);
        var cfg = AnalyzeSettings.LoadConfig(p);
        Assert.Equal(PoseModelKind.Lite, cfg.Model);
        Assert.Equal(CameraView.Posterior, cfg.View);
        Assert.Equal((100f, 200f), cfg.Person);
        var merged = cfg.Over(new AnalyzeSettings { Model = PoseModelKind.Heavy, End = 3 });
        Assert.Equal(PoseModelKind.Heavy, merged.Model);
        Assert.Equal(3, merged.End);
        Assert.Equal(1.5, merged.Start);
        Assert.Equal(MovementKind.Running, merged.Movement);
        Assert.False(merged.Overlay);
    }

    [Fact]
    public void A_callers_tuning_survives_merging_and_is_null_by_default()
    {
        Assert.Null(new AnalyzeSettings().Tuning);
        var tuning = AnalysisTuning.Default with { Squat = AnalysisTuning.Default.Squat with { MinDepth = 0.08 } };
        Assert.Same(tuning, new AnalyzeSettings { Tuning = tuning }.Over(new AnalyzeSettings { End = 3 }).Tuning);
        Assert.Same(tuning, new AnalyzeSettings().Over(new AnalyzeSettings { Tuning = tuning }).Tuning);
    }

    [Theory]
    [InlineData("""{ "modle": "lite" }""", "unknown key 'modle'")]
    [InlineData("""{ "model": "huge" }""", "model must be lite, full or heavy")]
    [InlineData("""{ "start": "soon" }""", "bad value for 'start': expected a finite number, got 'soon'")]
    [InlineData("""{ "threads": 100000 }""", "'threads' must be from 1 to")]
    [InlineData("""{ "threads": 0 }""", "'threads' must be from 1 to")]
    [InlineData("""{ "threads": -3 }""", "'threads' must be from 1 to")]
    [InlineData("""{ "threads": 1.5 }""", "bad value for 'threads': 1.5 is not a whole number")]
    [InlineData("""{ "threads": 1e12 }""", "bad value for 'threads'")]
    [InlineData("""{ "start": -1 }""", "'start' must be a time from 0")]
    [InlineData("""{ "end": 0 }""", "'end' must be a time above 0")]
    [InlineData("""{ "start": 5, "end": 2 }""", "'end' (2 s) must be after")]
    [InlineData("""{ "person": "-5,10" }""", "'person' must be a pixel X,Y")]
    [InlineData("""{ "person": "NaN,10" }""", "person expects X,Y pixel coordinates")]
    [InlineData("""{ "overlay": "yes" }""", "bad value for 'overlay': expected true or false")]
    [InlineData("""[1, 2]""", "must hold a JSON object")]
    [InlineData("""{ not json""", "not valid JSON")]
    public void Bad_config_is_a_usage_error_naming_the_problem(string json, string expected)
    {
        var e = Assert.Throws<GaitCheckException>(() => AnalyzeSettings.LoadConfig(Config("bad.json", json)));
        Assert.Equal(ExitCode.Usage, e.Code);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_000)]
    public void Threads_out_of_range_name_the_flag(int threads)
    {
        var e = Assert.Throws<GaitCheckException>(() => new AnalyzeSettings { Threads = threads }.Validate());
        Assert.Equal(ExitCode.Usage, e.Code);
        Assert.StartsWith("--threads must be from 1 to", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_in_range_pass()
    {
        new AnalyzeSettings { Start = 0, End = 3, Person = (0, 0), Threads = 1 }.Validate();
        new AnalyzeSettings { Threads = SettingLimits.MaxThreads }.Validate();
    }

    [Fact]
    public void A_fifo_config_is_refused_not_read()
    {
        string p = Path.Combine(RepoPaths.Actual("pipeline-settings"), "fifo.json");
        File.Delete(p);
        using (var proc = System.Diagnostics.Process.Start("mkfifo", [p])) proc.WaitForExit();
        var e = Assert.Throws<GaitCheckException>(() => AnalyzeSettings.LoadConfig(p));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
    }

    [Fact]
    public void Missing_config_is_input_not_found()
    {
        var e = Assert.Throws<GaitCheckException>(() => AnalyzeSettings.LoadConfig("/nonexistent/gaitcheck.json"));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
    }

    [Theory]
    [InlineData("left-sagittal", CameraView.LeftSagittal)]
    [InlineData("Right_Sagittal", CameraView.RightSagittal)]
    [InlineData("frontal", CameraView.Frontal)]
    public void Views_parse_in_any_spelling(string s, CameraView v) => Assert.Equal(v, AnalyzeSettings.ParseView(s));

    [Fact]
    public void Auto_means_detect() => Assert.Null(AnalyzeSettings.ParseMovement("auto"));
}
