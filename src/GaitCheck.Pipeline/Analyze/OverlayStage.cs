using GaitCheck.Core;
using GaitCheck.Reporting;
using GaitCheck.Video;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// Adapter to the video stage's second pass (<see cref="OverlayPass"/>): overlay.mp4 and, at the requested frames
/// (e.g. squat bottoms), the report's captioned key frames. `gaitcheck pose` uses it too, without key frames.
/// </summary>
internal static class OverlayStage
{
    public static IReadOnlyList<KeyFrameImage> Run(string video, string? overlayPath, double? start, double? end, PoseSequence seq,
        IReadOnlyDictionary<int, KeyFrameRequest> keyFrames, CancellationToken cancel, bool blurFaces = true,
        Action<int>? framesDone = null)
    {
        var stills = OverlayPass.Run(video, overlayPath, start, end, seq, keyFrames.ToDictionary(k => k.Key, k => k.Value.Marks), cancel, blurFaces, framesDone);
        return [.. stills.Select(s => new KeyFrameImage(keyFrames[s.Index].Caption, "image/jpeg", s.Jpeg))];
    }
}
