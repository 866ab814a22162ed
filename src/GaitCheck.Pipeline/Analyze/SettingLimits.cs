namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// The accepted range of each numeric setting, in one place (README "Bad input" lists them). A value outside is a
/// usage error naming the setting (exit 2); nothing is capped silently.
/// </summary>
public static class SettingLimits
{
    /// <summary>Threads and parallel jobs: at most twice the logical cores. More only adds contention (and each batch
    /// job holds its own models, ~250 MB); 100000 threads once exhausted memory.</summary>
    public static int MaxThreads => 2 * Environment.ProcessorCount;

    /// <summary>Parallel batch jobs: the same bound as <see cref="MaxThreads"/>.</summary>
    public static int MaxJobs => MaxThreads;

    /// <summary>--start/--end: a day. A longer recording is not a gait clip, and larger values break seeking.</summary>
    public const int MaxSeconds = 86_400;

    /// <summary>--person coordinates: pixels of the upright frame (checked against the frame's size once it is open).</summary>
    public const int MaxPixel = 100_000;

    /// <summary>--capture-fps: from 1 to <see cref="GaitCheck.Core.VideoInfo.MaxCaptureFps"/> frames per second.</summary>
    public const double MinCaptureFps = 1;
}
