using GaitCheck.Core;

namespace GaitCheck.Reporting;

/// <summary>
/// Everything a report shows, in Reporting's own terms. Built from the analysis result by one adapter
/// (<see cref="AnalysisReportAdapter"/>), so charts, HTML and CSV writers never depend on the analysis
/// types directly and can be tested on hand-made documents.
/// </summary>
public sealed record ReportDocument
{
    public required ClipFacts Clip { get; init; }
    public IReadOnlyList<MetricSummary> Metrics { get; init; } = [];
    public IReadOnlyList<ReportFinding> Findings { get; init; } = [];
    /// <summary>One status line per driver (hip drop, knee collapse, foot overpronation).</summary>
    public IReadOnlyList<DriverSummary> DriverSummaries { get; init; } = [];
    public IReadOnlyList<NotAssessedItem> NotAssessed { get; init; } = [];
    public IReadOnlyList<NotReportedMetric> NotReported { get; init; } = [];
    /// <summary>Metrics the view allows but the synthetic validation withheld: shown in the summary without a value.</summary>
    public IReadOnlyList<WithheldMetric> Withheld { get; init; } = [];
    /// <summary>Per-rep and per-stride tables (also written as CSV).</summary>
    public IReadOnlyList<DataTable> Tables { get; init; } = [];
    public ChartData Charts { get; init; } = new();
    public IReadOnlyList<KeyFrameImage> KeyFrames { get; init; } = [];
    /// <summary>
    /// The date shown in the header: the video file's date (yyyy-MM-dd, from its modification time), so the same
    /// clip gives the same report; null when there is no video.
    /// </summary>
    public string? Date { get; init; }
    /// <summary>The overlay video's path relative to the report (linked from the facts table), or null when none was written.</summary>
    public string? OverlayVideo { get; init; }
    /// <summary>Capture and analysis notes worth reading (gaps, truncation, swaps repaired...).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
    /// <summary>Tracked fraction and mean blob size per skin marker, when markers were tracked.</summary>
    public IReadOnlyList<MarkerTrackingRow> MarkerTracking { get; init; } = [];
    /// <summary>Append the skin-marker placement guide (when markers were asked for).</summary>
    public bool PlacementGuide { get; init; }
    /// <summary>Tool name and version shown in the footer (no timestamp, so output is deterministic).</summary>
    public string Generator { get; init; } = "GaitCheck";
}

/// <summary>Facts about the clip and how well it was captured.</summary>
public sealed record ClipFacts
{
    public required string FileName { get; init; }
    public string View { get; init; } = "Unknown";
    public double ViewConfidence { get; init; }
    public string ViewReason { get; init; } = "";
    public string Movement { get; init; } = "Other";
    public double MovementConfidence { get; init; }
    /// <summary>Why the movement was not recognised, or what limits it (slow motion, a moving camera); null when nothing does.</summary>
    public string? MovementNote { get; init; }
    public Side? StanceSide { get; init; }
    public int Frames { get; init; }
    public double DurationSeconds { get; init; }
    public double Fps { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    /// <summary>Fraction of frames with the person tracked, in [0,1].</summary>
    public double TrackedFraction { get; init; }
    /// <summary>Missing (gap) values among the body landmarks the metrics use, over all frames.</summary>
    public int Gaps { get; init; }
    public string Model { get; init; } = "";
    public string Filter { get; init; } = "";
    public bool Truncated { get; init; }
    public int Reps { get; init; }
    public int Strides { get; init; }
    public double? CadenceStepsPerMinute { get; init; }
}

/// <summary>Statistics of one metric on one side (or of a side-less metric when <see cref="Side"/> is null).</summary>
public sealed record SideStats(Side? Side, int N, double Mean, double Sd, double Worst);

/// <summary>One row of the summary table: a metric with its per-side statistics, noise band and threshold.</summary>
public sealed record MetricSummary
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string Unit { get; init; } = "°";
    /// <summary>Decimals values are shown with.</summary>
    public int Decimals { get; init; } = 1;
    /// <summary>Where it is taken, e.g. "squat bottom", "midstance".</summary>
    public string Event { get; init; } = "";
    public IReadOnlyList<SideStats> Sides { get; init; } = [];
    /// <summary>Left minus right of the means, when both sides were measured.</summary>
    public double? Asymmetry { get; init; }
    /// <summary>Smallest detectable difference (measurement noise band) in the metric's unit.</summary>
    public double? NoiseBand { get; init; }
    /// <summary>Literature threshold, e.g. "controls 8.4 ± 5.1°, PFP 16.8 ± 5.4° (Herrington 2014)".</summary>
    public string Threshold { get; init; } = "";
    /// <summary>Where the threshold comes from (description and citation), listed under the summary table.</summary>
    public string ThresholdSource { get; init; } = "";
    /// <summary>Numeric threshold above which the value is flagged, if any.</summary>
    public double? ThresholdValue { get; init; }
    /// <summary>The systematic error the synthetic validation measured for this metric, or empty.</summary>
    public string ValidationNote { get; init; } = "";
    /// <summary>A plain reading from the analysis; when empty, <see cref="PlainReading"/> writes one.</summary>
    public string Reading { get; init; } = "";
    public bool Experimental { get; init; }
    /// <summary>"skin markers (protocol frontal, green)" when markers measured it; empty for a markerless value.</summary>
    public string Source { get; init; } = "";
    /// <summary>The pose model's reading beside a marker value ("left 16.7°, right 14.2°", or why none); empty for a markerless value.</summary>
    public string Markerless { get; init; } = "";
}

/// <summary>A finding mapped to one of the framework's drivers.</summary>
public sealed record ReportFinding
{
    /// <summary>One of <see cref="Drivers"/>' keys.</summary>
    public required string Driver { get; init; }
    public required string Title { get; init; }
    public Side? Side { get; init; }
    public required string Statement { get; init; }
    /// <summary>"strong", "moderate", "low", "experimental"...</summary>
    public string EvidenceStrength { get; init; } = "";
    public string EvidenceNote { get; init; } = "";
    /// <summary>True when the finding is present (flagged), false when the driver was checked and not found.</summary>
    public bool Flagged { get; init; }
    /// <summary>Badge text, e.g. "elevated", "borderline", "typical"; empty = "finding"/"not found" from <see cref="Flagged"/>.</summary>
    public string Status { get; init; } = "";
    public IReadOnlyList<string> MetricKeys { get; init; } = [];
}

/// <summary>A driver's overall status in this clip: "signs present", "borderline", "no signs", "not assessed".</summary>
public sealed record DriverSummary(string Driver, string Status, string Statement, string EvidenceStrength);

/// <summary>Something the video cannot show, and what a clinician should examine instead.</summary>
public sealed record NotAssessedItem(string Factor, string ExamineInstead);

/// <summary>A metric withheld by the synthetic validation in this view: why (the failed criteria) and its test-grid figures.</summary>
public sealed record WithheldMetric(string Metric, string Event, string Reason, string Figures);

/// <summary>A metric not reported in this view, with advice on how to film it.</summary>
public sealed record NotReportedMetric(string Metric, string Reason, string FilmingAdvice);

/// <summary>
/// A simple table: named columns (the CSV's ids, which scripts read) and rows of already-formatted invariant-culture
/// strings; the report shows <see cref="Headers"/> (people's words with units) when given, and <see cref="Caption"/>.
/// </summary>
public sealed record DataTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Column headers for the report, one per column; null = <see cref="Columns"/>.</summary>
    public IReadOnlyList<string>? Headers { get; init; }

    /// <summary>What the table shows, printed above it.</summary>
    public string Caption { get; init; } = "";
}

/// <summary>A key frame the report wants: its caption and the measured angles to draw on it.</summary>
public sealed record KeyFrameRequest(string Caption, IReadOnlyList<MeasureMark> Marks);

/// <summary>An image handed in by the pipeline (Reporting never decodes video).</summary>
public sealed record KeyFrameImage(string Caption, string MimeType, byte[] Bytes);

/// <summary>One skin marker's tracking in the clip.</summary>
public sealed record MarkerTrackingRow(string Marker, string Placement, double TrackedFraction, double MeanDiameterPx);

/// <summary>Wall-clock time of one pipeline stage.</summary>
public sealed record StageTiming(string Stage, double Seconds);
