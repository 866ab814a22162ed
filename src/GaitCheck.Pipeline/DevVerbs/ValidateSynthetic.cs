using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Validation;
using GaitCheck.DevTools.Validation;
using GaitCheck.Pose;
using GaitCheck.Reporting;

namespace GaitCheck.Pipeline.DevVerbs;

/// <summary>What `gaitcheck synth validate` and `synth calibrate` ask for. Model is lite, full or heavy; Grid test or tuning; Source image, world or null.</summary>
public sealed record ValidateRequest
{
    public required string OutDir { get; init; }
    public string Grid { get; init; } = "test";
    public bool Quick { get; init; }
    public string Model { get; init; } = "full";
    public bool Flip { get; init; } = true;
    public bool Refine { get; init; } = true;
    public string? Source { get; init; }
    public bool Corrections { get; init; } = true;
    public bool Rerender { get; init; }
}

/// <summary>
/// `gaitcheck synth validate` (render a grid, run the full pipeline on each clip, tabulate errors against the truth:
/// scripts/validate.sh) and `gaitcheck synth calibrate` (choose each metric's landmarks and correction on the tuning
/// grid, judge them on the test grid). The work is GaitCheck.DevTools.Validation's.
/// </summary>
public static class ValidateSynthetic
{
    /// <summary>Runs the grid and writes its tables; returns the markdown and the tables' folder.</summary>
    public static (string Markdown, string TablesDir) Validate(ValidateRequest q, Action<string>? log, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(q);
        var run = ValidationRunner.Run(new ValidationSettings
        {
            OutDir = q.OutDir, Grid = Enum.Parse<GridKind>(q.Grid, ignoreCase: true), Quick = q.Quick, Pose = Pose(q),
            Source = q.Source is { } src ? Enum.Parse<LandmarkSource>(src, ignoreCase: true) : null,
            Corrections = q.Corrections, Rerender = q.Rerender,
        }, log, cancel);
        string tables = Path.Combine(q.OutDir, run.Variant);
        ValidationReport.Write(run, tables);
        return (ValidationReport.Markdown(run), tables);
    }

    /// <summary>Builds metric-validation.json; returns the status table as markdown and the file written.</summary>
    public static (string Markdown, string TableFile) Calibrate(ValidateRequest q, Action<string>? log, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(q);
        MetricValidationTable table = CalibrationRunner.Run(q.OutDir, Pose(q), null, log, cancel);
        return (StatusMarkdown.Table(table), Path.Combine(q.OutDir, CalibrationRunner.TableFile));
    }

    /// <summary>
    /// `gaitcheck synth markers`: the marker test grid (DevTools.Markers): protocol-angle errors against the marker truth,
    /// tracking rate, swaps, false markers and detection time. Writes markers-validation-GRID.md and .csv into the output
    /// folder, and markers-validation-GRID-failures.csv (every visible marker-frame lost or misplaced, with its reason).
    /// </summary>
    public static (string Markdown, string TablesDir) ValidateMarkers(string outDir, string grid, bool quick, Action<string>? log, CancellationToken cancel)
    {
        var (clips, angles) = DevTools.Markers.MarkerValidation.Run(outDir, grid, quick, log, cancel);
        string md = DevTools.Markers.MarkerValidation.Markdown(clips, angles, grid);
        Core.AtomicFile.WriteAllText(Path.Combine(outDir, $"markers-validation-{grid}.md"), md);
        Core.AtomicFile.WriteAllText(Path.Combine(outDir, $"markers-validation-{grid}.csv"), DevTools.Markers.MarkerValidation.Csv(angles));
        Core.AtomicFile.WriteAllText(Path.Combine(outDir, $"markers-validation-{grid}-failures.csv"), DevTools.Markers.MarkerValidation.FailuresCsv(clips));
        return (md, outDir);
    }

    /// <summary>The file name under which the calibration table is committed in GaitCheck.Analysis/Validation.</summary>
    public static string TableFileName => CalibrationRunner.TableFile;

    private static PoseConfig Pose(ValidateRequest q) => new(Enum.Parse<PoseModelKind>(q.Model, ignoreCase: true), q.Flip, q.Refine);
}
