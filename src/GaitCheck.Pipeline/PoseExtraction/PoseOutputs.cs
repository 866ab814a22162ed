using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pipeline.Json;
using GaitCheck.Pose.Extraction;
using GaitCheck.Pose.Tracking;

namespace GaitCheck.Pipeline.PoseExtraction;

/// <summary>
/// `gaitcheck pose`: tracks a video and writes its files: keypoints.json (Core.KeypointFile), keypoints.csv
/// (<see cref="KeypointCsv"/>), timings.json (per-stage wall time; the only file that differs between identical
/// runs) and, unless disabled, overlay.mp4 drawn by a second decoding pass so the overlay shows the final
/// (filtered) landmarks. Files are written through a <see cref="StagedOutput"/> and moved into place together,
/// keypoints.json last, so a failed or interrupted run leaves the folder as it was.
/// </summary>
public static class PoseOutputs
{
    /// <summary>The whole verb: input and output folder checked first (before the models load), then tracking and writing.</summary>
    public static PoseExtractionResult Run(string videoPath, string outDir, PoseExtractionOptions options, Action<int>? progress = null, CancellationToken cancel = default,
        bool blurFaces = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        InputFile.RequireRegular(videoPath, "video");
        using var output = StagedOutput.Begin(outDir, videoPath, OutputFolder.PoseFiles, ownsCharts: false);
        var result = PoseExtractor.Run(videoPath, options, progress, cancel);
        WriteInto(output, videoPath, options, result, cancel, blurFaces);
        return result;
    }

    /// <summary>Writes an existing result into <paramref name="outDir"/> (staged, then moved into place).</summary>
    public static void Write(string videoPath, string outDir, PoseExtractionOptions options, PoseExtractionResult result, CancellationToken cancel = default)
    {
        using var output = StagedOutput.Begin(outDir, videoPath, OutputFolder.PoseFiles, ownsCharts: false);
        WriteInto(output, videoPath, options, result, cancel);
    }

    private static void WriteInto(StagedOutput output, string videoPath, PoseExtractionOptions options, PoseExtractionResult result, CancellationToken cancel,
        bool blurFaces = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        output.Write(dir =>
        {
            KeypointFile.Save(result.Sequence, Path.Combine(dir, "keypoints.json"));
            KeypointCsv.Save(result.Sequence, Path.Combine(dir, "keypoints.csv"));
            AtomicFile.WriteAllText(Path.Combine(dir, "timings.json"), TimingsJson(result));
            if (options.Overlay) WriteOverlay(videoPath, Path.Combine(dir, "overlay.mp4"), options, result.Sequence, cancel, blurFaces);
            return dir;
        });
        cancel.ThrowIfCancellationRequested();
        output.Commit("keypoints.json");
    }

    public static void WriteOverlay(string videoPath, string overlayPath, PoseExtractionOptions options, PoseSequence seq, CancellationToken cancel = default,
        bool blurFaces = true) =>
        Analyze.OverlayStage.Run(videoPath, overlayPath, options.StartSeconds, options.EndSeconds, seq, new Dictionary<int, Reporting.KeyFrameRequest>(), cancel, blurFaces);

    public static string TimingsJson(PoseExtractionResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var doc = new PoseTimingsDocument(r.Frames, r.TrackingSeconds, r.FramesPerSecond, r.DetectorRuns, r.ZoomedSearches,
            StageTimings.Stages.Select(s => KeyValuePair.Create(s, r.Timings.Milliseconds(s))).ToList());
        return JsonOutput.ToText(doc, TimingsJsonContext.Default.PoseTimingsDocument, new JsonWriterOptions { Indented = true });
    }
}
