namespace GaitCheck.Core.Signal;

/// <summary>Settings of <see cref="SequenceFilter.Offline"/>.</summary>
public sealed record OfflineFilterOptions
{
    /// <summary>Butterworth cut-off in Hz (after the double-pass correction).</summary>
    public double CutoffHz { get; init; } = 6;
    /// <summary>Overall order of the zero-phase filter (even).</summary>
    public int Order { get; init; } = 4;
    /// <summary>Points whose visibility is below this become gaps before filtering.</summary>
    public double VisibilityThreshold { get; init; } = 0.5;
    /// <summary>Gaps up to this long are interpolated; longer ones stay gaps.</summary>
    public double MaxGapSeconds { get; init; } = 0.1;
    /// <summary>Apply Hampel outlier rejection before the low-pass.</summary>
    public bool Hampel { get; init; } = true;
}
