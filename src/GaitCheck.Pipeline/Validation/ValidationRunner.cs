using System.Diagnostics;
using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Pipeline.PoseExtraction;
using GaitCheck.Pose;
using GaitCheck.Synth;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;

namespace GaitCheck.Pipeline.Validation;

/// <summary>Settings of one validation run.</summary>
public sealed record ValidationSettings
{
    public required string OutDir { get; init; }
    public bool Quick { get; init; }
    public int Width { get; init; } = 960;
    public int Height { get; init; } = 540;
    public PoseModelKind Model { get; init; } = PoseModelKind.Full;
    public string? ModelsDirectory { get; init; }
    /// <summary>Render again even when a clip with the same scenario already exists in OutDir/clips.</summary>
    public bool Rerender { get; init; }
}

/// <summary>
/// The validation benchmark: for each grid scenario, render the clip (or reuse an identical one), run the full
/// pipeline (pose extraction with the offline filter, then ClipAnalyzer), run the analysis again on the exact
/// truth keypoints, and compare both with the ground truth (<see cref="ClipComparer"/>). Renders and pose
/// keypoints ("NAME.pose-MODEL.keypoints.json") are reused when the scenario is unchanged, unless Rerender. A clip whose pipeline
/// fails with a user-facing error (e.g. no person found) is recorded as a failure and the run goes on.
/// </summary>
public static class ValidationRunner
{
    public static ValidationRun Run(ValidationSettings s, Action<string>? log = null, CancellationToken ct = default)
    {
        var grid = ValidationGrid.Build(s.Quick, s.Width, s.Height);
        var run = new ValidationRun { Model = s.Model.ToString().ToLowerInvariant(), Resolution = $"{s.Width}x{s.Height}" };
        string clips = Path.Combine(s.OutDir, "clips");
        Directory.CreateDirectory(clips);
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
            var onTruth = ClipAnalyzer.Analyze(truth.Keypoints);
            try
            {
                var sw = Stopwatch.StartNew();
                string kp = Path.Combine(clips, $"{sc.Name}.pose-{run.Model}.keypoints.json");
                bool reuse = !s.Rerender && renderSec == 0 && File.Exists(kp) && File.GetLastWriteTimeUtc(kp) >= File.GetLastWriteTimeUtc(video);
                var seq = reuse ? KeypointFile.Load(kp)
                    : PoseExtractor.Run(video, new PoseExtractionOptions { Model = s.Model, Overlay = false, ModelsDirectory = s.ModelsDirectory }, cancel: ct).Sequence;
                double poseSec = reuse ? 0 : sw.Elapsed.TotalSeconds;
                if (!reuse) KeypointFile.Save(seq, kp);
                var result = ClipAnalyzer.Analyze(seq);
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

    /// <summary>An existing clip is reused when its video exists and its scenario JSON is byte-identical.</summary>
    private static bool Reusable(Scenario sc, string dir)
    {
        string video = Path.Combine(dir, sc.Name + ".mp4"), json = Path.Combine(dir, sc.Name + ".scenario.json");
        return File.Exists(video) && File.Exists(json) && File.ReadAllText(json) == sc.ToJson() + "\n";
    }
}
