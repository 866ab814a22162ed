namespace GaitCheck.Reporting;

/// <summary>
/// The runner's-knee framework's drivers that findings are grouped under, in report order.
/// Evidence notes: hip/pelvis mechanics (Bramah et al. 2018; Dingenen et al. 2018; Noehren et al. 2013),
/// knee FPPA on the single-leg squat (Herrington 2014; Willson &amp; Davis 2008), rearfoot eversion at
/// low weight because Noehren et al. 2013 found hip adduction, not rearfoot eversion, predicted PFP.
/// </summary>
public static class Drivers
{
    public const string HipDrop = "hip-drop";
    public const string FootOverpronation = "foot-overpronation";
    public const string KneeCollapse = "knee-collapse";
    public const string Other = "other";

    public sealed record Info(string Key, string Title, string Blurb);

    public static readonly IReadOnlyList<Info> All =
    [
        new(HipDrop, "Hip drop / gluteus medius weakness",
            "Contralateral pelvic drop, hip adduction, trunk lean towards the stance side and knee FPPA together point to weak hip abductors."),
        new(KneeCollapse, "Knee collapsing inward",
            "Dynamic knee valgus on the single-leg squat, measured as the 2D frontal-plane projection angle (FPPA)."),
        new(FootOverpronation, "Foot overpronation (low evidence weight, experimental proxy)",
            "Rearfoot eversion from a posterior view. BlazePose has no calcaneal bisection, so this is a proxy; prospective data (Noehren 2013) found hip adduction, not rearfoot eversion, predicted PFP."),
        new(Other, "Other observations", "Findings not tied to one driver."),
    ];

    public static Info Of(string key) => All.FirstOrDefault(d => d.Key == key) ?? All[^1];
}
