using System.Diagnostics;

namespace GaitCheck.Pose.Tracking;

/// <summary>Accumulated wall time per pipeline stage (Stopwatch ticks).</summary>
public sealed class StageTimings
{
    public static readonly string[] Stages = ["decode", "detect", "warp", "infer", "post", "camera", "filter"];
    private readonly long[] _ticks = new long[Stages.Length];

    public void Add(string stage, long startTimestamp)
    {
        int i = Array.IndexOf(Stages, stage);
        if (i < 0) throw new ArgumentException($"unknown stage '{stage}'", nameof(stage));
        Interlocked.Add(ref _ticks[i], Stopwatch.GetTimestamp() - startTimestamp);
    }

    public double Milliseconds(string stage) => _ticks[Array.IndexOf(Stages, stage)] * 1000.0 / Stopwatch.Frequency;
}
