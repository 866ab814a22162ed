using GaitCheck.Analysis.Metrics;

namespace GaitCheck.Analysis.Validation;

/// <summary>
/// How the validation status table governs one clip's metrics: which landmarks each metric is read from, which
/// metrics are withheld (BlazePose output only: exact or marker landmarks are not subject to the table), and which
/// corrections apply (only to output of exactly the pipeline they were fitted for, unless raw values are asked for).
/// </summary>
public sealed class MetricPolicy
{
    private readonly MetricValidationTable _table;
    private readonly CameraView _view;
    private readonly MovementKind _movement;
    private readonly LandmarkSource? _forceSource;
    private IReadOnlySet<string> _measuredByMarkers = new HashSet<string>();

    public MetricPolicy(MetricValidationTable table, string model, CameraView view, MovementKind movement, LandmarkSource? forceSource = null, bool rawValues = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(model);
        _table = table;
        _view = view;
        _movement = movement;
        _forceSource = forceSource;
        TableApplies = MetricValidationTable.AppliesTo(model);
        CorrectionsApply = TableApplies && !rawValues && forceSource is null && table.CorrectionsApplyTo(model);
    }

    /// <summary>A policy that reads image landmarks and neither withholds nor corrects (exact or marker landmarks).</summary>
    public static MetricPolicy None(CameraView view, MovementKind movement) => new(MetricValidationTable.Empty, "", view, movement);

    /// <summary>The input is BlazePose output, so the table's statuses apply.</summary>
    public bool TableApplies { get; }

    /// <summary>The input came from the pipeline the corrections were fitted for, and raw values were not asked for.</summary>
    public bool CorrectionsApply { get; }

    /// <summary>The pipeline the table was measured with.</summary>
    public string Pipeline => _table.Pipeline;

    /// <summary>
    /// The same policy for the metrics skin markers measure in this clip: the table validated the pose model's landmarks,
    /// so it neither withholds nor corrects a marker value.
    /// </summary>
    public MetricPolicy ExemptingMarkers(IReadOnlySet<string> metricIds)
    {
        ArgumentNullException.ThrowIfNull(metricIds);
        var p = (MetricPolicy)MemberwiseClone();
        p._measuredByMarkers = metricIds;
        return p;
    }

    public MetricValidationEntry? Entry(string id) =>
        TableApplies && !_measuredByMarkers.Contains(id) ? _table.Find(id, _view, _movement) : null;

    public LandmarkSource Source(string id) => _forceSource ?? Entry(id)?.Source ?? LandmarkSource.Image;

    public bool Withheld(string id) => Entry(id)?.Status == ValidationStatus.Withheld;

    /// <summary>The correction to apply to <paramref name="id"/>'s values, or null.</summary>
    public MetricCorrection? Correction(string id) => CorrectionsApply ? Entry(id)?.Correction : null;
}
