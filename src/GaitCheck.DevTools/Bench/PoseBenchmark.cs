using System.Text;
using GaitCheck.Core;
using GaitCheck.Pose;
using GaitCheck.Pose.Extraction;
using GaitCheck.Pose.Tracking;

namespace GaitCheck.DevTools.Bench;

/// <summary>
/// `gaitcheck bench pose`: end-to-end frames per second of the pose stage (decode → detect/track → warp →
/// landmarks → offline-filtered sequence; no overlay, no file output) with ONNX Runtime in the default setting
/// (flip averaging + heatmap refinement), without flip averaging (its cost), and in MediaPipe's single pass (no flip,
/// no refinement); and, in the same process, that single pass with OpenCV DNN running the .tflite landmark model.
/// Prints a per-stage breakdown, peak RSS (VmHWM, reset between runs through /proc/self/clear_refs) and resident
/// memory sampled along the clip, so growth with clip length is visible.
/// </summary>
public static class PoseBenchmark
{
    public sealed record Row(string Pipeline, PoseExtractionResult Result, long PeakRssKb, IReadOnlyList<(int Frame, long RssKb)> RssSamples);

    public static IReadOnlyList<Row> Run(string video, string tflite, PoseModelKind kind, string? modelsDir, TextWriter log)
    {
        var rows = new List<Row>();
        var runs = new (string Name, LandmarkBackend Backend, bool Flip, bool Refine)[]
        {
            ("onnxruntime (default: flip + refine)", LandmarkBackend.OnnxRuntime, true, true),
            ("onnxruntime, no flip", LandmarkBackend.OnnxRuntime, false, true),
            ("onnxruntime, single pass", LandmarkBackend.OnnxRuntime, false, false),
            ("opencv-dnn, single pass", LandmarkBackend.OpenCvDnn, false, false),
        };
        foreach (var (name, backend, flip, refine) in runs)
        {
            var options = new PoseExtractionOptions
            {
                Model = kind, Overlay = false, Filter = PoseFilterMode.Offline, Backend = backend, TflitePath = tflite, ModelsDirectory = modelsDir,
                Flip = flip, Refine = refine,
            };
            GC.Collect();
            ResetPeakRss();
            var samples = new List<(int, long)>();
            var result = PoseExtractor.Run(video, options, n => { if (n % 100 == 0) samples.Add((n, ProcStatusKb("VmRSS"))); });
            var row = new Row(name, result, ProcStatusKb("VmHWM"), samples);
            rows.Add(row);
            log.WriteLine(Format(row));
        }
        double flipCost = rows[1].Result.FramesPerSecond / rows[0].Result.FramesPerSecond;
        double speedup = rows[2].Result.FramesPerSecond / rows[3].Result.FramesPerSecond;
        log.WriteLine($"default (flip + refine): {Inv.F(rows[0].Result.FramesPerSecond, 1)} fps end to end (target >= 40 fps at 1080p, full model); flip averaging costs {Inv.F(flipCost, 2)}x the time of one pass");
        log.WriteLine($"single pass, onnxruntime / opencv-dnn: {Inv.F(speedup, 2)}x (target >= 1.8x); peak RSS target <= 500 MB");
        return rows;
    }

    public static string Format(Row r)
    {
        var res = r.Result;
        var sb = new StringBuilder();
        sb.Append(Inv.C, $"{r.Pipeline}: {res.Sequence.Model}: {res.Frames} frames {res.Sequence.Video.Width}x{res.Sequence.Video.Height} in {Inv.F(res.TrackingSeconds, 2)} s = {Inv.F(res.FramesPerSecond, 1)} fps end-to-end; tracked {Inv.F(100 * res.TrackedFraction, 1)}%, detector {res.DetectorRuns}x; peak RSS {Inv.F(r.PeakRssKb / 1024.0, 0)} MB\n");
        sb.Append("  per frame (ms): ");
        foreach (var s in StageTimings.Stages)
            sb.Append(s).Append(' ').Append(Inv.F(res.Timings.Milliseconds(s) / Math.Max(1, res.Frames), 2)).Append("  ");
        sb.Append("(decode runs on its own thread, overlapped with inference)\n");
        if (r.RssSamples.Count > 0)
            sb.Append("  RSS (MB) at frame: ").Append(string.Join("  ", r.RssSamples.Where((_, i) => i % Math.Max(1, r.RssSamples.Count / 8) == 0 || i == r.RssSamples.Count - 1)
                .Select(s => $"{Inv.I(s.Frame)}:{Inv.F(s.RssKb / 1024.0, 0)}")));
        return sb.ToString();
    }

    /// <summary>Resets VmHWM to the current RSS (Linux ≥ 4.0: write "5" to /proc/self/clear_refs).</summary>
    private static void ResetPeakRss()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* not Linux or not permitted: the peak then covers the whole process */ }
    }

    /// <summary>A "kB" field of /proc/self/status; falls back to Process.PeakWorkingSet64 off Linux.</summary>
    public static long ProcStatusKb(string field)
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], Inv.C);
        using var p = System.Diagnostics.Process.GetCurrentProcess();
        return (field == "VmHWM" ? p.PeakWorkingSet64 : p.WorkingSet64) / 1024;
    }
}
