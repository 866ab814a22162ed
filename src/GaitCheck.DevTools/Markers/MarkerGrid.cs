using GaitCheck.Core;
using GaitCheck.Synth.Markers;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.DevTools.Markers;

/// <summary>
/// The marker test grid: every sticker colour, 15-25 mm, frontal and posterior, single-leg squats and running, 30 and
/// 60 fps, noise 4 and motion blur, a dark skin tone, clothing close to a marker's hue, a same-coloured decoy on a
/// textured background, and two clips without stickers (false-positive checks). 1080p, as a phone films. The detector's
/// hue bands and gates were set on one tuning clip (frontal left squat, green, 20 mm, 1080p, noise 2) that is not here.
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

    public static IReadOnlyList<Scenario> Build(bool quick = false)
    {
        var all = new List<Scenario>
        {
            Hd(Sls("mk-sls-frontal-right-orange15", Side.Right, CameraPlacement.Frontal, 24, 7, new() { Colour = "orange", DiameterMm = 15 }), noise: 4, blur: 3),
            Hd(Sls("mk-sls-posterior-left-pink25", Side.Left, CameraPlacement.Posterior, 10, 6, new() { Colour = "pink", DiameterMm = 25 }), fps: 60),
            Hd(Run("mk-run-posterior-orange20", CameraPlacement.Posterior, 6, 10, 0, new() { Colour = "orange", DiameterMm = 20 }), fps: 60, noise: 4),
            Hd(Run("mk-run-frontal-green20", CameraPlacement.Frontal, 5, 6, 8, new() { Colour = "green", DiameterMm = 20 }), fps: 60, blur: 3),
            Hd(Run("mk-run-posterior-blue15", CameraPlacement.Posterior, 3, 4, 0, new() { Colour = "blue", DiameterMm = 15 }) with
            {
                Look = new() { Shirt = "#2A7F9E" },   // teal shirt: a hue just beside the blue band
            }, fps: 30, noise: 4, blur: 3),
            Hd(Sls("mk-sls-frontal-left-green-darkskin", Side.Left, CameraPlacement.Frontal, 16, 4, new() { Colour = "green", DiameterMm = 20 }) with
            {
                Look = new() { Skin = "#6B4226", Shorts = "#8A8A5C" },   // dark skin, khaki shorts (a dull yellow-green)
            }),
            Hd(Sls("mk-sls-frontal-left-pink-decoy", Side.Left, CameraPlacement.Frontal, 12, 3, new() { Colour = "pink", DiameterMm = 20, Decoy = true }), bg: BackgroundKind.Textured),
            Hd(Sls("mk-sls-posterior-right-blue20", Side.Right, CameraPlacement.Posterior, 8, 8, new() { Colour = "blue", DiameterMm = 20 }) with
            {
                Look = new() { Shirt = "#B03030" },
            }, noise: 4),
            Hd(Sls("mk-none-sls-frontal", Side.Left, CameraPlacement.Frontal, 15, 5, null)),
            Hd(Run("mk-none-run-posterior", CameraPlacement.Posterior, 5, 8, 0, null), fps: 60),
        };
        return quick ? [all[0], all[1], all[8]] : all;
    }
}
