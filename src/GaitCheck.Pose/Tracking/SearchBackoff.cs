namespace GaitCheck.Pose.Tracking;

/// <summary>
/// When the zoomed small-subject search (<see cref="ZoomedSearch"/>, 32 detector runs on a 16:9 frame) may run: only
/// on frames where the whole-frame detector found nobody to track, and then with a growing interval while nobody is
/// seen. The first search runs at once; each search doubles the wait before the next (1, 2, 4, 8, ... frames) up to
/// <see cref="MaxInterval"/> frames, one second of video (<see cref="ForFps"/>); any frame where the subject's pose
/// is confirmed resets the wait to nothing, so a subject lost for a moment is searched for again on the very next
/// frame. The whole-frame detector still runs on every frame without a subject, as in MediaPipe. Counted in frames,
/// so the same input gives the same searches.
/// </summary>
public sealed class SearchBackoff
{
    /// <summary>Longest wait between two searches while nobody is found, in seconds of video.</summary>
    public const double MaxWaitSeconds = 1.0;

    /// <summary>The cap in frames when the frame rate is unknown.</summary>
    public const int DefaultMaxInterval = 16;

    private int _interval = 1;
    private long _next;

    /// <param name="maxInterval">Longest wait between two searches, in frames (at least 1).</param>
    public SearchBackoff(int maxInterval = DefaultMaxInterval) =>
        MaxInterval = maxInterval >= 1 ? maxInterval : throw new ArgumentOutOfRangeException(nameof(maxInterval), maxInterval, "at least one frame");

    /// <summary>Longest wait between two searches while nobody is found, in frames.</summary>
    public int MaxInterval { get; }

    /// <summary>A back-off whose longest wait is <see cref="MaxWaitSeconds"/> at <paramref name="fps"/> (60 frames at 60 fps, 30 at 30 fps).</summary>
    public static SearchBackoff ForFps(double fps) =>
        new(double.IsFinite(fps) && fps > 0 ? (int)Math.Clamp(Math.Round(fps * MaxWaitSeconds), 1, 240) : DefaultMaxInterval);

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
