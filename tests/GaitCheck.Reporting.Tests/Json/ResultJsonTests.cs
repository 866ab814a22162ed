using System.Text;
using System.Text.Json;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;
using GaitCheck.Reporting.Json;
using GaitCheck.TestSupport;

namespace GaitCheck.Reporting.Tests.Json;

/// <summary>The result JSON is deterministic, rounded, invariant and has NaN as null.</summary>
public class ResultJsonTests
{
    private static AnalysisResult Squat()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Posterior, new SquatPose(12.34567, 3.21, 2, 4, 7), new SquatPose(6, 1, 1, 2, 3));
        return ClipAnalyzer.FromStructure(s);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        byte[] a = ResultJson.ToBytes(Squat());
        byte[] b = ResultJson.ToBytes(Squat());
        Assert.Equal(a, b);
        var run = ConstructedStructures.Run(CameraView.RightSagittal, 14, 42, 25, 8, 60);
        Assert.Equal(ResultJson.ToBytes(ClipAnalyzer.FromStructure(run)), ResultJson.ToBytes(ClipAnalyzer.FromStructure(run)));
    }

    [Fact]
    public void Analysing_the_same_keypoints_twice_gives_the_same_bytes()
    {
        var clip = SyntheticSequences.SingleLegSquat(CameraView.Frontal, Side.Left, [(15, 15, 6), (15, 15, 6), (15, 15, 6)], new SynthOptions());
        Assert.Equal(ResultJson.ToBytes(ClipAnalyzer.Analyze(clip.Sequence)), ResultJson.ToBytes(ClipAnalyzer.Analyze(clip.Sequence)));
    }

    [Fact]
    public void A_corrected_metric_writes_its_raw_values_raw_sides_and_correction()
    {
        var r = Squat();
        var entry = new MetricValidationEntry { Metric = MetricCatalog.Fppa, View = "posterior", Movement = "squat", Status = ValidationStatus.Validated, Correction = new MetricCorrection(2, 0.5) };
        var corrected = new AnalysisResult
        {
            Source = r.Source, Quality = r.Quality, View = r.View, Movement = r.Movement, Events = r.Events, Strides = r.Strides, Findings = r.Findings,
            Drivers = r.Drivers, NotAssessed = r.NotAssessed, Notes = r.Notes,
            Reps = r.Reps.Select(rep => rep with { RawValues = rep.Values }).ToList(),
            Metrics = r.Metrics.Select(m => m.Id == MetricCatalog.Fppa ? m with { Corrected = true, RawSides = m.Sides, Validation = entry } : m).ToList(),
        };
        using var doc = JsonDocument.Parse(ResultJson.ToBytes(corrected));
        var root = doc.RootElement;
        Assert.Equal(root.GetProperty("reps")[0].GetProperty("values").GetRawText(), root.GetProperty("reps")[0].GetProperty("rawValues").GetRawText());
        var fppa = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == MetricCatalog.Fppa);
        Assert.Equal(fppa.GetProperty("sides").GetRawText(), fppa.GetProperty("rawSides").GetRawText());
        var correction = fppa.GetProperty("validation").GetProperty("correction");
        Assert.StartsWith("corrected by synthetic calibration", correction.GetProperty("kind").GetString(), StringComparison.Ordinal);
        Assert.Equal(0.5, correction.GetProperty("gain").GetDouble());
        // Uncorrected: neither rawValues nor rawSides.
        using var plain = JsonDocument.Parse(ResultJson.ToBytes(r));
        Assert.False(plain.RootElement.GetProperty("reps")[0].TryGetProperty("rawValues", out _));
        Assert.All(plain.RootElement.GetProperty("metrics").EnumerateArray(), m => Assert.False(m.TryGetProperty("rawSides", out _)));
    }

    [Fact]
    public void Json_has_fixed_order_rounded_angles_and_null_for_missing()
    {
        var r = Squat();
        string json = Encoding.UTF8.GetString(ResultJson.ToBytes(r));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["format", "disclaimer", "source", "quality", "view", "movement", "events", "reps", "strides", "metrics", "findings", "drivers", "notAssessed", "notes"],
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(AnalysisResult.FormatName, root.GetProperty("format").GetString());
        Assert.Equal("posterior", root.GetProperty("view").GetProperty("view").GetString());
        // Angles rounded to 0.1°.
        foreach (var rep in root.GetProperty("reps").EnumerateArray())
        {
            double fppa = rep.GetProperty("values").GetProperty("fppa").GetDouble();
            Assert.Equal(Math.Round(fppa, 1), fppa);
        }
        Assert.Equal(12.3, root.GetProperty("reps")[0].GetProperty("values").GetProperty("fppa").GetDouble());
        // A metric not valid in this view has null values, and SD of one value would be null.
        var kneeFlex = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "knee_flexion_bottom");
        Assert.False(kneeFlex.GetProperty("reported").GetBoolean());
        Assert.Equal(JsonValueKind.Null, kneeFlex.GetProperty("asymmetry").ValueKind);
        var fppaSummary = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "fppa");
        Assert.Equal(JsonValueKind.Number, fppaSummary.GetProperty("sides")[0].GetProperty("worst").ValueKind);
        var depth = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "squat_depth");
        Assert.Equal(JsonValueKind.Null, depth.GetProperty("sides")[0].GetProperty("worst").ValueKind);   // no "worse" direction
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_rep_sd_is_null()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, new SquatPose(10, 2, 1, 1, 0), null, repsPerSide: 1);
        var r = ClipAnalyzer.FromStructure(s);
        string json = Encoding.UTF8.GetString(ResultJson.ToBytes(r));
        using var doc = JsonDocument.Parse(json);
        var fppa = doc.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "fppa");
        Assert.Equal(JsonValueKind.Null, fppa.GetProperty("sides")[0].GetProperty("sd").ValueKind);
        Assert.Equal(1, fppa.GetProperty("sides")[0].GetProperty("n").GetInt32());
    }

    [Fact]
    public void Save_writes_the_same_bytes_atomically()
    {
        var r = Squat();
        string path = Path.Combine(RepoPaths.Actual("analysis-json"), "result.json");
        ResultJson.Save(r, path);
        Assert.Equal(ResultJson.ToBytes(r), File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.partial"));
    }
}
