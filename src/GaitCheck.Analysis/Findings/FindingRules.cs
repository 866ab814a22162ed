using GaitCheck.Core;

namespace GaitCheck.Analysis.Findings;

/// <summary>
/// One literature-based comparison: a metric in a movement, its typical upper value and elevated-from value, the
/// drivers it informs, and the strength of the evidence linking it to patellofemoral pain (PFP).
/// </summary>
public sealed record FindingRule
{
    public required string MetricId { get; init; }
    public required MovementKind Movement { get; init; }
    public required double TypicalUpTo { get; init; }
    public required double ElevatedFrom { get; init; }
    public required IReadOnlyList<Driver> Drivers { get; init; }
    public required EvidenceStrength Evidence { get; init; }
    /// <summary>Where the reference values come from, in one sentence.</summary>
    public required string Description { get; init; }
    public required string Citation { get; init; }
    /// <summary>The study groups the cut-offs come from, when the paper reports them (mean ± SD); empty otherwise.</summary>
    public IReadOnlyList<GroupNorm> Groups { get; init; } = [];
}

/// <summary>A study group's mean ± SD of a metric, e.g. Herrington 2014's women with PFP, 16.8 ± 5.4°.</summary>
/// <param name="Short">Short name for chart legends ("controls", "PFP").</param>
/// <param name="Described">The group in a sentence ("pain-free women").</param>
/// <param name="Mean">Group mean, in the metric's unit.</param>
/// <param name="Sd">Group standard deviation.</param>
/// <param name="Affected">True for the patient group (its range is the elevated one).</param>
/// <param name="Source">The paper ("Herrington 2014").</param>
public sealed record GroupNorm(string Short, string Described, double Mean, double Sd, bool Affected, string Source);

/// <summary>
/// The reference values GaitCheck compares with. Only FPPA in the single-leg squat has group means from a
/// case-control study (Herrington 2014); the others are GaitCheck screening cut-offs chosen near the values reported
/// in the cited studies and are labelled as such. None is a validated diagnostic threshold.
/// </summary>
public static class FindingRules
{
    private const string ScreenNote = "GaitCheck screening cut-offs, not a validated diagnostic threshold";

    /// <summary>Herrington 2014: single-leg squat FPPA of pain-free women and of women with PFP.</summary>
    private static readonly GroupNorm HerringtonControls = new("controls", "pain-free women", 8.4, 5.1, false, "Herrington 2014");
    private static readonly GroupNorm HerringtonPfp = new("PFP", "women with PFP", 16.8, 5.4, true, "Herrington 2014");

    private static string MeanSd(GroupNorm g) => $"{g.Described} {Inv.F(g.Mean, 1)} ± {Inv.F(g.Sd, 1)}°";

    public static IReadOnlyList<FindingRule> All { get; } =
    [
        new()
        {
            MetricId = Metrics.MetricCatalog.Fppa, Movement = MovementKind.SingleLegSquat, TypicalUpTo = 13.5, ElevatedFrom = 16.8,
            Drivers = [Driver.KneeCollapse, Driver.HipDrop], Evidence = EvidenceStrength.Moderate,
            Description = $"single-leg squat FPPA: {MeanSd(HerringtonControls)}, {MeanSd(HerringtonPfp)}; typical up to the control mean + 1 SD (13.5°), elevated from the PFP group mean (16.8°)",
            Citation = "Herrington 2014; Willson & Davis 2008",
            Groups = [HerringtonControls, HerringtonPfp],
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.PelvicDrop, Movement = MovementKind.Running, TypicalUpTo = 5, ElevatedFrom = 7,
            Drivers = [Driver.HipDrop], Evidence = EvidenceStrength.Moderate,
            Description = $"running contralateral pelvic drop: each +1° was associated with 1.8× the odds of being in the injured group; {ScreenNote}",
            Citation = "Bramah et al. 2018",
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.PelvicDrop, Movement = MovementKind.SingleLegSquat, TypicalUpTo = 5, ElevatedFrom = 7,
            Drivers = [Driver.HipDrop], Evidence = EvidenceStrength.Low,
            Description = $"single-leg squat pelvic drop; cut-offs carried over from running (Bramah 2018 dose–response); {ScreenNote}",
            Citation = "Bramah et al. 2018; Dingenen et al. 2018",
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.HipAdduction, Movement = MovementKind.Running, TypicalUpTo = 10, ElevatedFrom = 14,
            Drivers = [Driver.HipDrop], Evidence = EvidenceStrength.Moderate,
            Description = $"greater peak hip adduction (3D) preceded PFP in female runners; 2D values are not interchangeable with 3D; {ScreenNote}",
            Citation = "Noehren et al. 2013",
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.HipAdduction, Movement = MovementKind.SingleLegSquat, TypicalUpTo = 10, ElevatedFrom = 14,
            Drivers = [Driver.HipDrop], Evidence = EvidenceStrength.Low,
            Description = $"single-leg squat 2D hip adduction; {ScreenNote}",
            Citation = "Noehren et al. 2013; Powers 2010",
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.TrunkLeanLateral, Movement = MovementKind.SingleLegSquat, TypicalUpTo = 5, ElevatedFrom = 10,
            Drivers = [Driver.HipDrop], Evidence = EvidenceStrength.Low,
            Description = $"ipsilateral trunk lean as compensation for weak hip abductors; {ScreenNote}",
            Citation = "Powers 2010; Dingenen et al. 2018",
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.TrunkLeanLateral, Movement = MovementKind.Running, TypicalUpTo = 5, ElevatedFrom = 10,
            Drivers = [Driver.HipDrop], Evidence = EvidenceStrength.Low,
            Description = $"ipsilateral trunk lean in running; {ScreenNote}",
            Citation = "Powers 2010; Dingenen et al. 2018",
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.RearfootEversion, Movement = MovementKind.Running, TypicalUpTo = 8, ElevatedFrom = 12,
            Drivers = [Driver.FootOverpronation], Evidence = EvidenceStrength.Low,
            Description = $"EXPERIMENTAL proxy; rearfoot eversion did not predict PFP where hip adduction did (Noehren 2013), and pronated foot posture is at most a small risk factor (Neal et al. 2014); {ScreenNote}",
            Citation = "Noehren et al. 2013; Neal et al. 2014",
        },
        new()
        {
            MetricId = Metrics.MetricCatalog.RearfootEversion, Movement = MovementKind.SingleLegSquat, TypicalUpTo = 8, ElevatedFrom = 12,
            Drivers = [Driver.FootOverpronation], Evidence = EvidenceStrength.Low,
            Description = $"EXPERIMENTAL proxy; weak link between rearfoot eversion and PFP (Noehren 2013; Neal et al. 2014); {ScreenNote}",
            Citation = "Noehren et al. 2013; Neal et al. 2014",
        },
    ];

    public static FindingRule? For(string metricId, MovementKind movement) =>
        All.FirstOrDefault(r => r.MetricId == metricId && r.Movement == movement);
}
