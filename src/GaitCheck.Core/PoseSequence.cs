namespace GaitCheck.Core;

/// <summary>A clip's landmark sequence for the one assessed person, plus how it was made.</summary>
public sealed class PoseSequence
{
    public required VideoInfo Video { get; init; }
    public required IReadOnlyList<PoseFrame> Frames { get; init; }
    /// <summary>Model name (e.g. "pose_landmark_full"), or "synthetic" / "ground-truth".</summary>
    public string Model { get; init; } = "";
    /// <summary>Description of the filter applied to <see cref="PoseFrame.Points"/>, e.g. "butterworth4 6Hz + hampel".</summary>
    public string Filter { get; init; } = "none";
    /// <summary>Free-form producer facts (gap counts, timings...). Keys and values are written sorted.</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Median frame interval in seconds (robust to VFR); 1/Fps when fewer than two frames.</summary>
    public double MedianFrameInterval() =>
        Frames.Count < 2 ? (Video.Fps > 0 ? 1.0 / Video.Fps : 1.0 / 30.0) : MedianInterval(Frames);

    /// <summary>Median interval between consecutive frames' times (at least two frames).</summary>
    public static double MedianInterval(IReadOnlyList<PoseFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count < 2) throw new ArgumentException("at least two frames are needed", nameof(frames));
        var d = new double[frames.Count - 1];
        for (int i = 1; i < frames.Count; i++) d[i - 1] = frames[i].Time - frames[i - 1].Time;
        Array.Sort(d);
        return d[d.Length / 2];
    }
}
