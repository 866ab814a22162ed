namespace GaitCheck.Analysis.Metrics;

/// <summary>
/// Every metric GaitCheck reports, in report order. Geometry lives in <see cref="Geometry2D"/>; this table says
/// where and when each is valid and how noisy it is. Noise bands: FPPA ≈ 8° (Munro et al. 2012) and pelvic drop
/// ≈ 2.8° are from 2D reliability studies; the others are conservative values chosen from the cited reliability
/// literature or, where marked "assumption", from the pose model's own jitter. See README "Angle conventions".
/// </summary>
public static class MetricCatalog
{
    public const string Fppa = "fppa";
    public const string MedialKneeDisplacement = "medial_knee_displacement";
    public const string KneeAnkleSeparationRatio = "knee_ankle_separation_ratio";
    public const string PelvicDrop = "pelvic_drop";
    public const string HipAdduction = "hip_adduction";
    public const string TrunkLeanLateral = "trunk_lean_lateral";
    public const string RearfootEversion = "rearfoot_eversion_proxy";
    public const string KneeFlexionBottom = "knee_flexion_bottom";
    public const string KneeFlexionContact = "knee_flexion_contact";
    public const string KneeFlexionPeakStance = "knee_flexion_peak_stance";
    public const string Overstride = "overstride";
    public const string TrunkForwardLean = "trunk_forward_lean";
    public const string VerticalOscillation = "vertical_oscillation";
    public const string ContactTime = "ground_contact_time";
    public const string Cadence = "cadence";
    public const string SquatDepth = "squat_depth";

    private static readonly CameraView[] FrontalPlane = [CameraView.Frontal, CameraView.Posterior];
    private static readonly CameraView[] PosteriorOnly = [CameraView.Posterior];
    private static readonly CameraView[] Sagittal = [CameraView.LeftSagittal, CameraView.RightSagittal];
    private static readonly CameraView[] AnyClear = [CameraView.Frontal, CameraView.Posterior, CameraView.LeftSagittal, CameraView.RightSagittal];
    private static readonly MovementKind[] AllSquatsAndGait = [MovementKind.SingleLegSquat, MovementKind.DoubleLegSquat, MovementKind.Running, MovementKind.Walking];
    private static readonly MovementKind[] SingleLegAndGait = [MovementKind.SingleLegSquat, MovementKind.Running, MovementKind.Walking];
    private static readonly MovementKind[] Gait = [MovementKind.Running, MovementKind.Walking];
    private static readonly MovementKind[] Squat = [MovementKind.SingleLegSquat, MovementKind.DoubleLegSquat];

    private const string SquatOrMidstance = "squat bottom; running/walking midstance";
    private const string FrontalAdvice = "film from the front or from behind, camera square to the subject";

    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new()
        {
            Id = Fppa, Signed = true, Name = "Knee frontal-plane projection angle (FPPA, 2D knee valgus)", Unit = "deg", Decimals = 1,
            Definition = "angle between thigh (hip→knee) and shank (knee→ankle) lines = 180° − hip–knee–ankle angle",
            Sign = "+ valgus (knee medial of the hip→ankle line), − varus", Zero = "hip, knee, ankle collinear",
            Views = FrontalPlane, Movements = AllSquatsAndGait, Event = SquatOrMidstance,
            Citation = "Willson & Davis 2008; Munro et al. 2012", NoiseBand = 8,
            NoiseSource = "≈8° smallest detectable difference of 2D FPPA (Munro et al. 2012, rounded up)",
            Worse = WorseDirection.Higher, FilmingAdvice = $"FPPA needs a frontal or posterior view: {FrontalAdvice}, at knee height, whole legs in frame",
        },
        new()
        {
            Id = MedialKneeDisplacement, Signed = true, Name = "Medial knee displacement", Unit = "%LL", Decimals = 1,
            Definition = "perpendicular distance of the knee from the hip→ankle line, in % of leg length (hip→knee + knee→ankle, 90th percentile over the clip)",
            Sign = "+ medial, − lateral", Zero = "knee on the hip→ankle line",
            Views = FrontalPlane, Movements = AllSquatsAndGait, Event = SquatOrMidstance,
            Citation = "Willson & Davis 2008 (geometry of FPPA); normalisation by GaitCheck", NoiseBand = 3,
            NoiseSource = "assumption: ≈3% of leg length (pose-model jitter of the knee centre)",
            Worse = WorseDirection.Higher, FilmingAdvice = $"medial knee displacement needs a frontal or posterior view: {FrontalAdvice}, at knee height",
        },
        new()
        {
            Id = KneeAnkleSeparationRatio, Name = "Knee-to-ankle separation ratio", Unit = "ratio", Decimals = 2,
            Definition = "horizontal distance between the knees / horizontal distance between the ankles",
            Sign = "unsigned; < 1 knees closer together than ankles", Zero = "n/a (1 = knees as far apart as ankles)",
            Views = FrontalPlane, Movements = AllSquatsAndGait, Event = SquatOrMidstance,
            Citation = "Noyes et al. 2005; Mizner et al. 2012 (defined for bilateral landing; descriptive only in single-leg tasks)", NoiseBand = 0.1,
            NoiseSource = "assumption: 0.10 (ratio of two noisy distances)",
            Worse = WorseDirection.Lower, FilmingAdvice = $"the knee-to-ankle separation ratio needs a frontal or posterior view: {FrontalAdvice}",
        },
        new()
        {
            Id = PelvicDrop, Signed = true, Name = "Contralateral pelvic drop", Unit = "deg", Decimals = 1,
            Definition = "angle of the hip line (stance hip → other hip) below the image horizontal",
            Sign = "+ non-stance hip lower (drop), − higher (hike)", Zero = "hips level (level camera assumed)",
            Views = FrontalPlane, Movements = SingleLegAndGait, Event = SquatOrMidstance,
            Citation = "Bramah et al. 2018; Dingenen et al. 2018", NoiseBand = 2.8, ValidationMaeLimit = 2,
            NoiseSource = "≈2.8° smallest detectable difference of 2D pelvic drop (Dingenen et al. 2018)",
            Worse = WorseDirection.Higher, FilmingAdvice = "pelvic drop needs a frontal or posterior view at hip height, camera level and square to the subject",
        },
        new()
        {
            Id = HipAdduction, Signed = true, Name = "2D hip adduction", Unit = "deg", Decimals = 1,
            Definition = "90° − angle between the pelvis line (stance hip → other hip) and the femur (hip→knee)",
            Sign = "+ adduction (knee towards the midline relative to the pelvis), − abduction", Zero = "femur perpendicular to the pelvis line",
            Views = FrontalPlane, Movements = SingleLegAndGait, Event = SquatOrMidstance,
            Citation = "Dingenen et al. 2018; Maykut et al. 2015", NoiseBand = 4,
            NoiseSource = "≈4° conservative value from 2D running reliability studies (Maykut et al. 2015; Dingenen et al. 2018)",
            Worse = WorseDirection.Higher, FilmingAdvice = "hip adduction needs a frontal or posterior view at hip height, camera square to the subject",
        },
        new()
        {
            Id = TrunkLeanLateral, Signed = true, Name = "Ipsilateral trunk lean", Unit = "deg", Decimals = 1,
            Definition = "angle of the trunk line (mid-hip → mid-shoulder) from the image vertical",
            Sign = "+ towards the stance side, − away", Zero = "trunk vertical",
            Views = FrontalPlane, Movements = SingleLegAndGait, Event = SquatOrMidstance,
            Citation = "Dingenen et al. 2018; Powers 2010", NoiseBand = 3,
            NoiseSource = "≈3° conservative value from 2D trunk-angle reliability (Dingenen et al. 2018)",
            Worse = WorseDirection.Higher, FilmingAdvice = $"lateral trunk lean needs a frontal or posterior view with shoulders and hips in frame: {FrontalAdvice}",
        },
        new()
        {
            Id = RearfootEversion, Signed = true, Name = "Rearfoot eversion proxy (EXPERIMENTAL)", Unit = "deg", Decimals = 1, Experimental = true,
            Definition = "angle between the shank (knee→ankle) and ankle→heel lines; BlazePose has no calcaneal bisection",
            Sign = "+ eversion (heel deviates laterally), − inversion", Zero = "knee, ankle, heel collinear",
            Views = PosteriorOnly, Movements = AllSquatsAndGait, Event = SquatOrMidstance,
            Citation = "geometry of the clinical 2D rearfoot angle (Souza 2016); weak link to PFP (Noehren et al. 2013)", NoiseBand = 5,
            NoiseSource = "assumption: ≈5° (short heel segment; no reliability data for a BlazePose proxy)",
            Worse = WorseDirection.Higher, FilmingAdvice = "the rearfoot proxy needs a posterior view with the camera at ankle height and both heels visible",
        },
        new()
        {
            Id = KneeFlexionBottom, Name = "Knee flexion at squat bottom", Unit = "deg", Decimals = 1,
            Definition = "angle between thigh (hip→knee) and shank (knee→ankle) lines",
            Sign = "+ flexion (hyperextension not distinguished)", Zero = "straight leg",
            Views = Sagittal, Movements = Squat, Event = "squat bottom",
            Citation = "Damsted et al. 2015 (2D sagittal knee angle)", NoiseBand = 5,
            NoiseSource = "≈5° conservative value from 2D sagittal knee-angle reliability (Damsted et al. 2015)",
            Worse = WorseDirection.None, FilmingAdvice = "knee flexion needs a side (sagittal) view at knee height, camera perpendicular to the subject",
        },
        new()
        {
            Id = KneeFlexionContact, Name = "Knee flexion at initial contact", Unit = "deg", Decimals = 1,
            Definition = "angle between thigh (hip→knee) and shank (knee→ankle) lines",
            Sign = "+ flexion", Zero = "straight leg",
            Views = Sagittal, Movements = Gait, Event = "initial contact",
            Citation = "Souza 2016; Damsted et al. 2015", NoiseBand = 5,
            NoiseSource = "≈5° conservative value from 2D sagittal knee-angle reliability (Damsted et al. 2015)",
            Worse = WorseDirection.None, FilmingAdvice = "knee flexion needs a side (sagittal) view at knee height, camera perpendicular to the direction of running",
        },
        new()
        {
            Id = KneeFlexionPeakStance, Name = "Peak knee flexion in stance", Unit = "deg", Decimals = 1,
            Definition = "maximum of the thigh–shank angle from initial contact to toe-off",
            Sign = "+ flexion", Zero = "straight leg",
            Views = Sagittal, Movements = Gait, Event = "stance peak (contact → toe-off)",
            Citation = "Souza 2016; Heiderscheit et al. 2011", NoiseBand = 5,
            NoiseSource = "≈5° conservative value from 2D sagittal knee-angle reliability (Damsted et al. 2015)",
            Worse = WorseDirection.None, FilmingAdvice = "knee flexion needs a side (sagittal) view at knee height, camera perpendicular to the direction of running",
        },
        new()
        {
            Id = Overstride, Signed = true, Name = "Overstride (heel ahead of pelvis at contact)", Unit = "%LL", Decimals = 1,
            Definition = "horizontal distance from mid-hip to the contacting heel, in % of leg length",
            Sign = "+ heel ahead of the pelvis (direction faced)", Zero = "heel under the mid-hip",
            Views = Sagittal, Movements = Gait, Event = "initial contact",
            Citation = "Souza 2016; Heiderscheit et al. 2011", NoiseBand = 3,
            NoiseSource = "assumption: ≈3% of leg length (heel and hip jitter)",
            Worse = WorseDirection.Higher, FilmingAdvice = "overstride needs a side (sagittal) view at hip height showing the feet at contact",
        },
        new()
        {
            Id = TrunkForwardLean, Signed = true, Name = "Trunk forward lean", Unit = "deg", Decimals = 1,
            Definition = "angle of the trunk line (mid-hip → mid-shoulder) from the image vertical",
            Sign = "+ forward (direction faced), − backward", Zero = "trunk vertical",
            Views = Sagittal, Movements = AllSquatsAndGait, Event = SquatOrMidstance,
            Citation = "Souza 2016; Dingenen et al. 2018", NoiseBand = 3,
            NoiseSource = "≈3° conservative value from 2D trunk-angle reliability (Dingenen et al. 2018)",
            Worse = WorseDirection.None, FilmingAdvice = "trunk forward lean needs a side (sagittal) view with shoulders and hips in frame",
        },
        new()
        {
            Id = VerticalOscillation, Name = "Vertical oscillation of the pelvis", Unit = "%LL", Decimals = 1,
            Definition = "range of the mid-hip height over one stride, in % of leg length",
            Sign = "unsigned", Zero = "no vertical motion",
            Views = AnyClear, Movements = Gait, Event = "each stride (contact → next contact of the same foot)",
            Citation = "Souza 2016; Heiderscheit et al. 2011", NoiseBand = 1,
            NoiseSource = "assumption: ≈1% of leg length (mid-hip jitter after filtering)",
            Worse = WorseDirection.Higher, FilmingAdvice = "vertical oscillation needs a fixed camera (tripod) with the whole body in frame",
        },
        new()
        {
            Id = ContactTime, Name = "Ground contact time", Unit = "ms", Decimals = 0, NoiseIsFrameQuantised = true,
            Definition = "time from initial contact to toe-off of the same foot",
            Sign = "unsigned", Zero = "n/a",
            Views = AnyClear, Movements = Gait, Event = "each stance (contact → toe-off)",
            Citation = "Zeni et al. 2008 (events); Souza 2016", NoiseBand = 20,
            NoiseSource = "two frame intervals (each event is ±1 frame), at least 20 ms",
            Worse = WorseDirection.None, FilmingAdvice = "contact time needs a fixed camera showing the feet, ideally at 60 fps or more",
        },
        new()
        {
            Id = Cadence, Name = "Cadence", Unit = "steps/min", Decimals = 1,
            Definition = "steps per minute over the analysed strides",
            Sign = "unsigned", Zero = "n/a",
            Views = AnyClear, Movements = Gait, Event = "whole clip",
            Citation = "Heiderscheit et al. 2011", NoiseBand = 3,
            NoiseSource = "±3 steps/min (agreement with a manual frame-by-frame count, GaitCheck's acceptance tolerance)",
            Worse = WorseDirection.None, FilmingAdvice = "cadence needs a fixed camera showing the feet for several strides",
        },
        new()
        {
            Id = SquatDepth, Name = "Squat depth", Unit = "%LL", Decimals = 1,
            Definition = "mid-hip vertical drop from rep start to bottom, in % of leg length",
            Sign = "+ downwards", Zero = "standing height",
            Views = AnyClear, Movements = Squat, Event = "squat bottom",
            Citation = "OpenCap squat segmentation (Uhlrich et al. 2023)", NoiseBand = 5,
            NoiseSource = "assumption: ≈5% of leg length",
            Worse = WorseDirection.None, FilmingAdvice = "squat depth needs a fixed camera with the whole body in frame",
        },
    ];

    public static MetricDefinition Get(string id) =>
        All.FirstOrDefault(m => m.Id == id) ?? throw new ArgumentException($"unknown metric '{id}'", nameof(id));
}
