using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// A second decoding pass over a tracked clip: writes the overlay video (<see cref="OverlayWriter"/>) and grabs
/// key-frame stills (<see cref="KeyFrameStill"/>) at the requested frame indices. One reused frame buffer.
/// </summary>
public static class OverlayPass
{
    /// <summary>
    /// Decodes <paramref name="video"/> from <paramref name="start"/> to <paramref name="end"/>; writes
    /// <paramref name="overlayPath"/> unless null; returns the JPEG of each frame in <paramref name="stills"/> that was decoded,
    /// with that frame's measured angles drawn (<see cref="MeasureDrawing"/>).
    /// Faces are blurred in both (<see cref="FaceBlur"/>) unless <paramref name="blurFaces"/> is false.
    /// <paramref name="framesDone"/> hears the number of frames decoded so far.
    /// </summary>
    public static IReadOnlyList<(int Index, byte[] Jpeg)> Run(string video, string? overlayPath, double? start, double? end, PoseSequence seq,
        IReadOnlyDictionary<int, IReadOnlyList<MeasureMark>> stills, CancellationToken cancel, bool blurFaces = true, Action<int>? framesDone = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        ArgumentNullException.ThrowIfNull(stills);
        var grabbed = new List<(int, byte[])>();
        if (overlayPath is null && stills.Count == 0) return grabbed;
        using var source = VideoSource.Open(video, start, end);
        double fps = seq.Video.Fps > 0 ? seq.Video.Fps : 30;
        using var writer = overlayPath is null ? null : new OverlayWriter(overlayPath, seq.Video.Width, seq.Video.Height, fps, blurFaces);
        var face = new FaceMemory(fps);
        using var frame = new Mat();
        int k = 0, decoded = 0, lastKey = stills.Count == 0 ? -1 : stills.Keys.Max();
        while (source.Read(frame, out int index, out double time))
        {
            cancel.ThrowIfCancellationRequested();
            while (k < seq.Frames.Count && seq.Frames[k].Index < index) k++;
            var pose = k < seq.Frames.Count && seq.Frames[k].Index == index && seq.Frames[k].Status != FrameStatus.Lost ? seq.Frames[k] : null;
            var faceRegion = face.Next(pose);
            if (stills.TryGetValue(index, out var marks)) grabbed.Add((index, KeyFrameStill.Jpeg(frame, pose, blurFaces, faceRegion, marks)));
            writer?.Write(frame, pose, time);
            framesDone?.Invoke(++decoded);
            if (k >= seq.Frames.Count || (writer is null && index >= lastKey)) break;
        }
        writer?.Complete();
        return grabbed;
    }
}
