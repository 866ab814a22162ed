using GaitCheck.Analysis.Session;

namespace GaitCheck.Reporting.Session;

/// <summary>
/// One clip of a session as the report shows it: the analysed clip, the input it came from, the folder (relative to
/// the session folder) holding its own report, whether its role was given or detected, and its report document.
/// </summary>
public sealed record SessionClipReport(SessionClip Clip, string Source, string Folder, bool RoleGiven, ReportDocument Document)
{
    /// <summary>Set when a given role disagrees with what the analysis recognised (e.g. squat-left, stance leg right).</summary>
    public string? RoleMismatch { get; init; }

    /// <summary>The clip folder's overlay video, relative to the session folder, when it was written.</summary>
    public string? Overlay { get; init; }
}

/// <summary>Everything the session report and session.json hold.</summary>
public sealed record SessionReport(SessionDetails Details, IReadOnlyList<SessionClipReport> Clips, IReadOnlyList<SideComparison> Sides,
    IReadOnlyList<DriverSynthesis> Drivers, IReadOnlyList<Analysis.Findings.NotAssessedItem> NotAssessed)
{
    public const string FormatName = "gaitcheck-session/1";
    public const string JsonFile = "session.json";

    /// <summary>Compares and synthesises the clips (<see cref="SessionComparer"/>).</summary>
    public static SessionReport Build(SessionDetails details, IReadOnlyList<SessionClipReport> clips)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clips);
        var analysed = clips.Select(c => c.Clip).ToList();
        var notAssessed = analysed.SelectMany(c => c.Result.NotAssessed).DistinctBy(n => n.Factor).ToList();
        return new SessionReport(details, clips, SessionComparer.Sides(analysed), SessionComparer.Drivers(analysed), notAssessed);
    }
}
