using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// The face region of each frame in order (<see cref="FaceBlur.Region"/>), carrying the last one seen over frames
/// where the pose lost the person or the face, for up to one second, so a face does not flash sharp for a frame.
/// </summary>
public sealed class FaceMemory(double fps)
{
    private readonly int _hold = Math.Max(1, (int)Math.Round(fps > 0 ? fps : 30));
    private Rect? _last;
    private int _since;

    /// <summary>The region to blur in the next frame, given its pose (null: lost).</summary>
    public Rect? Next(PoseFrame? pose)
    {
        if (FaceBlur.Region(pose) is { } r)
        {
            _last = r;
            _since = 0;
            return r;
        }
        return ++_since <= _hold ? _last : null;
    }
}
