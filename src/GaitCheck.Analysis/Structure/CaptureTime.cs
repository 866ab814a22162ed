using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>
/// Puts a slow-motion clip's frame times on the real clock. A phone's slow-motion video captures at, say, 120 fps and
/// stores the frames for playback at 30: each stored second is a quarter of a real one, so every timing value
/// (cadence, contact time, rep duration) would be off by the same factor. With the capture rate known (the user's
/// <c>--capture-fps</c>, else the container's <see cref="VideoInfo.CaptureFps"/>), times are scaled by
/// playback fps / capture fps and the clip's rate becomes the capture rate.
/// </summary>
public static class CaptureTime
{
    /// <summary>The sequence on the real clock; rates within <see cref="CaptureTuning.SameRate"/> of each other are the same (no scaling).</summary>
    public static (PoseSequence Sequence, string? Note) ToCapture(PoseSequence seq, double? statedCaptureFps, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        double sameRate = (tuning ?? AnalysisTuning.Default).Capture.SameRate;
        var v = seq.Video;
        double? capture = statedCaptureFps ?? v.CaptureFps;
        if (capture is not { } c || !(c > 0) || !(v.Fps > 0) || Math.Abs(c - v.Fps) <= sameRate * v.Fps) return (seq, null);
        double k = v.Fps / c;
        var frames = seq.Frames.Select(f => new PoseFrame
        {
            Index = f.Index, Time = f.Time * k, Points = f.Points, Raw = f.Raw, World = f.World, PoseScore = f.PoseScore, Status = f.Status,
        }).ToList();
        var video = v with { Fps = c, DurationSeconds = v.DurationSeconds * k, CaptureFps = c };
        string source = statedCaptureFps is null ? "the video's metadata" : "--capture-fps";
        string note = $"slow motion: captured at {Inv.F(c, 0)} fps ({source}), stored for playback at {Inv.F(v.Fps, 0)} fps; times scaled by {Inv.F(k, 4)} to real time";
        return (new PoseSequence { Video = video, Frames = frames, Model = seq.Model, Filter = seq.Filter, Notes = seq.Notes }, note);
    }
}
