namespace GaitCheck.Core;

/// <summary>Facts about a source clip. Width and height are of the upright (displayed) frame.</summary>
public sealed record VideoInfo
{
    public required string Path { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    /// <summary>Nominal frames per second from the container (real timestamps are per frame).</summary>
    public required double Fps { get; init; }
    public int FrameCount { get; init; }
    public double DurationSeconds { get; init; }
    /// <summary>Clockwise rotation in degrees applied to the stored pixels to display them upright (0, 90, 180, 270).</summary>
    public int Rotation { get; init; }
    public string Codec { get; init; } = "";
    /// <summary>True when decoding stopped early on a damaged or truncated stream.</summary>
    public bool Truncated { get; init; }
    /// <summary>True when the container's frame times were zero or not increasing and were rebuilt from the frame index at <see cref="Fps"/>.</summary>
    public bool TimestampsRepaired { get; init; }
    /// <summary>
    /// The rate the frames were captured at, when it differs from the playback rate <see cref="Fps"/> (slow-motion
    /// video: e.g. 120 fps captured, stored for playback at 30), from the container (Android's
    /// <c>com.android.capture.fps</c>) or stated by the user; null when nothing states it.
    /// </summary>
    public double? CaptureFps { get; init; }
    /// <summary>The highest capture rate accepted (phones reach 960 fps in bursts).</summary>
    public const double MaxCaptureFps = 1000;
    /// <summary>A rotation tag that is not a multiple of 90° (degrees, clockwise), which was not applied; 0 when none.</summary>
    public int IgnoredRotation { get; init; }
}
