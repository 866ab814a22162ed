using GaitCheck.Core;
using GaitCheck.Synth;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Pipeline.DevVerbs;

/// <summary>
/// What `gaitcheck synth` asks for: a preset or scenario file, and overrides applied on top of it (null = keep the
/// scenario's value).
/// Choice fields hold a name from <see cref="RenderSynthetic.MovementNames"/>, <see cref="RenderSynthetic.ViewNames"/>
/// or <see cref="RenderSynthetic.BackgroundNames"/>.
/// </summary>
public sealed record SynthRequest
{
    public string? Preset { get; init; }
    public string? ScenarioFile { get; init; }
    public string? Name { get; init; }
    public string? Movement { get; init; }
    public string? View { get; init; }
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
    public string? Background { get; init; }
    public bool? Bystander { get; init; }
    public float? CameraHeight { get; init; }
    public float? Distance { get; init; }
    public float? Focal { get; init; }
    public int? Seed { get; init; }
    /// <summary>Sticker colour ("green", "orange", "pink", "blue"): puts the view's marker protocol on the subject.</summary>
    public string? Markers { get; init; }
    /// <summary>Sticker diameter (mm).</summary>
    public float? MarkerSize { get; init; }
    /// <summary>Adds a ball of the sticker colour beside the subject.</summary>
    public bool? MarkerDecoy { get; init; }

    private Synth.Markers.MarkerSceneSpec? MarkersOf(Synth.Markers.MarkerSceneSpec? m)
    {
        if (Markers is null && MarkerSize is null && MarkerDecoy is null) return m;
        m ??= new Synth.Markers.MarkerSceneSpec();
        return m with { Colour = Markers ?? m.Colour, DiameterMm = MarkerSize ?? m.DiameterMm, Decoy = MarkerDecoy ?? m.Decoy };
    }

    /// <summary>The scenario with every value set here taking precedence.</summary>
    public Scenario Apply(Scenario s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sq = s.Squat; var g = s.Gait; var cam = s.Camera; var r = s.Render;
        sq = sq with
        {
            Stance = Stance ?? sq.Stance,
            KneeValgus = Valgus ?? sq.KneeValgus,
            PelvicDrop = PelvicDrop ?? sq.PelvicDrop,
            TrunkLean = TrunkLean ?? sq.TrunkLean,
            Reps = Reps ?? sq.Reps,
            DepthKneeFlexion = Depth ?? sq.DepthKneeFlexion,
            PauseSeconds = Pause ?? sq.PauseSeconds,
        };
        g = g with
        {
            CadenceStepsPerMinute = Cadence ?? g.CadenceStepsPerMinute,
            Overstride = Overstride ?? g.Overstride,
            PelvicDrop = PelvicDrop ?? g.PelvicDrop,
            RearfootEversion = Eversion ?? g.RearfootEversion,
            KneeValgus = Valgus ?? g.KneeValgus,
            Seconds = Seconds ?? g.Seconds,
        };
        cam = cam with
        {
            Placement = Choices.Parse<CameraPlacement>(View) ?? cam.Placement,
            HeightM = CameraHeight ?? cam.HeightM,
            DistanceM = Distance ?? cam.DistanceM,
            Focal35mm = Focal ?? cam.Focal35mm,
        };
        int w = Width ?? r.Width, h = Height ?? r.Height;
        if (Portrait && w > h) (w, h) = (h, w);
        r = r with
        {
            Width = w,
            Height = h,
            Fps = Fps ?? r.Fps,
            Noise = Noise ?? r.Noise,
            MotionBlurSamples = Blur ?? r.MotionBlurSamples,
            Background = Choices.Parse<BackgroundKind>(Background) ?? r.Background,
            Bystander = Bystander ?? r.Bystander,
        };
        return s with
        {
            Name = Name ?? s.Name,
            Movement = Choices.Parse<MovementType>(Movement) ?? s.Movement,
            Squat = sq,
            Gait = g,
            Camera = cam,
            Render = r,
            Seed = Seed ?? s.Seed,
            Markers = MarkersOf(s.Markers),
        };
    }
}

/// <summary>`gaitcheck synth`: renders a mannequin clip with exact ground truth (GaitCheck.Synth), or its truth alone.</summary>
public static class RenderSynthetic
{
    public const string DefaultPreset = "sls-frontal-valgus-left";

    public static IReadOnlyList<string> Presets => [.. ScenarioPresets.All.Keys];
    public static IReadOnlyList<string> MovementNames => Choices.Names<MovementType>();
    public static IReadOnlyList<string> ViewNames => Choices.Names<CameraPlacement>();
    public static IReadOnlyList<string> BackgroundNames => Choices.Names<BackgroundKind>();
    public static IReadOnlyList<string> MarkerColourNames => Core.Markers.MarkerColours.Names;

    /// <summary>Renders the clip and its truth files into <paramref name="outDir"/>; returns the one-line summary.</summary>
    public static string Render(SynthRequest request, string outDir, bool preferFfmpeg, Action<string>? log, CancellationToken cancel)
    {
        var r = SynthRunner.Run(Scenario(request), outDir, log, preferFfmpeg, cancel);
        return SynthRunner.Summary(r);
    }

    /// <summary>Writes the truth files without rendering; returns the one-line summary.</summary>
    public static string TruthOnly(SynthRequest request, string outDir)
    {
        var sc = Scenario(request);
        var t = SynthRunner.WriteTruthOnly(sc, outDir);
        return $"{sc.Name}: ground truth for {Inv.I(t.FrameCount)} frames written to {outDir}";
    }

    private static Scenario Scenario(SynthRequest q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return q.Apply(BaseScenario(q));
    }

    private static Scenario BaseScenario(SynthRequest q)
    {
        if (q.ScenarioFile is not { } f) return ScenarioPresets.Get(q.Preset ?? DefaultPreset);
        string text = InputFile.ReadAllText(f, "scenario file");
        try { return Synth.Scenarios.Scenario.FromJson(text); }
        catch (System.Text.Json.JsonException e) { throw new GaitCheckException(ExitCode.Usage, $"{f} is not a valid scenario: {JsonErrors.Describe(e)}", e); }
    }
}
