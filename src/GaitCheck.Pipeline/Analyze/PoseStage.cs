using GaitCheck.Core;
using GaitCheck.Pipeline.PoseExtraction;
using GaitCheck.Pose;
using GaitCheck.Pose.Extraction;
using GaitCheck.Reporting;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>Adapter to the pose-extraction stage (the one place `analyze` touches its API).</summary>
internal static class PoseStage
{
    public static PoseExtractionOptions Options(AnalyzeSettings s) => new()
    {
        Model = s.Model ?? PoseModelKind.Full,
        StartSeconds = s.Start,
        EndSeconds = s.End,
        Person = s.Person,
        Overlay = false, // analyze draws its own overlay pass, which also grabs the key frames
        Filter = s.Filter switch { "online" => PoseFilterMode.Online, "none" => PoseFilterMode.None, _ => PoseFilterMode.Offline },
        ModelsDirectory = s.ModelsDirectory,
        IntraOpThreads = s.Threads ?? 2, // range-checked in AnalyzeSettings.Validate
    };

    public sealed record Output(PoseSequence Sequence, IReadOnlyList<StageTiming> Timings);

    public static Output Run(string video, AnalyzeSettings s, CancellationToken cancel, Action<int>? framesDone = null)
    {
        var r = PoseExtractor.Run(video, Options(s), framesDone, cancel);
        var timings = Pose.Tracking.StageTimings.Stages
            .Select(st => new StageTiming("pose." + st, r.Timings.Milliseconds(st) / 1000.0))
            .Where(t => t.Seconds > 0).ToList();
        return new Output(r.Sequence, timings);
    }

    /// <summary>keypoints.json (Core's format, re-analysable with `analyze-keypoints`), keypoints.csv and landmarks.trc.</summary>
    public static void WriteKeypoints(string dir, PoseSequence seq)
    {
        KeypointFile.Save(seq, Path.Combine(dir, "keypoints.json"));
        KeypointCsv.Save(seq, Path.Combine(dir, "keypoints.csv"));
        Reporting.Export.TrcWriter.Save(seq, Path.Combine(dir, Reporting.Export.TrcWriter.FileName));
    }
}
