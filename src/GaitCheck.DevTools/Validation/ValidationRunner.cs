using System.Diagnostics;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;
using GaitCheck.Pose;
using GaitCheck.Pose.Extraction;
using GaitCheck.Synth;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;

namespace GaitCheck.DevTools.Validation;

/// <summary>How the pose stage runs in a validation: model, flip averaging, heatmap refinement.</summary>
public sealed record PoseConfig(PoseModelKind Model = PoseModelKind.Full, bool Flip = true, bool Refine = true)
{
    /// <summary>e.g. "full-flip-refine": names the cached keypoint files.</summary>
    public string Tag => $"{Model.ToString().ToLowerInvariant()}-{(Flip ? "flip" : "noflip")}-{(Refine ? "refine" : "raw")}";
}

/// <summary>Settings of one validation run.</summary>
public sealed record ValidationSettings
{
    public required string OutDir { get; init; }
    public GridKind Grid { get; init; } = GridKind.Test;
    public bool Quick { get; init; }
    public PoseConfig Pose { get; init; } = new();
    /// <summary>Read every metric from these landmarks (candidate comparison); null = each metric's validated source.</summary>
    public LandmarkSource? Source { get; init; }
    /// <summary>Apply the validated corrections (false: raw values).</summary>
    public bool Corrections { get; init; } = true;
    public string? ModelsDirectory { get; init; }
    /// <summary>Render again even when a clip with the same scenario already exists in OutDir/clips-GRID.</summary>
    public bool Rerender { get; init; }
}

/// <summary>
/// The validation benchmark: for each scenario of the grid, render the clip (or reuse an identical one), run the
/// full pipeline (pose extraction with the offline filter, then ClipAnalyzer), run the analysis again on the exact
/// truth keypoints, and compare both with the ground truth (<see cref="ClipComparer"/>). Renders and pose
/// keypoints ("NAME.pose-CONFIG.keypoints.json") are reused when the scenario is unchanged, unless Rerender, so
/// several analyses (landmark sources, corrections) of one pose pass cost little. A clip whose pipeline fails with
/// a user-facing error (e.g. no person found) is recorded as a failure and the run goes on.
/// </summary>
public static class ValidationRunner
{
    public static ValidationRun Run(ValidationSettings s, Action<string>? log = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(s);
        var grid = ValidationGrid.Build(s.Grid, s.Quick);
        var run = new ValidationRun
        {
            Model = s.Pose.Model.ToString().ToLowerInvariant(), Grid = s.Grid.ToString().ToLowerInvariant(), Pose = s.Pose,
            Source = s.Source?.ToString().ToLowerInvariant() ?? "validated", Corrections = s.Corrections,
        };
        string clips = ClipsDir(s.OutDir, s.Grid);
        Directory.CreateDirectory(clips);
        var analysis = new AnalysisOptions { ForceSource = s.Source, RawValues = !s.Corrections, Validation = Measuring(s) };
        int i = 0;
        foreach (var sc in grid)
        {
            ct.ThrowIfCancellationRequested();
            log?.Invoke($"[{++i}/{grid.Count}] {sc.Name}");
            string video = Path.Combine(clips, sc.Name + ".mp4");
            double renderSec = 0;
            GroundTruth truth;
            if (!s.Rerender && Reusable(sc, clips)) truth = SynthRunner.TruthOnly(sc, video);
            else
            {
                var r = SynthRunner.Run(sc, clips, ct: ct);
                truth = r.Truth; renderSec = r.RenderSeconds;
            }
            var onTruth = ClipAnalyzer.Analyze(truth.Keypoints, analysis with { ForceSource = LandmarkSource.Image, RawValues = true });
            try
            {
                var sw = Stopwatch.StartNew();
                string kp = Path.Combine(clips, $"{sc.Name}.pose-{s.Pose.Tag}.keypoints.json");
                bool reuse = !s.Rerender && renderSec == 0 && File.Exists(kp) && File.GetLastWriteTimeUtc(kp) >= File.GetLastWriteTimeUtc(video);
                var seq = reuse ? KeypointFile.Load(kp)
                    : PoseExtractor.Run(video, new PoseExtractionOptions
                    {
                        Model = s.Pose.Model, Flip = s.Pose.Flip, Refine = s.Pose.Refine, Overlay = false, ModelsDirectory = s.ModelsDirectory,
                    }, cancel: ct).Sequence;
                double poseSec = reuse ? 0 : sw.Elapsed.TotalSeconds;
                if (!reuse) KeypointFile.Save(seq, kp);
                run.PoseModelName = seq.Model;
                var result = ClipAnalyzer.Analyze(seq, analysis);
                run.Clips.Add(new ClipCheck(sc.Name, truth.View.ToString(), result.View.View.ToString(), sc.Movement.ToString(), result.Movement.Kind.ToString(),
                    truth.Reps.Count, result.Reps.Count, truth.FrameCount, renderSec, poseSec, null));
                ClipComparer.Compare(truth, result, seq, onTruth, run);
                run.Landmarks.AddRange(LandmarkErrors.Measure(sc.Name, truth.View.ToString(), seq, truth.Keypoints));
            }
            catch (GaitCheckException e) when (e.Code is ExitCode.NoPerson or ExitCode.WrongView or ExitCode.BadVideo)
            {
                log?.Invoke($"  failed: {e.Message}");
                run.Clips.Add(new ClipCheck(sc.Name, truth.View.ToString(), "-", sc.Movement.ToString(), "-", truth.Reps.Count, 0, truth.FrameCount, renderSec, 0, e.Message));
            }
        }
        return run;
    }

    /// <summary>
    /// The status table a validation analyses with: raw runs use none (every metric from the forced or image landmarks,
    /// uncorrected); validated runs use the shipped one's sources and corrections, but measure withheld metrics too, so
    /// their figures stay visible in the tables (a user never sees them).
    /// </summary>
    private static MetricValidationTable Measuring(ValidationSettings s)
    {
        if (!s.Corrections) return MetricValidationTable.Empty;
        var t = MetricValidationTable.Current;
        return t with { Entries = t.Entries.Select(e => e.Status == ValidationStatus.Withheld ? e with { Status = ValidationStatus.NotValidated } : e).ToList() };
    }

    /// <summary>Folder of a grid's rendered clips and cached pose output.</summary>
    public static string ClipsDir(string outDir, GridKind grid) => Path.Combine(outDir, "clips-" + grid.ToString().ToLowerInvariant());

    /// <summary>An existing clip is reused when its video exists and its scenario JSON is byte-identical.</summary>
    public static bool Reusable(Scenario sc, string dir)
    {
        string video = Path.Combine(dir, sc.Name + ".mp4"), json = Path.Combine(dir, sc.Name + ".scenario.json");
        return File.Exists(video) && File.Exists(json) && File.ReadAllText(json) == sc.ToJson() + "\n";
    }
}
