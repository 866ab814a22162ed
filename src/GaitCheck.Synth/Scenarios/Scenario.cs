using System.Text.Json;
using System.Text.Json.Serialization;
using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;

namespace GaitCheck.Synth.Scenarios;

public enum MovementType { SingleLegSquat, Running, Walking }

/// <summary>Where the camera stands relative to the subject (who faces +z).</summary>
public enum CameraPlacement { Frontal, Posterior, LeftSagittal, RightSagittal, Oblique }

/// <summary>Pinhole camera placement. Distances in metres, angles in degrees.</summary>
public sealed record CameraSpec
{
    public CameraPlacement Placement { get; init; } = CameraPlacement.Frontal;
    /// <summary>Azimuth used for <see cref="CameraPlacement.Oblique"/>: 45 = between the front and the subject's left.</summary>
    public float ObliqueAzimuth { get; init; } = 45;
    public float HeightM { get; init; } = 1.0f;
    public float DistanceM { get; init; } = 3.6f;
    /// <summary>Height of the point looked at; null = half the subject's height.</summary>
    public float? TargetHeightM { get; init; }
    /// <summary>35 mm-equivalent focal length (a phone's main camera is about 26 mm).</summary>
    public float Focal35mm { get; init; } = 26;

    /// <summary>Camera azimuth about the vertical: 0 = in front (+z), 90 = at the subject's left (+x), 180 = behind.</summary>
    public float Azimuth => Placement switch
    {
        CameraPlacement.Frontal => 0,
        CameraPlacement.LeftSagittal => 90,
        CameraPlacement.Posterior => 180,
        CameraPlacement.RightSagittal => -90,
        _ => ObliqueAzimuth,
    };
}

/// <summary>Image and sensor settings.</summary>
public sealed record RenderSpec
{
    public int Width { get; init; } = 1280;
    public int Height { get; init; } = 720;
    public double Fps { get; init; } = 30;
    /// <summary>Gaussian sensor noise, standard deviation in 8-bit levels (0 = none).</summary>
    public float Noise { get; init; } = 2;
    /// <summary>Sub-frame renders averaged over a 180° shutter (1 = no motion blur).</summary>
    public int MotionBlurSamples { get; init; } = 1;
    public BackgroundKind Background { get; init; } = BackgroundKind.Plain;
    /// <summary>Colour of a plain wall ("#RRGGBB"); null = light grey.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WallColour { get; init; }
    /// <summary>Colour of a plain floor ("#RRGGBB"); null = mid grey.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FloorColour { get; init; }
    /// <summary>Side the light comes from, seen from the camera: −1 its left, +1 its right, 0 straight ahead (between, a mix); null = −1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? LightSide { get; init; }
    /// <summary>Adds a second, smaller mannequin standing to the side, further back.</summary>
    public bool Bystander { get; init; }
}

/// <summary>Single-leg squat. Angles at the bottom of each rep, degrees; times in seconds.</summary>
public sealed record SquatSpec
{
    public Side Stance { get; init; } = Side.Left;
    public int Reps { get; init; } = 3;
    /// <summary>Stance knee flexion at the bottom.</summary>
    public float DepthKneeFlexion { get; init; } = 60;
    /// <summary>Dynamic knee valgus at the bottom: hip internal rotation 0.6x, hip adduction 0.4x and knee abduction 0.4x this value.</summary>
    public float KneeValgus { get; init; } = 0;
    /// <summary>Contralateral pelvic drop at the bottom (pelvic obliquity, the free side lower).</summary>
    public float PelvicDrop { get; init; } = 0;
    /// <summary>Lateral trunk lean at the bottom, + = towards the stance side.</summary>
    public float TrunkLean { get; init; } = 0;
    public double DescentSeconds { get; init; } = 1.2;
    public double BottomPauseSeconds { get; init; } = 0.3;
    public double AscentSeconds { get; init; } = 1.1;
    /// <summary>Standing pause between reps.</summary>
    public double PauseSeconds { get; init; } = 0.8;
    public double LeadInSeconds { get; init; } = 0.7;
    public double TailSeconds { get; init; } = 0.6;
    /// <summary>
    /// Time from the start with both feet on the floor (the free leg standing like the stance leg); the free leg then
    /// lifts over the rest of the lead-in. 0 (the default) = the free leg is lifted from the first frame.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public double BothFeetDownSeconds { get; init; }
}

/// <summary>Treadmill running or walking. Angles are peak values at midstance, degrees.</summary>
public sealed record GaitSpec
{
    public double CadenceStepsPerMinute { get; init; } = 170;
    /// <summary>Stance fraction of the gait cycle; null = 0.36 running, 0.62 walking.</summary>
    public double? DutyFactor { get; init; }
    /// <summary>Extra hip flexion (and half as much less knee flexion) at initial contact: the foot lands further ahead.</summary>
    public float Overstride { get; init; }
    public float PelvicDrop { get; init; } = 4;
    public float RearfootEversion { get; init; } = 6;
    public float KneeValgus { get; init; }
    public double Seconds { get; init; } = 5;
    /// <summary>Phase of the left leg's gait cycle at t = 0 (0 = left initial contact).</summary>
    public double StartPhase { get; init; } = 0.15;
}

/// <summary>A complete, JSON-serialisable description of one synthetic clip.</summary>
public sealed record Scenario
{
    public string Name { get; init; } = "custom";
    public MovementType Movement { get; init; } = MovementType.SingleLegSquat;
    public float SubjectHeightM { get; init; } = 1.75f;
    /// <summary>Leg length, hip width and girth beside height; null = average (Winter's proportions).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BodyShape? Shape { get; init; }
    public Appearance Look { get; init; } = new();
    public CameraSpec Camera { get; init; } = new();
    public RenderSpec Render { get; init; } = new();
    public SquatSpec Squat { get; init; } = new();
    public GaitSpec Gait { get; init; } = new();
    /// <summary>Seeds the sensor noise.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Skin-marker stickers on the subject; null = none (the scenario JSON then has no "markers" key).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Markers.MarkerSceneSpec? Markers { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Scenario FromJson(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Json) ?? throw new FormatException("empty scenario");

    /// <summary>Checks ranges; throws <see cref="GaitCheckException"/> with <see cref="ExitCode.Usage"/>.</summary>
    public void Validate()
    {
        static void Req(bool ok, string msg) { if (!ok) throw new GaitCheckException(ExitCode.Usage, msg); }
        Req(Render.Width is >= 32 and <= 3840 && Render.Height is >= 32 and <= 3840, "resolution must be 32..3840 px per side");
        Req(Render.Width % 2 == 0 && Render.Height % 2 == 0, "width and height must be even (H.264 4:2:0)");
        Req(Render.Fps is >= 24 and <= 240, "fps must be 24..240");
        Req(Render.MotionBlurSamples is >= 1 and <= 16, "motion blur samples must be 1..16");
        Req(Render.Noise is >= 0 and <= 50, "noise must be 0..50");
        Req(Render.LightSide is null or (>= -1 and <= 1), "light side must be -1..1");
        Req(SubjectHeightM is >= 1.0f and <= 2.2f, "subject height must be 1.0..2.2 m");
        Req(Camera.DistanceM is >= 1.0f and <= 30f, "camera distance must be 1..30 m");
        Req(Shape is null || Shape.LegFraction is >= 0.46f and <= 0.60f, "leg fraction must be 0.46..0.60 of height");
        Req(Shape is null || (Shape.HipWidth is >= 0.7f and <= 1.4f && Shape.Girth is >= 0.7f and <= 1.5f), "hip width and girth must be 0.7..1.4 and 0.7..1.5 times average");
        Req(Camera.Focal35mm is >= 10 and <= 200, "focal length must be 10..200 mm (35 mm equivalent)");
        Req(Squat.Reps is >= 1 and <= 20, "reps must be 1..20");
        Req(Squat.DepthKneeFlexion is >= 10 and <= 100, "squat depth must be 10..100 degrees of knee flexion");
        Req(Squat.BothFeetDownSeconds >= 0 && Squat.BothFeetDownSeconds < Squat.LeadInSeconds, "both-feet-down time must be 0 or more and less than the squat's lead-in");
        Req(Gait.CadenceStepsPerMinute is >= 60 and <= 240, "cadence must be 60..240 steps/min");
        Req(Gait.Seconds is >= 0.5 and <= 60, "gait duration must be 0.5..60 s");
        Req(Gait.DutyFactor is null or (>= 0.2 and <= 0.75), "duty factor must be 0.2..0.75");
        if (Markers is { } m)
        {
            Req(Core.Markers.MarkerColours.Names.Contains(m.Colour), $"marker colour must be one of {string.Join(", ", Core.Markers.MarkerColours.Names)}");
            Req(m.DiameterMm is >= 8 and <= 40, "marker diameter must be 8..40 mm");
            _ = GaitCheck.Synth.Markers.MarkerScene.Protocol(this);
        }
        foreach (var c in new[] { Look.Skin, Look.Shirt, Look.Shorts, Look.Hair, Look.Socks, Look.LeftShoe, Look.RightShoe, Render.WallColour ?? "#000000", Render.FloorColour ?? "#000000" })
            Req(Appearance.IsColour(c), $"colour '{c}' is not #RRGGBB");
    }
}
