using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.DevTools.Validation;

/// <summary>Which synthetic validation set: every choice is made on <see cref="Tuning"/>; <see cref="Test"/> only reports.</summary>
public enum GridKind { Tuning, Test }

/// <summary>
/// The scenarios `gaitcheck synth validate` renders. Two disjoint sets built from the same recipe but different
/// factor levels (<see cref="GridLevels"/>): the tuning grid, on which every choice is made (landmark source,
/// model, refinement, corrections), and the test grid, which only reports. They differ in body height and
/// proportions, skin tone and clothing, background, camera height (0.6-1.2 m), distance (2-4 m), focal length,
/// fps and orientation, knee valgus (0-24°) and pelvic drop (0-10°) levels, squat depth, and the running levels
/// of pelvic drop and rearfoot eversion. Per set: frontal and posterior single-leg squats, each rendered on the left
/// and on the right leg with everything else identical (a mirror pair, so the left-minus-right difference of the
/// errors measures the pipeline's asymmetry, not a difference of scenarios), sagittal squats, running from the front,
/// behind and both sides, and walking. Each factor's levels are dealt to the scenarios in a balanced, shuffled order
/// of its own (<see cref="Deal"/>), so every level occurs about equally often and the factors are not confounded
/// with one another. Quick mode keeps one clip per kind.
/// </summary>
public static class ValidationGrid
{
    public static IReadOnlyList<Scenario> Build(GridKind kind, bool quick = false)
    {
        var lv = kind == GridKind.Tuning ? GridLevels.Tuning : GridLevels.Test;
        string tag = kind == GridKind.Tuning ? "t" : "s";
        int seed = kind == GridKind.Tuning ? 11 : 29;
        int frontal = quick ? 1 : lv.FrontalSquatsPerSide, posterior = quick ? 1 : lv.PosteriorSquatsPerSide;
        // Units (a scenario, or a left/right mirror pair) in groups; each group is dealt its levels separately, so every
        // group (frontal squats, posterior squats, the rest) sees each level about equally often.
        var groups = new List<List<Func<Dealt, IEnumerable<Scenario>>>>
        {
            Enumerable.Range(1, frontal).Select(n => (Func<Dealt, IEnumerable<Scenario>>)(d => Pair($"{tag}-sls-frontal", n, CameraPlacement.Frontal, d))).ToList(),
            Enumerable.Range(1, posterior).Select(n => (Func<Dealt, IEnumerable<Scenario>>)(d => Pair($"{tag}-sls-posterior", n, CameraPlacement.Posterior, d))).ToList(),
        };
        var rest = new List<Func<Dealt, IEnumerable<Scenario>>>();
        if (!quick)
        {
            rest.Add(d => [Squat($"{tag}-sls-left-sagittal", Side.Left, CameraPlacement.LeftSagittal, d)]);
            rest.Add(d => [Squat($"{tag}-sls-right-sagittal", Side.Right, CameraPlacement.RightSagittal, d)]);
        }
        foreach (var (view, count) in new[] { (CameraPlacement.Frontal, lv.FrontalRuns), (CameraPlacement.Posterior, lv.PosteriorRuns),
                     (CameraPlacement.LeftSagittal, 1), (CameraPlacement.RightSagittal, 1) })
            for (int k = 0; k < (quick ? 1 : count); k++) { int n = k + 1; var v = view; rest.Add(d => [Run($"{tag}-run-{Name(v)}{n}", v, d)]); }
        if (!quick)
        {
            rest.Add(d => [Walk($"{tag}-walk-left-sagittal", CameraPlacement.LeftSagittal, d)]);
            rest.Add(d => [Walk($"{tag}-walk-frontal", CameraPlacement.Frontal, d)]);
        }
        groups.Add(rest);
        var list = new List<Scenario>();
        for (int g = 0; g < groups.Count; g++)
        {
            var dealt = Dealt.For(lv, groups[g].Count, seed * 10 + g);
            for (int u = 0; u < groups[g].Count; u++)
                list.AddRange(groups[g][u](dealt[u]).Select((sc, j) => Frame(Dress(sc, dealt[u], list.Count + j + 1), dealt[u])).ToList());
        }
        return list;
    }

    /// <summary>A left-stance squat and its twin on the right leg (<see cref="Dress"/> mirrors its light, so the two are mirror scenes).</summary>
    private static IEnumerable<Scenario> Pair(string name, int n, CameraPlacement cam, Dealt d) =>
        [Squat($"{name}-l{n}", Side.Left, cam, d), Squat($"{name}-r{n}", Side.Right, cam, d)];

    private static Scenario Squat(string name, Side stance, CameraPlacement cam, Dealt d) => new()
    {
        Name = name, Movement = MovementType.SingleLegSquat,
        Camera = new CameraSpec { Placement = cam },
        Squat = new SquatSpec
        {
            Stance = stance, Reps = 3, KneeValgus = d.Valgus, PelvicDrop = d.PelvicDrop, DepthKneeFlexion = d.Depth, TrunkLean = d.TrunkLean, PauseSeconds = 0.6,
        },
    };

    private static Scenario Run(string name, CameraPlacement cam, Dealt d) => new()
    {
        Name = name, Movement = MovementType.Running,
        Camera = new CameraSpec { Placement = cam },
        Gait = new GaitSpec
        {
            Seconds = 4, CadenceStepsPerMinute = d.Cadence, PelvicDrop = d.RunPelvicDrop, RearfootEversion = d.RunEversion, KneeValgus = d.RunValgus,
        },
    };

    private static Scenario Walk(string name, CameraPlacement cam, Dealt d) => new()
    {
        Name = name, Movement = MovementType.Walking,
        Camera = new CameraSpec { Placement = cam },
        Gait = new GaitSpec { Seconds = 5, CadenceStepsPerMinute = 110, PelvicDrop = d.RunPelvicDrop / 2, RearfootEversion = d.RunEversion / 2 },
    };

    /// <summary>
    /// Body, clothing, background, camera, light and fps; <paramref name="seed"/> seeds the sensor noise. The right-leg twin
    /// of a frontal or posterior squat pair gets the mirrored light, so the pair differ only by a mirror (the renderer's
    /// light is fixed to the camera, and a light from one side would otherwise make the legs look different).
    /// </summary>
    private static Scenario Dress(Scenario sc, Dealt d, int seed)
    {
        bool gait = sc.Movement != MovementType.SingleLegSquat;
        bool twin = !gait && sc.Squat.Stance == Side.Right && sc.Camera.Placement is CameraPlacement.Frontal or CameraPlacement.Posterior;
        return sc with
        {
            SubjectHeightM = d.Body.Height,
            Shape = d.Body.Shape,
            Look = d.Look,
            Seed = seed,
            Camera = sc.Camera with { HeightM = d.CameraHeight, DistanceM = d.Distance + (gait ? 0.4f : 0), Focal35mm = d.Focal },
            Render = d.Background with { Fps = gait ? d.GaitFps : d.SquatFps, Noise = d.Noise, Width = 960, Height = 540, LightSide = twin ? -d.LightSide : d.LightSide },
        };
    }

    /// <summary>Portrait when dealt, or whenever the whole body (with a 10% margin) would not fit a landscape frame at this distance and focal length.</summary>
    private static Scenario Frame(Scenario sc, Dealt d) =>
        d.Portrait || !FitsLandscape(sc) ? sc with { Render = sc.Render with { Width = 540, Height = 960 } } : sc;

    private static bool FitsLandscape(Scenario sc)
    {
        float focalPx = PinholeCamera.FocalFrom35mm(sc.Camera.Focal35mm, 960, 540);
        float halfHeight = 0.55f * sc.SubjectHeightM + 0.1f; // around the target at half height, with the arms and feet
        return halfHeight / (sc.Camera.DistanceM - 0.5f) * focalPx < 0.9f * 270;
    }

    /// <summary>
    /// <paramref name="count"/> draws of a factor's levels: each level equally often (up to one), in an order shuffled by
    /// a seeded generator of its own (Fisher-Yates), so factors dealt with different seeds are independent.
    /// </summary>
    internal static T[] Deal<T>(IReadOnlyList<T> levels, int count, int seed)
    {
        var r = new Random(seed);
        var a = Enumerable.Range(0, count).Select(i => levels[i % levels.Count]).ToArray();
        for (int i = a.Length - 1; i > 0; i--)
        {
            int j = r.Next(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
        return a;
    }

    /// <summary>The factor levels dealt to one unit (a scenario, or a left/right mirror pair).</summary>
    private sealed record Dealt(GridBody Body, Appearance Look, RenderSpec Background, float CameraHeight, float Distance, float Focal, double SquatFps,
        double GaitFps, float Noise, bool Portrait, float LightSide, float Valgus, float PelvicDrop, float Depth, float TrunkLean, double Cadence, float RunPelvicDrop,
        float RunEversion, float RunValgus)
    {
        public static Dealt[] For(GridLevels lv, int n, int seed)
        {
            int f = 0;
            int Next() => seed * 1000 + ++f;
            var body = Deal(lv.Bodies, n, Next()); var look = Deal(lv.Looks, n, Next()); var bg = Deal(lv.Backgrounds, n, Next());
            var camH = Deal(lv.CameraHeight, n, Next()); var dist = Deal(lv.Distance, n, Next()); var focal = Deal(lv.Focal, n, Next());
            var sfps = Deal(lv.SquatFps, n, Next()); var gfps = Deal(lv.GaitFps, n, Next()); var noise = Deal(lv.Noise, n, Next());
            var portrait = Deal([true, false, false], n, Next());
            var light = Deal([-1f, 1f, 0f], n, Next());
            var valgus = Deal(lv.Valgus, n, Next()); var drop = Deal(lv.PelvicDrop, n, Next()); var depth = Deal(lv.Depth, n, Next());
            var lean = Deal(lv.TrunkLean, n, Next()); var cad = Deal(lv.Cadence, n, Next()); var rdrop = Deal(lv.RunPelvicDrop, n, Next());
            var ever = Deal(lv.RunEversion, n, Next()); var rval = Deal(lv.RunValgus, n, Next());
            return Enumerable.Range(0, n).Select(i => new Dealt(body[i], look[i], bg[i], camH[i], dist[i], focal[i], sfps[i], gfps[i], noise[i], portrait[i], light[i],
                valgus[i], drop[i], depth[i], lean[i], cad[i], rdrop[i], ever[i], rval[i])).ToArray();
        }
    }

    private static string Name(CameraPlacement p) => p switch
    {
        CameraPlacement.LeftSagittal => "left-sagittal",
        CameraPlacement.RightSagittal => "right-sagittal",
        _ => p.ToString().ToLowerInvariant(),
    };
}

/// <summary>A subject's height and build.</summary>
public sealed record GridBody(float Height, BodyShape Shape);

/// <summary>
/// The factor levels of one validation grid. The tuning and test levels are disjoint wherever a factor is
/// continuous or categorical (bodies, skin and clothing, backgrounds, camera heights, distances, focal lengths,
/// valgus, drop, depth, eversion), and both cover the ranges the tool is used in.
/// </summary>
public sealed record GridLevels
{
    public required IReadOnlyList<GridBody> Bodies { get; init; }
    public required IReadOnlyList<Appearance> Looks { get; init; }
    public required IReadOnlyList<RenderSpec> Backgrounds { get; init; }
    public required IReadOnlyList<float> CameraHeight { get; init; }
    public required IReadOnlyList<float> Distance { get; init; }
    public required IReadOnlyList<float> Focal { get; init; }
    public required IReadOnlyList<double> SquatFps { get; init; }
    public required IReadOnlyList<double> GaitFps { get; init; }
    public required IReadOnlyList<float> Noise { get; init; }
    public required IReadOnlyList<float> Valgus { get; init; }
    public required IReadOnlyList<float> PelvicDrop { get; init; }
    public required IReadOnlyList<float> Depth { get; init; }
    public required IReadOnlyList<float> TrunkLean { get; init; }
    public required IReadOnlyList<double> Cadence { get; init; }
    public required IReadOnlyList<float> RunPelvicDrop { get; init; }
    public required IReadOnlyList<float> RunEversion { get; init; }
    public required IReadOnlyList<float> RunValgus { get; init; }
    public int FrontalSquatsPerSide { get; init; } = 6;
    public int PosteriorSquatsPerSide { get; init; } = 4;
    public int FrontalRuns { get; init; } = 3;
    public int PosteriorRuns { get; init; } = 4;

    public static GridLevels Tuning { get; } = new()
    {
        Bodies =
        [
            new(1.75f, BodyShape.Average),
            new(1.62f, new BodyShape { LegFraction = 0.52f, HipWidth = 1.15f, Girth = 1.15f }),
            new(1.86f, new BodyShape { LegFraction = 0.545f, HipWidth = 0.9f, Girth = 0.9f }),
        ],
        Looks =
        [
            new Appearance(),
            new Appearance { Skin = "#8D5A3B", Hair = "#121212", Shirt = "#C0392B", Shorts = "#1F3A5F", Socks = "#202020", LeftShoe = "#E8E8E8", RightShoe = "#E8E8E8" },
            new Appearance { Skin = "#F0C8A0", Hair = "#A0522D", Shirt = "#2E8B57", Shorts = "#111111", Socks = "#F5F5F5", LeftShoe = "#1E90FF", RightShoe = "#1E90FF" },
        ],
        Backgrounds =
        [
            new RenderSpec(),
            new RenderSpec { Background = BackgroundKind.Textured },
            new RenderSpec { WallColour = "#9DB4C0", FloorColour = "#6B5E4F" },
        ],
        CameraHeight = [0.7f, 1.0f, 1.1f],
        Distance = [2.6f, 3.2f, 3.8f],
        Focal = [26f, 35f],
        SquatFps = [30, 60],
        GaitFps = [60, 60, 30],
        Noise = [2f, 4f],
        Valgus = [0f, 8f, 16f, 24f],
        PelvicDrop = [0f, 3f, 6f, 9f],
        Depth = [55f, 65f, 75f],
        TrunkLean = [0f, 4f],
        Cadence = [160, 176],
        RunPelvicDrop = [2f, 5f, 8f],
        RunEversion = [3f, 8f, 13f],
        RunValgus = [0f, 5f],
    };

    public static GridLevels Test { get; } = new()
    {
        Bodies =
        [
            new(1.68f, new BodyShape { LegFraction = 0.54f, HipWidth = 1.05f, Girth = 1.25f }),
            new(1.92f, new BodyShape { LegFraction = 0.515f, HipWidth = 0.95f, Girth = 0.95f }),
            new(1.56f, new BodyShape { LegFraction = 0.53f, HipWidth = 1.2f, Girth = 1.05f }),
        ],
        Looks =
        [
            new Appearance { Skin = "#5C3A21", Hair = "#0A0A0A", Shirt = "#F2C94C", Shorts = "#4A4A4A", Socks = "#FFFFFF", LeftShoe = "#222222", RightShoe = "#222222" },
            new Appearance { Skin = "#E8B899", Hair = "#D4B36A", Shirt = "#7B3FA0", Shorts = "#3D5A2A", Socks = "#B0B0B0", LeftShoe = "#F57C00", RightShoe = "#F57C00" },
            new Appearance { Skin = "#B07850", Hair = "#2B1B10", Shirt = "#F4F4F4", Shorts = "#8B0000", Socks = "#333333", LeftShoe = "#3A7BD5", RightShoe = "#3A7BD5" },
        ],
        Backgrounds =
        [
            new RenderSpec { WallColour = "#E8DCC0", FloorColour = "#505050" },
            new RenderSpec { Background = BackgroundKind.Textured },
            new RenderSpec { WallColour = "#4F5D75", FloorColour = "#8C8C8C" },
        ],
        CameraHeight = [0.6f, 0.85f, 1.2f],
        Distance = [2.2f, 2.9f, 4.0f],
        Focal = [24f, 30f],
        SquatFps = [60, 30],
        GaitFps = [60, 30, 60],
        Noise = [3f, 1f],
        Valgus = [4f, 12f, 20f],
        PelvicDrop = [2f, 5f, 8f, 10f],
        Depth = [50f, 60f, 70f],
        TrunkLean = [2f, 0f],
        Cadence = [168, 182],
        RunPelvicDrop = [3f, 6f, 9f],
        RunEversion = [5f, 11f],
        RunValgus = [3f, 0f],
    };
}
