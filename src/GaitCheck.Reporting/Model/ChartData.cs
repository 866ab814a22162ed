using GaitCheck.Core;

namespace GaitCheck.Reporting;

/// <summary>Data behind the charts: per-frame series, events, reps, per-rep values and literature bands.</summary>
public sealed record ChartData
{
    /// <summary>Frame times in seconds; every <see cref="FrameSeries"/> has one value per time (NaN = not measured).</summary>
    public double[] Time { get; init; } = [];
    public IReadOnlyList<FrameSeries> Series { get; init; } = [];
    public IReadOnlyList<ChartEvent> Events { get; init; } = [];
    public IReadOnlyList<RepSpan> Reps { get; init; } = [];
    /// <summary>One value per rep or stride and side, by metric key.</summary>
    public IReadOnlyList<CycleValue> PerCycle { get; init; } = [];
    public IReadOnlyList<ReferenceBand> Bands { get; init; } = [];
}

/// <summary>A per-frame signal of one metric on one side.</summary>
public sealed record FrameSeries(string MetricKey, string Name, Side? Side, double[] Values, string Unit = "°");

/// <summary>A time marker: rep bottom, initial contact, midstance, toe-off.</summary>
public sealed record ChartEvent(double Time, string Label, Side? Side);

/// <summary>A squat repetition's start, bottom and end times.</summary>
public sealed record RepSpan(int Number, double Start, double Bottom, double End);

/// <summary>A metric's value at one rep/stride (<see cref="Cycle"/> = 1-based number).</summary>
public sealed record CycleValue(string MetricKey, Side? Side, int Cycle, double Value);

/// <summary>A literature range drawn as a shaded band, e.g. Herrington 2014 PFP 16.8 ± 5.4°.</summary>
/// <param name="MetricKey">The metric it applies to.</param>
/// <param name="Label">Its legend, with the source.</param>
/// <param name="Low">Lower edge, in the metric's unit.</param>
/// <param name="High">Upper edge, in the metric's unit.</param>
/// <param name="Kind">Typical or elevated.</param>
/// <param name="PerCycleOnly">Drawn on the per-rep/per-stride chart only (e.g. a stance-referenced threshold that a signed per-frame running signal cannot show).</param>
public sealed record ReferenceBand(string MetricKey, string Label, double Low, double High, BandKind Kind, bool PerCycleOnly = false);

/// <summary>Colour role of a band.</summary>
public enum BandKind { Typical, Elevated }
