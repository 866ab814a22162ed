using System.Diagnostics;

namespace GaitCheck.Pose.Tracking;

/// <summary>Accumulated wall time per pipeline stage (Stopwatch ticks), plus how often each ran.</summary>
public sealed class StageTimings
{
    public static readonly string[] Stages = ["decode", "detect", "warp", "infer", "post", "filter"];
    private readonly long[] _ticks = new long[Stages.Length];
    private readonly int[] _counts = new int[Stages.Length];

    public void Add(string stage, long startTimestamp)
    {
        int i = Array.IndexOf(Stages, stage);
        if (i < 0) throw new ArgumentException($"unknown stage '{stage}'", nameof(stage));
        Interlocked.Add(ref _ticks[i], Stopwatch.GetTimestamp() - startTimestamp);
        Interlocked.Increment(ref _counts[i]);
    }

    public double Milliseconds(string stage) => _ticks[Array.IndexOf(Stages, stage)] * 1000.0 / Stopwatch.Frequency;
    public int Count(string stage) => _counts[Array.IndexOf(Stages, stage)];
}
