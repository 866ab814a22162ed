using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Core.Signal;
using GaitCheck.Pose;
using GaitCheck.Pose.Tracking;
using GaitCheck.Video;
using OpenCvSharp;

namespace GaitCheck.Pose.Extraction;

/// <summary>
/// The pose stage: VideoSource → PoseDetector / SubjectSelector → ROI → CropWarper → landmark model →
/// projection → (online One-Euro | offline Butterworth+Hampel | none) → PoseSequence. Owns every native
/// resource of the run and disposes it. Per-frame results are kept compact (33 points, raw and filtered, and
/// world points per frame); frame buffers are a fixed pool, so memory does not grow with clip length beyond them.
/// </summary>
public static class PoseExtractor
{
    /// <summary>Runs tracking on <paramref name="videoPath"/>. <paramref name="progress"/> receives the number of frames done.</summary>
    public static PoseExtractionResult Run(string videoPath, PoseExtractionOptions options, Action<int>? progress = null, CancellationToken cancel = default)
    {
        var store = new ModelStore(options.ModelsDirectory ?? ModelStore.DefaultDirectory());
        using var detector = new PoseDetector(store.DetectorPath, options.IntraOpThreads);
        using ILandmarkModel model = CreateModel(store, options);
        using var source = VideoSource.Open(videoPath, options.StartSeconds, options.EndSeconds);
        if (options.Person is { } person && (person.X >= source.Info.Width || person.Y >= source.Info.Height))
            throw new GaitCheckException(ExitCode.Usage,
                $"--person {Inv.Text(person.X)},{Inv.Text(person.Y)} is outside the {Inv.I(source.Info.Width)}x{Inv.I(source.Info.Height)} upright frame of {videoPath}");
        var selector = new SubjectSelector(options.Person is { } p ? new Point2f(p.X, p.Y) : null);
        // The zoomed search gets its own single-threaded detector session: on 2 cores a second thread does not speed up
        // the small detector (one 4K search: 250 ms wall and 270 ms CPU with one thread, 290 ms and 500 ms with two).
        using var tileDetector = options.SmallSubjectSearch ? new PoseDetector(store.DetectorPath, 1) : null;
        using var zoomed = tileDetector is null ? null : new ZoomedSearch(tileDetector);
        Func<Mat, IReadOnlyList<Detection>>? search = zoomed is null ? null : m => zoomed.Detect(m);
        using var tracker = new PoseTracker(m => detector.Detect(m), model, selector, search, SearchBackoff.ForFps(source.Info.Fps));
        var timings = tracker.Timings;
        var online = new OnlineLandmarkFilter();
        using var camera = new CameraMotionMeter(source.Info.Fps);
        var frames = new List<PoseFrame>(Math.Max(16, source.Info.FrameCount));
        int detectorRuns = 0, zoomedSearches = 0;

        long start = Stopwatch.GetTimestamp();
        using (var pump = new FramePump(source, timings, options.PipelineDecode))
        {
            while (pump.Next() is { } slot)
            {
                cancel.ThrowIfCancellationRequested();
                // Read everything from the slot before giving it back: the decoder thread refills it at once.
                int index = slot.Index;
                double time = slot.Time;
                var tracked = tracker.Process(slot.Frame, time);
                long tc = Stopwatch.GetTimestamp();
                camera.Add(slot.Frame, time, tracked.Status == FrameStatus.Lost ? null : tracked.Points);
                timings.Add("camera", tc);
                pump.Release(slot);
                detectorRuns += tracked.DetectorRuns;
                zoomedSearches += tracked.ZoomedSearches;
                long t0 = Stopwatch.GetTimestamp();
                Keypoint[] points = tracked.Points;
                if (options.Filter == PoseFilterMode.Online)
                {
                    if (tracked.Status == FrameStatus.Lost) online.Reset();
                    else points = online.Apply(tracked.Points, time);
                }
                frames.Add(new PoseFrame
                {
                    Index = index, Time = time, Status = tracked.Status, PoseScore = tracked.PoseFlag,
                    Points = points, Raw = tracked.Points, World = tracked.World,
                });
                timings.Add("filter", t0);
                progress?.Invoke(frames.Count);
            }
        }
        var info = source.Info;
        if (frames.Count == 0) throw new GaitCheckException(ExitCode.BadVideo, $"{videoPath}: no frame could be decoded in the requested range");
        if (frames.Count == 1) throw new GaitCheckException(ExitCode.BadVideo, $"{videoPath} has a single frame in the requested range: a movement needs a video");
        if (!(info.Fps > 0)) info = info with { Fps = 1.0 / PoseSequence.MedianInterval(frames) }; // no declared rate: the frames' own (times are increasing)
        if (frames.TrueForAll(f => f.Status == FrameStatus.Lost))
            throw new GaitCheckException(ExitCode.NoPerson, $"no person found in {videoPath} ({frames.Count} frames searched)");

        var seq = new PoseSequence
        {
            Video = info, Frames = frames, Model = model.Name,
            Filter = options.Filter switch { PoseFilterMode.Online => "one-euro (mediapipe: min_cutoff 0.1, beta 40, dcutoff 1, velocity scaled by body size)", _ => "none" },
            Notes = Notes(frames, detectorRuns, zoomedSearches, info, camera.Summary()),
        };
        if (options.Filter == PoseFilterMode.Offline)
        {
            long t0 = Stopwatch.GetTimestamp();
            seq = SequenceFilter.Offline(seq, new OfflineFilterOptions());
            timings.Add("filter", t0);
        }
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new PoseExtractionResult { Sequence = seq, Timings = timings, TrackingSeconds = seconds, DetectorRuns = detectorRuns, ZoomedSearches = zoomedSearches };
    }

    /// <summary>The landmark model the options ask for: ONNX Runtime (optionally heatmap-refined) or OpenCV DNN, flip-averaged unless switched off.</summary>
    private static ILandmarkModel CreateModel(ModelStore store, PoseExtractionOptions options)
    {
        // Flip averaging with 2+ threads: two single-threaded sessions run the crop and its mirror side by side.
        bool parallel = options.Flip && options.IntraOpThreads >= 2;
        int threads = parallel ? options.IntraOpThreads / 2 : options.IntraOpThreads;
        ILandmarkModel Create() => options.Backend == LandmarkBackend.OnnxRuntime
            ? new LandmarkModel(store.LandmarkPath(options.Model), threads, options.Refine)
            : new OpenCvLandmarkModel(options.TflitePath ?? throw new GaitCheckException(ExitCode.Usage, "the OpenCV DNN backend needs the .tflite path"));
        if (!options.Flip) return Create();
        var direct = Create();
        try { return new FlipAveragedLandmarkModel(direct, parallel ? Create() : null); }
        catch { direct.Dispose(); throw; }
    }

    private static SortedDictionary<string, string> Notes(List<PoseFrame> frames, int detectorRuns, int zoomedSearches, VideoInfo info,
        (double Median, double P90, int Samples) camera)
    {
        int lost = frames.Count(f => f.Status == FrameStatus.Lost);
        var notes = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["pose.frames"] = Inv.I(frames.Count),
            ["pose.frames_lost"] = Inv.I(lost),
            ["pose.frames_detected"] = Inv.I(frames.Count(f => f.Status == FrameStatus.Detected)),
            ["pose.detector_runs"] = Inv.I(detectorRuns),
            ["pose.lost_segments"] = Inv.I(LostSegments(frames)),
            // Read by the analysis (GaitCheck.Analysis.CameraMotion): the background's motion in frame widths per second.
            [NoteKeys.CameraPan] = Inv.F(camera.Median, 4),
            [NoteKeys.CameraPanMax] = Inv.F(camera.P90, 4),
            ["camera.samples"] = Inv.I(camera.Samples),
        };
        // Only when it ran, so clips whose subject the whole-frame detector finds keep MediaPipe's outputs byte for byte.
        if (zoomedSearches > 0) notes["pose.zoomed_searches"] = Inv.I(zoomedSearches);
        if (info.Truncated) notes["video.truncated"] = $"decoding stopped at frame {frames[^1].Index} (t = {Inv.F(frames[^1].Time, 3)} s): the file is damaged or truncated";
        return notes;
    }

    private static int LostSegments(List<PoseFrame> frames)
    {
        int n = 0;
        for (int i = 0; i < frames.Count; i++)
            if (frames[i].Status == FrameStatus.Lost && (i == 0 || frames[i - 1].Status != FrameStatus.Lost)) n++;
        return n;
    }
}
