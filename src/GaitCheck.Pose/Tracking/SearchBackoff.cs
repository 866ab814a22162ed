namespace GaitCheck.Pose.Tracking;

/// <summary>
/// When the zoomed small-subject search (<see cref="ZoomedSearch"/>, 32 detector runs on a 16:9 frame) may run: only
/// on frames where the whole-frame detector found nobody to track, and then with a growing interval while nobody is
/// seen. The first search runs at once; each search doubles the wait before the next (1, 2, 4, 8, then every
/// <see cref="MaxInterval"/> frames); any frame where the subject's pose is confirmed resets the wait to nothing, so a
/// subject lost for a moment is searched for again on the very next frame. The whole-frame detector still runs on
/// every frame without a subject, as in MediaPipe. Counted in frames, so the same input gives the same searches.
/// </summary>
public sealed class SearchBackoff
{
    /// <summary>Longest wait between two searches while nobody is found, in frames (0.27 s at 60 fps, 0.53 s at 30 fps).</summary>
    public const int MaxInterval = 16;

    private int _interval = 1;
    private long _next;

    /// <summary>Whether a search may run on frame <paramref name="frame"/>.</summary>
    public bool Due(long frame) => frame >= _next;

    /// <summary>A search ran on <paramref name="frame"/>: the next waits the current interval, which then doubles.</summary>
    public void Searched(long frame)
    {
        _next = frame + _interval;
        _interval = Math.Min(MaxInterval, 2 * _interval);
    }

    /// <summary>The subject was seen: the next search, if one is needed, runs at once.</summary>
    public void Reset()
    {
        _interval = 1;
        _next = 0;
    }
}
