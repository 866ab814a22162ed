using GaitCheck.Core;

namespace GaitCheck.Analysis.Results;

/// <summary>A gait event. <see cref="Frame"/> indexes the analysed sequence's frames; <see cref="VideoFrame"/> is the decoded frame number in the video.</summary>
public sealed record EventRow(Side Side, GaitEventKind Kind, int Frame, int VideoFrame, double Time);

/// <summary>
/// One single-leg-squat repetition with its metric values at the bottom. Frames index the analysed sequence;
/// <see cref="BottomVideoFrame"/> is the decoded frame number (for key frames). <see cref="Values"/> maps metric
/// id (see <see cref="Metrics.MetricCatalog"/>) to its value, rounded to the metric's precision; metrics not valid
/// in the view or not measurable at this rep are absent.
/// </summary>
public sealed record RepRow
{
    public required int Number { get; init; }
    public required Side StanceSide { get; init; }
    public required int StartFrame { get; init; }
    public required int BottomFrame { get; init; }
    public required int EndFrame { get; init; }
    public required int BottomVideoFrame { get; init; }
    public required double StartTime { get; init; }
    public required double BottomTime { get; init; }
    public required double EndTime { get; init; }
    public required IReadOnlyDictionary<string, double> Values { get; init; }
    /// <summary>The uncorrected values of the metrics whose <see cref="Values"/> were corrected by the synthetic calibration.</summary>
    public IReadOnlyDictionary<string, double> RawValues { get; init; } = EmptyValues.Instance;
    /// <summary>The pose model's values of the metrics whose <see cref="Values"/> come from skin markers.</summary>
    public IReadOnlyDictionary<string, double> MarkerlessValues { get; init; } = EmptyValues.Instance;
}

/// <summary>A shared empty metric-value map.</summary>
public static class EmptyValues
{
    public static readonly IReadOnlyDictionary<string, double> Instance = new SortedDictionary<string, double>(StringComparer.Ordinal);
}

/// <summary>
/// One stride of one foot with its metric values (frontal-plane metrics at midstance; knee flexion and overstride at
/// contact; vertical oscillation over the stride). Frames index the analysed sequence. <see cref="Values"/> as in <see cref="RepRow"/>.
/// </summary>
public sealed record StrideRow
{
    public required Side Side { get; init; }
    public required int Number { get; init; }
    public required int ContactFrame { get; init; }
    public required int MidstanceFrame { get; init; }
    public required int ToeOffFrame { get; init; }
    public required int NextContactFrame { get; init; }
    public required int MidstanceVideoFrame { get; init; }
    /// <summary>Seconds from this contact to the next contact of the same foot.</summary>
    public required double StrideTime { get; init; }
    public required IReadOnlyDictionary<string, double> Values { get; init; }
    /// <summary>As <see cref="RepRow.RawValues"/>.</summary>
    public IReadOnlyDictionary<string, double> RawValues { get; init; } = EmptyValues.Instance;
    /// <summary>As <see cref="RepRow.MarkerlessValues"/>.</summary>
    public IReadOnlyDictionary<string, double> MarkerlessValues { get; init; } = EmptyValues.Instance;
}
