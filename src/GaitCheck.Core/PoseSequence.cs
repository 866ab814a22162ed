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
    public double MedianFrameInterval()
    {
        if (Frames.Count < 2) return Video.Fps > 0 ? 1.0 / Video.Fps : 1.0 / 30.0;
        var d = new double[Frames.Count - 1];
        for (int i = 1; i < Frames.Count; i++) d[i - 1] = Frames[i].Time - Frames[i - 1].Time;
        Array.Sort(d);
        return d[d.Length / 2];
    }
}
