using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pose;
using GaitCheck.Pose.Extraction;

namespace GaitCheck.Pipeline.PoseExtraction;

/// <summary>What `gaitcheck pose` asks for. Model is lite, full or heavy; Filter offline, online or none; Person "X,Y".</summary>
public sealed record ExtractPoseRequest
{
    public required string Video { get; init; }
    public required string OutDir { get; init; }
    public string Model { get; init; } = "full";
    public double? Start { get; init; }
    public double? End { get; init; }
    public string? Person { get; init; }
    public bool Overlay { get; init; } = true;
    /// <summary>Blur faces in the overlay (default).</summary>
    public bool Blur { get; init; } = true;
    public string Filter { get; init; } = "offline";
    public bool Flip { get; init; } = true;
    public bool Refine { get; init; } = true;
}

/// <summary>The run's one-line summary and its warnings about the video.</summary>
public sealed record ExtractPoseOutcome(string Summary, IReadOnlyList<string> Warnings);

/// <summary>`gaitcheck pose`: tracks the assessed person (GaitCheck.Pose) and writes keypoints.json/.csv, timings and overlay (<see cref="PoseOutputs"/>).</summary>
public static class ExtractPose
{
    public static ExtractPoseOutcome Run(ExtractPoseRequest q, IProgress<Core.ProgressUpdate>? progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(q);
        var checkedSettings = new AnalyzeSettings { Start = q.Start, End = q.End, Person = AnalyzeSettings.ParsePerson(q.Person) };
        checkedSettings.Validate();
        var options = new PoseExtractionOptions
        {
            Model = Enum.Parse<PoseModelKind>(q.Model, ignoreCase: true),
            StartSeconds = checkedSettings.Start,
            EndSeconds = checkedSettings.End,
            Person = checkedSettings.Person,
            Overlay = q.Overlay,
            Filter = Enum.Parse<PoseFilterMode>(q.Filter, ignoreCase: true),
            Flip = q.Flip,
            Refine = q.Refine,
        };
        Core.InputFile.RequireRegular(q.Video, "video");
        var frames = progress is null ? null : ClipPipeline.ExpectedFrames(q.Video, options.StartSeconds, options.EndSeconds);
        var result = PoseOutputs.Run(q.Video, q.OutDir, options, ClipPipeline.Report(progress, "pose", frames), cancel, q.Blur);
        var seq = result.Sequence;
        return new ExtractPoseOutcome(result.Summary(q.OutDir), VideoWarnings.For(q.Video, seq.Video, seq.Frames[^1].Time));
    }
}
