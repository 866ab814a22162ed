using GaitCheck.Core;
using GaitCheck.Synth.Markers;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.DevTools.Markers;

/// <summary>
/// The marker grids: every sticker colour, 15-25 mm, frontal and posterior, single-leg squats and running, 30 and
/// 60 fps, noise 4 and motion blur, dark skin tones, clothing close to a marker's hue, a same-coloured decoy on a
/// textured background, and clips without stickers (false-positive checks), at 1080p as a phone films. The tuning grid
/// is what the detector's anchors, gates and checks were adjusted on; the test grid moves every level round and is
/// only run to report.
/// </summary>
public static class MarkerGrid
{
    private static Scenario Hd(Scenario s, double fps = 30, float noise = 2, int blur = 1, BackgroundKind bg = BackgroundKind.Plain) => s with
    {
        Render = s.Render with { Width = 1920, Height = 1080, Fps = fps, Noise = noise, MotionBlurSamples = blur, Background = bg },
    };

    private static Scenario Sls(string name, Side stance, CameraPlacement cam, float valgus, float drop, MarkerSceneSpec? m, int reps = 2) =>
        ScenarioPresets.Sls(name, stance, cam, valgus, drop) with { Squat = ScenarioPresets.Sls(name, stance, cam, valgus, drop).Squat with { Reps = reps }, Markers = m };

    private static Scenario Run(string name, CameraPlacement cam, float drop, float eversion, float valgus, MarkerSceneSpec? m) =>
        ScenarioPresets.Run(name, cam) with
        {
            Gait = ScenarioPresets.Run(name, cam).Gait with { Seconds = 3, PelvicDrop = drop, RearfootEversion = eversion, KneeValgus = valgus },
            Markers = m,
        };

    private static readonly Synth.Body.Appearance GreyShoes = new() { LeftShoe = "#3A3A40", RightShoe = "#3A3A40" };
    private static readonly Synth.Body.Appearance WhiteShoes = new() { LeftShoe = "#E6E6E6", RightShoe = "#E6E6E6", Socks = "#303030" };

    /// <summary>The tuning grid (the anchors, gates and checks were adjusted on it) or the test grid (other colours, sizes, angles, bodies and cameras; run once, not tuned on).</summary>
    public static IReadOnlyList<Scenario> Build(bool test, bool quick = false)
    {
        var all = test ? Test() : Tuning();
        return quick ? [all[0], all[1], all[^2]] : all;
    }

    private static List<Scenario> Tuning() =>
    [
        Hd(Sls("mk-sls-frontal-right-orange15", Side.Right, CameraPlacement.Frontal, 24, 7, new() { Colour = "orange", DiameterMm = 15 }) with { Look = GreyShoes }, noise: 4, blur: 3),
        Hd(Sls("mk-sls-posterior-left-pink25", Side.Left, CameraPlacement.Posterior, 10, 6, new() { Colour = "pink", DiameterMm = 25 }) with { Look = GreyShoes }, fps: 60),
        Hd(Run("mk-run-posterior-orange20", CameraPlacement.Posterior, 6, 10, 0, new() { Colour = "orange", DiameterMm = 20 }) with { Look = WhiteShoes }, fps: 60, noise: 4),
        Hd(Run("mk-run-frontal-green20", CameraPlacement.Frontal, 5, 6, 8, new() { Colour = "green", DiameterMm = 20 }), fps: 60, blur: 3),
        Hd(Run("mk-run-posterior-blue15", CameraPlacement.Posterior, 3, 4, 0, new() { Colour = "blue", DiameterMm = 15 }) with
        {
            Look = GreyShoes with { Shirt = "#2A7F9E" },   // teal shirt: a hue just beside the blue band
        }, fps: 30, noise: 4, blur: 3),
        Hd(Sls("mk-sls-frontal-left-green-darkskin", Side.Left, CameraPlacement.Frontal, 16, 4, new() { Colour = "green", DiameterMm = 20 }) with
        {
            Look = new() { Skin = "#6B4226", Shorts = "#8A8A5C" },   // dark skin, khaki shorts (a dull yellow-green)
        }),
        Hd(Sls("mk-sls-frontal-left-pink-decoy", Side.Left, CameraPlacement.Frontal, 12, 3, new() { Colour = "pink", DiameterMm = 20, Decoy = true }) with { Look = WhiteShoes }, bg: BackgroundKind.Textured),
        Hd(Run("mk-run-posterior-orange20-darkskin", CameraPlacement.Posterior, 5, 7, 0, new() { Colour = "orange", DiameterMm = 20 }) with
        {
            Look = GreyShoes with { Skin = "#5C3A24" },   // dark skin: its hue is orange's, its saturation just below the band's floor
        }, noise: 4),
        Hd(Sls("mk-sls-frontal-right-orange20-darkskin", Side.Right, CameraPlacement.Frontal, 20, 6, new() { Colour = "orange", DiameterMm = 20 }) with
        {
            Look = GreyShoes with { Skin = "#6B4226" },   // the grid's darker skin under orange stickers: one hue, only saturation apart
        }, noise: 4),
        Hd(Sls("mk-sls-posterior-right-blue20", Side.Right, CameraPlacement.Posterior, 8, 8, new() { Colour = "blue", DiameterMm = 20 }) with
        {
            Look = GreyShoes with { Shirt = "#B03030" },
        }, noise: 4),
        Hd(Sls("mk-none-sls-frontal", Side.Left, CameraPlacement.Frontal, 15, 5, null)),
        Hd(Run("mk-none-run-posterior", CameraPlacement.Posterior, 5, 8, 0, null), fps: 60),
    ];

    /// <summary>Held out: colours, sizes and sides moved round, other angle levels, a taller and a shorter body, other distances and light.</summary>
    private static List<Scenario> Test() =>
    [
        Hd(Sls("mkt-sls-frontal-left-pink15", Side.Left, CameraPlacement.Frontal, 28, 9, new() { Colour = "pink", DiameterMm = 15 }) with
        {
            Look = WhiteShoes, SubjectHeightM = 1.62f, Camera = new CameraSpec { Placement = CameraPlacement.Frontal, DistanceM = 3.0f, HeightM = 0.85f },
        }, fps: 60, noise: 4),
        Hd(Sls("mkt-sls-posterior-right-green25", Side.Right, CameraPlacement.Posterior, 14, 4, new() { Colour = "green", DiameterMm = 25 }) with
        {
            SubjectHeightM = 1.88f, Camera = new CameraSpec { Placement = CameraPlacement.Posterior, DistanceM = 4.0f, HeightM = 0.95f },
        }, blur: 3),
        Hd(Run("mkt-run-frontal-blue20", CameraPlacement.Frontal, 7, 5, 12, new() { Colour = "blue", DiameterMm = 20 }) with { Look = GreyShoes with { Shirt = "#D0D0C8" } }, fps: 60, noise: 4),
        Hd(Run("mkt-run-posterior-pink20", CameraPlacement.Posterior, 4, 12, 0, new() { Colour = "pink", DiameterMm = 20 }) with
        {
            Look = WhiteShoes with { Skin = "#8D5A3B" }, Render = new RenderSpec { LightSide = 1 },
        }, fps: 60, blur: 3),
        Hd(Run("mkt-run-posterior-green15", CameraPlacement.Posterior, 8, 2, 0, new() { Colour = "green", DiameterMm = 15 }), fps: 30, noise: 4),
        Hd(Sls("mkt-sls-frontal-right-blue25-decoy", Side.Right, CameraPlacement.Frontal, 6, 2, new() { Colour = "blue", DiameterMm = 25, Decoy = true }) with
        {
            Look = GreyShoes with { Shirt = "#2F6DB5" },   // the default blue shirt: a blue close to the stickers' own
        }, bg: BackgroundKind.Textured),
        Hd(Sls("mkt-sls-posterior-left-orange20", Side.Left, CameraPlacement.Posterior, 18, 10, new() { Colour = "orange", DiameterMm = 20 }) with
        {
            Look = WhiteShoes with { Skin = "#6B4226" },
        }, fps: 60),
        Hd(Sls("mkt-none-sls-posterior", Side.Right, CameraPlacement.Posterior, 10, 5, null) with { Look = new() { Shirt = "#12B04A" } }),   // a shirt of a sticker colour, no stickers
        Hd(Run("mkt-none-run-frontal", CameraPlacement.Frontal, 5, 6, 5, null) with { Look = new() { LeftShoe = "#FF6A00", RightShoe = "#FF6A00" } }, fps: 60),
    ];
}
