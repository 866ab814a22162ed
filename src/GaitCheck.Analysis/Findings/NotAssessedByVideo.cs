namespace GaitCheck.Analysis.Findings;

/// <summary>
/// Factors in patellofemoral pain that a video of movement cannot assess, each with what a clinician should examine
/// instead. Follows the examination recommended by the patellofemoral pain consensus statement (Crossley et al. 2016,
/// Br J Sports Med 50:839) and clinical practice guideline (Willy et al. 2019, J Orthop Sports Phys Ther 49:CPG1).
/// </summary>
public static class NotAssessedByVideo
{
    public static IReadOnlyList<NotAssessedItem> All { get; } =
    [
        new("VMO inhibition / quadriceps activation",
            "muscle activation and its timing are invisible on video",
            "quadriceps strength (hand-held dynamometry), observation of VMO bulk; EMG only in a laboratory"),
        new("Joint swelling (effusion)",
            "swelling cannot be seen reliably on a phone video of movement",
            "bulge/stroke test or patellar tap, knee girth compared with the other side"),
        new("Pain sensitisation",
            "pain processing is not a movement quantity",
            "pain location and behaviour, pressure pain thresholds, pain on provocative tasks (squat, stairs, prolonged sitting), questionnaires"),
        new("Systemic factors",
            "general health, load and recovery are not visible in a clip",
            "history: recent training-load changes, sleep, energy availability, body mass, hormonal status, inflammatory disease, medication"),
        new("Muscle strength",
            "video shows how the limb moves, not how much force the muscles can produce",
            "hip abductor, hip external rotator and knee extensor strength (hand-held dynamometry)"),
        new("Patellar position, tracking and soft-tissue flexibility",
            "BlazePose has no patellar landmark and cannot measure tissue length",
            "patellar glide/tilt, quadriceps, hamstring, iliotibial band and calf flexibility"),
        new("Static foot posture",
            "the rearfoot proxy is dynamic and experimental; it is not a foot posture score",
            "Foot Posture Index (FPI-6), navicular drop"),
    ];
}
