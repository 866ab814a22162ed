using System.Diagnostics;
using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Pipeline.Json;
using GaitCheck.Reporting;
using GaitCheck.Video;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>What one `analyze` run produced.</summary>
/// <param name="OutDir">The output folder.</param>
/// <param name="Document">The report as written.</param>
/// <param name="Timings">Wall time per stage.</param>
/// <param name="Headline">One line for the terminal: view, movement, counts, findings.</param>
/// <param name="WrongView">Set when the view allowed none of the movement's metrics (the report is still written, with filming advice).</param>
/// <param name="Warnings">One-line warnings about the video (truncated, repaired frame times, ignored rotation), for stderr.</param>
public sealed record ClipOutcome(string OutDir, ReportDocument Document, IReadOnlyList<StageTiming> Timings, string Headline, string? WrongView = null,
    IReadOnlyList<string>? Warnings = null)
{
    public string ReportPath => Path.Combine(OutDir, ReportWriter.ReportFile);

    /// <summary>The analysis behind the report (a session joins several).</summary>
    public Analysis.Results.AnalysisResult? Result { get; init; }
}

/// <summary>
/// `gaitcheck analyze`: video → pose extraction → structure + metrics + findings → report folder.
/// Order of work: check the settings, the input and the output folder first (cheap, before models load), track the
/// pose, analyse, then write keypoints, overlay and key frames, charts, CSV, result.json, timings.json and report.html
/// into a staging folder, and move them into place, report.html last (see <see cref="StagedOutput"/>): a run that
/// fails or is stopped leaves the folder as it was. Every native resource is owned by a stage and disposed there.
/// Per-stage wall times go to timings.json (the one file that differs between identical runs).
/// </summary>
public static class ClipPipeline
{
    public const string TimingsFile = "timings.json";

    /// <summary>The whole verb; <paramref name="progress"/> hears the pose and overlay stages' frames, each stage named <paramref name="stagePrefix"/> + "pose" etc.</summary>
    public static ClipOutcome Run(string video, string outDir, AnalyzeSettings settings, TextWriter? log = null, CancellationToken cancel = default,
        IProgress<ProgressUpdate>? progress = null, string stagePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var timings = new List<StageTiming>();
        long t = Stopwatch.GetTimestamp();
        CheckInput(video, settings);
        long? frames = ExpectedFrames(video, settings.Start, settings.End);
        using var output = StagedOutput.Begin(outDir, video);
        Lap(timings, "open", ref t);

        log?.WriteLine($"analyze: tracking the pose in {Path.GetFileName(video)}");
        var pose = PoseStage.Run(video, settings, cancel, Report(progress, stagePrefix + "pose", frames));
        timings.AddRange(pose.Timings);
        Lap(timings, "pose", ref t);
        cancel.ThrowIfCancellationRequested();

        if (settings.Markers is not (null or "none")) log?.WriteLine("analyze: tracking the skin markers");
        var markers = MarkerStage.Run(video, pose.Sequence, settings, cancel);
        if (markers.Seconds > 0)
        {
            Lap(timings, "markers", ref t);
            timings.Add(new StageTiming("markers.detect", markers.DetectionSeconds));
        }
        cancel.ThrowIfCancellationRequested();

        var staged = output.Write(dir => Finish(pose.Sequence, video, dir, settings, timings, t, log, cancel, markers,
            Report(progress, stagePrefix + "overlay", pose.Sequence.Frames.Count)));
        cancel.ThrowIfCancellationRequested();
        output.Commit();
        var seq = pose.Sequence;
        return staged with { OutDir = output.Dir, Warnings = VideoWarnings.For(video, seq.Video, seq.Frames[^1].Time) };
    }

    /// <summary>
    /// The stages after pose extraction, on a landmark sequence: analysis, keypoints, overlay and key frames
    /// (only when <paramref name="video"/> is given), charts, CSV, result.json, timings.json, report.html last,
    /// written straight into <paramref name="outDir"/> (<see cref="Run"/> gives it a staging folder).
    /// </summary>
    public static ClipOutcome Finish(PoseSequence seq, string? video, string outDir, AnalyzeSettings settings,
        List<StageTiming>? timings = null, long? startTimestamp = null, TextWriter? log = null, CancellationToken cancel = default,
        MarkerStageResult? markers = null, Action<int>? overlayFrames = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        ArgumentNullException.ThrowIfNull(settings);
        timings ??= [];
        long t = startTimestamp ?? Stopwatch.GetTimestamp();
        var analysis = AnalysisStage.Run(seq, settings, markers);
        Lap(timings, "analyse", ref t);

        PoseStage.WriteKeypoints(outDir, seq);
        if (markers?.Tracks is { } tracks) ReportWriter.WriteMarkers(outDir, tracks, seq);
        IReadOnlyList<KeyFrameImage> keyFrames = [];
        if (video != null)
        {
            bool overlay = settings.Overlay ?? true, stills = settings.KeyFrames ?? true;
            log?.WriteLine(overlay ? "analyze: writing the overlay video" : "analyze: grabbing key frames");
            keyFrames = OverlayStage.Run(video, overlay ? Path.Combine(outDir, "overlay.mp4") : null, settings.Start, settings.End, seq,
                stills ? analysis.KeyFrames : new Dictionary<int, KeyFrameRequest>(), cancel, settings.Blur ?? true, overlayFrames);
            Lap(timings, "overlay", ref t);
        }
        cancel.ThrowIfCancellationRequested();

        bool overlayWritten = video != null && (settings.Overlay ?? true);
        var doc = analysis.Document with
        {
            KeyFrames = keyFrames,
            OverlayVideo = overlayWritten ? "overlay.mp4" : null,
            Date = video is null ? null : File.GetLastWriteTimeUtc(video).ToString("yyyy-MM-dd", Inv.C),
        };
        ReportWriter.WriteBeforeReport(outDir, doc, analysis.Result);
        var all = timings.Append(new StageTiming("report", Stopwatch.GetElapsedTime(t).TotalSeconds)).ToList();
        AtomicFile.WriteAllText(Path.Combine(outDir, TimingsFile), TimingsJson(all));
        ReportWriter.WriteReport(outDir, doc);
        Lap(timings, "report", ref t);
        return new ClipOutcome(outDir, doc, timings, analysis.Headline, analysis.WrongView) { Result = analysis.Result };
    }

    /// <summary>Missing or unreadable input, not a regular file, or not a video: fail before any model is loaded.</summary>
    private static void CheckInput(string video, AnalyzeSettings s)
    {
        if (Directory.Exists(video)) throw new GaitCheckException(ExitCode.InputNotFound, $"{video} is a folder, not a video (use `gaitcheck batch` for folders)");
        using var probe = VideoSource.Open(video, s.Start, s.End);
    }

    /// <summary>The expected number of frames from <paramref name="start"/> to <paramref name="end"/> (for the progress line); null when the container does not say.</summary>
    internal static long? ExpectedFrames(string video, double? start, double? end)
    {
        VideoInfo info;
        try
        {
            using var probe = VideoSource.Open(video, start, end);
            info = probe.Info;
        }
        catch (GaitCheckException) { return null; } // the stage that reads the video reports it
        if (info.Fps <= 0 || info.DurationSeconds <= 0) return info.FrameCount > 0 ? info.FrameCount : null;
        double seconds = Math.Min(end ?? info.DurationSeconds, info.DurationSeconds) - (start ?? 0);
        return Math.Max(1, (long)Math.Round(seconds * info.Fps));
    }

    /// <summary>Frames done of a stage as <see cref="ProgressUpdate"/>s (null without a listener).</summary>
    internal static Action<int>? Report(IProgress<ProgressUpdate>? progress, string stage, long? total) =>
        progress is null ? null : n => progress.Report(new ProgressUpdate(stage, n, total is { } t ? Math.Max(t, n) : null));

    private static void Lap(List<StageTiming> timings, string stage, ref long t)
    {
        timings.Add(new StageTiming(stage, Stopwatch.GetElapsedTime(t).TotalSeconds));
        t = Stopwatch.GetTimestamp();
    }

    public static string TimingsJson(IReadOnlyList<StageTiming> timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        var doc = new ClipTimingsDocument(timings.Select(s => KeyValuePair.Create(s.Stage, s.Seconds)).ToList(),
            timings.Where(s => !s.Stage.Contains('.', StringComparison.Ordinal)).Sum(s => s.Seconds));
        return JsonOutput.ToText(doc, TimingsJsonContext.Default.ClipTimingsDocument, new JsonWriterOptions { Indented = true });
    }
}
