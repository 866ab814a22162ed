using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Pose.Tracking;

namespace GaitCheck.Pipeline.PoseExtraction;

/// <summary>
/// Writes a pose run's files into the output folder, each atomically: keypoints.json (Core.KeypointFile),
/// keypoints.csv (<see cref="KeypointCsv"/>), timings.json (per-stage wall time; the only file that differs
/// between identical runs) and, unless disabled, overlay.mp4 drawn by a second decoding pass so the overlay
/// shows the final (filtered) landmarks.
/// </summary>
public static class PoseOutputs
{
    public static void Write(string videoPath, string outDir, PoseExtractionOptions options, PoseExtractionResult result, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(outDir);
        KeypointFile.Save(result.Sequence, Path.Combine(outDir, "keypoints.json"));
        KeypointCsv.Save(result.Sequence, Path.Combine(outDir, "keypoints.csv"));
        AtomicFile.WriteAllText(Path.Combine(outDir, "timings.json"), TimingsJson(result));
        if (options.Overlay) WriteOverlay(videoPath, Path.Combine(outDir, "overlay.mp4"), options, result.Sequence, cancel);
    }

    public static void WriteOverlay(string videoPath, string overlayPath, PoseExtractionOptions options, PoseSequence seq, CancellationToken cancel = default) =>
        Analyze.OverlayStage.Run(videoPath, overlayPath, options.StartSeconds, options.EndSeconds, seq, new Dictionary<int, string>(), cancel);

    public static string TimingsJson(PoseExtractionResult r)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("frames", r.Frames);
            w.WriteNumber("trackingSeconds", Math.Round(r.TrackingSeconds, 3));
            w.WriteNumber("fps", Math.Round(r.FramesPerSecond, 2));
            w.WriteNumber("detectorRuns", r.DetectorRuns);
            w.WriteStartObject("stagesMs");
            foreach (var s in StageTimings.Stages) w.WriteNumber(s, Math.Round(r.Timings.Milliseconds(s), 1));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
