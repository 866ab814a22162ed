using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;
using GaitCheck.Reporting;

namespace GaitCheck.DevTools.Validation;

/// <summary>
/// `gaitcheck synth calibrate`: runs the tuning and the test grid (pose once per clip and config, cached), analyses
/// each with image and with world landmarks, raw, and builds the validation status table with <see cref="Calibration"/>.
/// Writes OUT/metric-validation.json (to be committed as src/GaitCheck.Analysis/Validation/metric-validation.json) and
/// OUT/metric-validation.md (the README's table).
/// </summary>
public static class CalibrationRunner
{
    public const string TableFile = "metric-validation.json";

    public static MetricValidationTable Run(string outDir, PoseConfig pose, string? modelsDir, Action<string>? log, CancellationToken ct = default)
    {
        var runs = new Dictionary<GridKind, Dictionary<LandmarkSource, ValidationRun>>();
        string pipeline = "";
        foreach (var grid in new[] { GridKind.Tuning, GridKind.Test })
        {
            runs[grid] = [];
            foreach (var source in new[] { LandmarkSource.Image, LandmarkSource.World })
            {
                log?.Invoke($"calibrate: {grid} grid, {source} landmarks");
                var run = ValidationRunner.Run(new ValidationSettings
                {
                    OutDir = outDir, Grid = grid, Pose = pose, Source = source, Corrections = false, ModelsDirectory = modelsDir,
                }, log, ct);
                runs[grid][source] = run;
                ValidationReport.Write(run, Path.Combine(outDir, run.Variant));
                if (run.PoseModelName.Length > 0) pipeline = run.PoseModelName;
            }
        }
        int tuningClips = runs[GridKind.Tuning][LandmarkSource.Image].Clips.Count, testClips = runs[GridKind.Test][LandmarkSource.Image].Clips.Count;
        var table = Calibration.Build(pipeline,
            $"gaitcheck synth calibrate: choices on the tuning grid ({Inv.I(tuningClips)} clips), figures on the test grid ({Inv.I(testClips)} clips), pose {pose.Tag}",
            runs[GridKind.Tuning], runs[GridKind.Test]);
        AtomicFile.WriteAllText(Path.Combine(outDir, TableFile), table.ToJson());
        AtomicFile.WriteAllText(Path.Combine(outDir, "metric-validation.md"), StatusMarkdown.Table(table));
        return table;
    }
}
