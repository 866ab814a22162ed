using GaitCheck.Core;
using GaitCheck.Synth.Render;

namespace GaitCheck.Synth.Scenarios;

/// <summary>Command-line overrides applied on top of a preset or a scenario JSON file (null = keep).</summary>
public sealed record ScenarioOverrides
{
    public string? Name { get; init; }
    public MovementType? Movement { get; init; }
    public CameraPlacement? View { get; init; }
    public Side? Stance { get; init; }
    public float? Valgus { get; init; }
    public float? PelvicDrop { get; init; }
    public float? TrunkLean { get; init; }
    public int? Reps { get; init; }
    public float? Depth { get; init; }
    public double? Pause { get; init; }
    public double? Cadence { get; init; }
    public float? Overstride { get; init; }
    public float? Eversion { get; init; }
    public double? Seconds { get; init; }
    public double? Fps { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public bool Portrait { get; init; }
    public float? Noise { get; init; }
    public int? Blur { get; init; }
    public BackgroundKind? Background { get; init; }
    public bool? Bystander { get; init; }
    public float? CameraHeight { get; init; }
    public float? Distance { get; init; }
    public float? Focal { get; init; }
    public int? Seed { get; init; }

    public Scenario Apply(Scenario s)
    {
        var sq = s.Squat; var g = s.Gait; var cam = s.Camera; var r = s.Render;
        sq = sq with
        {
            Stance = Stance ?? sq.Stance, KneeValgus = Valgus ?? sq.KneeValgus, PelvicDrop = PelvicDrop ?? sq.PelvicDrop,
            TrunkLean = TrunkLean ?? sq.TrunkLean, Reps = Reps ?? sq.Reps, DepthKneeFlexion = Depth ?? sq.DepthKneeFlexion,
            PauseSeconds = Pause ?? sq.PauseSeconds,
        };
        g = g with
        {
            CadenceStepsPerMinute = Cadence ?? g.CadenceStepsPerMinute, Overstride = Overstride ?? g.Overstride,
            PelvicDrop = PelvicDrop ?? g.PelvicDrop, RearfootEversion = Eversion ?? g.RearfootEversion,
            KneeValgus = Valgus ?? g.KneeValgus, Seconds = Seconds ?? g.Seconds,
        };
        cam = cam with
        {
            Placement = View ?? cam.Placement, HeightM = CameraHeight ?? cam.HeightM, DistanceM = Distance ?? cam.DistanceM,
            Focal35mm = Focal ?? cam.Focal35mm,
        };
        int w = Width ?? r.Width, h = Height ?? r.Height;
        if (Portrait && w > h) (w, h) = (h, w);
        r = r with
        {
            Width = w, Height = h, Fps = Fps ?? r.Fps, Noise = Noise ?? r.Noise, MotionBlurSamples = Blur ?? r.MotionBlurSamples,
            Background = Background ?? r.Background, Bystander = Bystander ?? r.Bystander,
        };
        return s with
        {
            Name = Name ?? s.Name, Movement = Movement ?? s.Movement, Squat = sq, Gait = g, Camera = cam, Render = r, Seed = Seed ?? s.Seed,
        };
    }
}
