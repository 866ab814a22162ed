using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Pipeline.Validation;

/// <summary>Which synthetic validation set: every choice is made on <see cref="Tuning"/>; <see cref="Test"/> only reports.</summary>
public enum GridKind { Tuning, Test }

/// <summary>
/// The scenarios `gaitcheck synth validate` renders. Two disjoint sets built from the same recipe but different
/// factor levels (<see cref="GridLevels"/>): the tuning grid, on which every choice is made (landmark source,
/// model, refinement, corrections), and the test grid, which only reports. They differ in body height and
/// proportions, skin tone and clothing, background, camera height (0.6-1.2 m), distance (2-4 m), focal length,
/// fps and orientation, knee valgus (0-24°) and pelvic drop (0-10°) levels, squat depth, and the running levels
/// of pelvic drop and rearfoot eversion. Per set: frontal single-leg squats on each leg, posterior squats on
/// each leg, sagittal squats, running from the front, behind and both sides, and walking. Factor levels are
/// assigned by cycling each factor with its own stride, so they are spread across clips and views rather than
/// confounded with one another. Quick mode keeps one clip per kind.
/// </summary>
public static class ValidationGrid
{
    public static IReadOnlyList<Scenario> Build(GridKind kind, bool quick = false)
    {
        var lv = kind == GridKind.Tuning ? GridLevels.Tuning : GridLevels.Test;
        string tag = kind == GridKind.Tuning ? "t" : "s";
        var list = new List<Scenario>();
        int i = 0;
        Scenario Dress(Scenario sc) => Frame(Apply(sc, lv, i++), lv, i);

        int frontal = quick ? 1 : lv.FrontalSquatsPerSide, posterior = quick ? 1 : lv.PosteriorSquatsPerSide;
        foreach (var stance in new[] { Side.Left, Side.Right })
        {
            string s = stance == Side.Left ? "l" : "r";
            for (int k = 0; k < frontal; k++)
                list.Add(Dress(Squat($"{tag}-sls-frontal-{s}{k + 1}", stance, CameraPlacement.Frontal, lv, i)));
            for (int k = 0; k < posterior; k++)
                list.Add(Dress(Squat($"{tag}-sls-posterior-{s}{k + 1}", stance, CameraPlacement.Posterior, lv, i)));
        }
        if (!quick)
        {
            list.Add(Dress(Squat($"{tag}-sls-left-sagittal", Side.Left, CameraPlacement.LeftSagittal, lv, i)));
            list.Add(Dress(Squat($"{tag}-sls-right-sagittal", Side.Right, CameraPlacement.RightSagittal, lv, i)));
        }
        foreach (var (view, count) in new[] { (CameraPlacement.Frontal, lv.FrontalRuns), (CameraPlacement.Posterior, lv.PosteriorRuns),
                     (CameraPlacement.LeftSagittal, 1), (CameraPlacement.RightSagittal, 1) })
            for (int k = 0; k < (quick ? 1 : count); k++)
                list.Add(Dress(Run($"{tag}-run-{Name(view)}{k + 1}", view, lv, i)));
        if (!quick)
        {
            list.Add(Dress(Walk($"{tag}-walk-left-sagittal", CameraPlacement.LeftSagittal, lv, i)));
            list.Add(Dress(Walk($"{tag}-walk-frontal", CameraPlacement.Frontal, lv, i)));
        }
        return list;
    }

    private static Scenario Squat(string name, Side stance, CameraPlacement cam, GridLevels lv, int i) => new()
    {
        Name = name, Movement = MovementType.SingleLegSquat,
        Camera = new CameraSpec { Placement = cam },
        Squat = new SquatSpec
        {
            Stance = stance, Reps = 3,
            KneeValgus = Pick(lv.Valgus, i, 1), PelvicDrop = Pick(lv.PelvicDrop, i, 2), DepthKneeFlexion = Pick(lv.Depth, i, 3),
            TrunkLean = Pick(lv.TrunkLean, i, 1), PauseSeconds = 0.6,
        },
    };

    private static Scenario Run(string name, CameraPlacement cam, GridLevels lv, int i) => new()
    {
        Name = name, Movement = MovementType.Running,
        Camera = new CameraSpec { Placement = cam },
        Gait = new GaitSpec
        {
            Seconds = 4, CadenceStepsPerMinute = Pick(lv.Cadence, i, 1), PelvicDrop = Pick(lv.RunPelvicDrop, i, 1),
            RearfootEversion = Pick(lv.RunEversion, i, 2), KneeValgus = Pick(lv.RunValgus, i, 1),
        },
    };

    private static Scenario Walk(string name, CameraPlacement cam, GridLevels lv, int i) => new()
    {
        Name = name, Movement = MovementType.Walking,
        Camera = new CameraSpec { Placement = cam },
        Gait = new GaitSpec { Seconds = 5, CadenceStepsPerMinute = 110, PelvicDrop = Pick(lv.RunPelvicDrop, i, 1) / 2, RearfootEversion = Pick(lv.RunEversion, i, 2) / 2 },
    };

    /// <summary>Body, clothing, background, camera and fps of clip number <paramref name="i"/>.</summary>
    private static Scenario Apply(Scenario sc, GridLevels lv, int i)
    {
        var body = Pick(lv.Bodies, i, 1);
        bool gait = sc.Movement != MovementType.SingleLegSquat;
        return sc with
        {
            SubjectHeightM = body.Height, Shape = body.Shape, Look = Pick(lv.Looks, i, 2), Seed = 1 + i,
            Camera = sc.Camera with { HeightM = Pick(lv.CameraHeight, i, 1), DistanceM = Pick(lv.Distance, i, 2) + (gait ? 0.4f : 0), Focal35mm = Pick(lv.Focal, i, 1) },
            Render = Pick(lv.Backgrounds, i, 1) with
            {
                Fps = gait ? Pick(lv.GaitFps, i, 1) : Pick(lv.SquatFps, i, 1), Noise = Pick(lv.Noise, i, 1),
                Width = 960, Height = 540,
            },
        };
    }

    /// <summary>
    /// Orientation: alternates landscape and portrait, and is portrait whenever the whole body (with a 10% margin)
    /// would not fit in a landscape frame at this distance and focal length.
    /// </summary>
    private static Scenario Frame(Scenario sc, GridLevels lv, int i)
    {
        bool portrait = i % lv.PortraitEvery == 0 || !FitsLandscape(sc);
        return portrait ? sc with { Render = sc.Render with { Width = 540, Height = 960 } } : sc;
    }

    private static bool FitsLandscape(Scenario sc)
    {
        float focalPx = PinholeCamera.FocalFrom35mm(sc.Camera.Focal35mm, 960, 540);
        float halfHeight = 0.55f * sc.SubjectHeightM + 0.1f; // around the target at half height, with the arms and feet
        return halfHeight / (sc.Camera.DistanceM - 0.5f) * focalPx < 0.9f * 270;
    }

    /// <summary>Level of a factor for clip <paramref name="i"/>: cycles through the levels with a per-factor stride (coprime with small level counts).</summary>
    private static T Pick<T>(IReadOnlyList<T> levels, int i, int stride) => levels[(i * stride + i / levels.Count) % levels.Count];

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
    /// <summary>Every n-th clip is filmed in portrait even when landscape would fit.</summary>
    public int PortraitEvery { get; init; } = 3;

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
