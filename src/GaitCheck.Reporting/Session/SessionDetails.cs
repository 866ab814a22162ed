namespace GaitCheck.Reporting.Session;

/// <summary>
/// Who was assessed and how the visit went, as the clinician typed it: shown in the session report's header and
/// written to session.json. Every field is optional; <see cref="Date"/> is an ISO date (yyyy-MM-dd).
/// </summary>
public sealed record SessionDetails
{
    public string? SubjectId { get; init; }
    public string? Initials { get; init; }
    public string? Date { get; init; }
    /// <summary>left, right, both or none.</summary>
    public string? PainfulSide { get; init; }
    public string? Shoes { get; init; }
    /// <summary>Treadmill speed in km/h for the running clips.</summary>
    public double? TreadmillSpeedKmh { get; init; }
    public string? Notes { get; init; }
}
