using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Markers;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;
using GaitCheck.Video;

namespace GaitCheck.Synth;

/// <summary>What one synthetic clip produced, and how long rendering took.</summary>
public sealed record SynthResult(string VideoPath, string TruthPath, string KeypointsPath, string ScenarioPath,
    int Frames, double RenderSeconds, double TotalSeconds, string Codec, GroundTruth Truth)
{
    public double SecondsPerFrame => Frames > 0 ? RenderSeconds / Frames : 0;
}

/// <summary>
/// Makes one synthetic clip: "&lt;name&gt;.mp4", "&lt;name&gt;.truth.json", "&lt;name&gt;.truth.keypoints.json"
/// (the true landmarks in the keypoint format, so the analysis can run on exact truth) and
/// "&lt;name&gt;.scenario.json" (re-renders the same clip with --json).
/// </summary>
public static class SynthRunner
{
    public static IMotion MotionFor(Scenario sc)
    {
        var body = new BodyProportions(sc.SubjectHeightM, sc.Shape);
        return sc.Movement switch
        {
            MovementType.SingleLegSquat => new SquatMotion(sc.Squat, body),
            MovementType.Running => new GaitMotion(sc.Gait, running: true, body),
            _ => new GaitMotion(sc.Gait, running: false, body),
        };
    }

    public static GroundTruth TruthOnly(Scenario sc, string videoPath)
    {
        sc.Validate();
        var motion = MotionFor(sc);
        return TruthBuilder.Build(sc, motion, SceneRenderer.CameraFor(sc), videoPath);
    }

    /// <summary>Writes the truth JSON, truth keypoints and scenario JSON without rendering the video.</summary>
    public static GroundTruth WriteTruthOnly(Scenario sc, string outDir)
    {
        string stem = Path.Combine(outDir, sc.Name);
        var truth = TruthOnly(sc, stem + ".mp4");
        TruthJson.Save(truth, stem + ".truth.json");
        KeypointFile.Save(truth.Keypoints, stem + ".truth.keypoints.json");
        SaveMarkerTruth(sc, MotionFor(sc), SceneRenderer.CameraFor(sc), truth, stem);
        AtomicFile.WriteAllText(stem + ".scenario.json", sc.ToJson() + "\n");
        return truth;
    }

    /// <summary>Writes "&lt;stem&gt;.markers.truth.json" when the scenario has markers.</summary>
    private static void SaveMarkerTruth(Scenario sc, IMotion motion, Render.PinholeCamera cam, GroundTruth truth, string stem)
    {
        if (MarkerTruth.Build(sc, motion, cam, truth) is { } mt) MarkerTruthJson.Save(mt, stem + ".markers.truth.json");
    }

    /// <summary>A few lines for the console: files, speed and the true event-mean values.</summary>
    public static string Summary(SynthResult r)
    {
        var t = r.Truth; var sc = t.Scenario;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{sc.Name}: {r.Frames} frames {sc.Render.Width}x{sc.Render.Height} @ {Inv.R(sc.Render.Fps)} fps, {t.View} view, {r.Codec}");
        sb.AppendLine($"render {Inv.F(r.RenderSeconds, 1)} s ({Inv.F(r.SecondsPerFrame, 3)} s/frame), total {Inv.F(r.TotalSeconds, 1)} s");
        sb.AppendLine($"wrote {r.VideoPath}, {Path.GetFileName(r.TruthPath)}, {Path.GetFileName(r.KeypointsPath)}, {Path.GetFileName(r.ScenarioPath)}");
        foreach (var g in t.Values.GroupBy(v => (v.Metric, v.Side)).OrderBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.Side))
            sb.AppendLine($"  true {g.Key.Metric}{(g.Key.Side is { } s ? " " + s.ToString().ToLowerInvariant() : "")}: mean {Inv.F(g.Average(v => v.Value), 2)} over {g.Count()} events");
        if (t.Reps.Count > 0) sb.AppendLine($"  reps: {t.Reps.Count} (bottom frames {string.Join(", ", t.Reps.Select(x => x.BottomFrame))})");
        if (t.Events.Count > 0) sb.AppendLine($"  gait events: {t.Events.Count}");
        return sb.ToString().TrimEnd();
    }

    public static SynthResult Run(Scenario sc, string outDir, Action<string>? log = null, bool preferFfmpeg = true, CancellationToken ct = default)
    {
        sc.Validate();
        var total = Stopwatch.StartNew();
        Directory.CreateDirectory(outDir);
        string stem = Path.Combine(outDir, sc.Name);
        string video = stem + ".mp4", truthPath = stem + ".truth.json", kpPath = stem + ".truth.keypoints.json", scPath = stem + ".scenario.json";
        var motion = MotionFor(sc);
        var renderer = new SceneRenderer(sc, motion);
        var truth = TruthBuilder.Build(sc, motion, renderer.Camera, video);
        var frame = new byte[sc.Render.Width * sc.Render.Height * 3];
        double renderSec = 0;
        string codec;
        using (var enc = new FrameEncoder(video, sc.Render.Width, sc.Render.Height, sc.Render.Fps, preferFfmpeg))
        {
            codec = enc.Codec;
            var sw = new Stopwatch();
            for (int i = 0; i < truth.FrameCount; i++)
            {
                ct.ThrowIfCancellationRequested();
                sw.Restart();
                renderer.Render(i, frame);
                renderSec += sw.Elapsed.TotalSeconds;
                enc.Write(frame);
                if (log != null && (i + 1) % 30 == 0) log($"{sc.Name}: frame {i + 1}/{truth.FrameCount}");
            }
            enc.Complete();
        }
        TruthJson.Save(truth, truthPath);
        KeypointFile.Save(truth.Keypoints, kpPath);
        SaveMarkerTruth(sc, motion, renderer.Camera, truth, stem);
        AtomicFile.WriteAllText(scPath, sc.ToJson() + "\n");
        return new SynthResult(video, truthPath, kpPath, scPath, truth.FrameCount, renderSec, total.Elapsed.TotalSeconds, codec, truth);
    }
}
