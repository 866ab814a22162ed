using GaitCheck.Core;
using GaitCheck.Synth.Render;

namespace GaitCheck.Synth.Scenarios;

/// <summary>Named scenarios for `gaitcheck synth --scenario NAME` (see README, "Synthetic ground truth").</summary>
public static class ScenarioPresets
{
    public static IReadOnlyDictionary<string, Func<Scenario>> All { get; } = new SortedDictionary<string, Func<Scenario>>(StringComparer.Ordinal)
    {
        ["sls-frontal-neutral-left"] = () => Sls("sls-frontal-neutral-left", Side.Left, CameraPlacement.Frontal, 0, 0),
        ["sls-frontal-valgus-left"] = () => Sls("sls-frontal-valgus-left", Side.Left, CameraPlacement.Frontal, 20, 6),
        ["sls-frontal-valgus-right"] = () => Sls("sls-frontal-valgus-right", Side.Right, CameraPlacement.Frontal, 20, 6),
        ["sls-posterior-drop-right"] = () => Sls("sls-posterior-drop-right", Side.Right, CameraPlacement.Posterior, 6, 8),
        ["sls-sagittal-left"] = () => Sls("sls-sagittal-left", Side.Left, CameraPlacement.LeftSagittal, 0, 0),
        ["run-posterior"] = () => Run("run-posterior", CameraPlacement.Posterior),
        ["run-frontal"] = () => Run("run-frontal", CameraPlacement.Frontal),
        ["run-left-sagittal"] = () => Run("run-left-sagittal", CameraPlacement.LeftSagittal),
        ["run-right-sagittal"] = () => Run("run-right-sagittal", CameraPlacement.RightSagittal),
        ["run-oblique"] = () => Run("run-oblique", CameraPlacement.Oblique),
        ["walk-left-sagittal"] = () => Walk("walk-left-sagittal", CameraPlacement.LeftSagittal),
        ["walk-frontal"] = () => Walk("walk-frontal", CameraPlacement.Frontal),
        ["sls-frontal-bystander"] = () => Sls("sls-frontal-bystander", Side.Left, CameraPlacement.Frontal, 10, 4) with
        {
            Render = new RenderSpec { Background = BackgroundKind.Textured, Bystander = true },
        },
    };

    public static Scenario Get(string name) => All.TryGetValue(name, out var f) ? f()
        : throw new GaitCheckException(ExitCode.Usage, $"unknown scenario '{name}'; known: {string.Join(", ", All.Keys)}");

    public static Scenario Sls(string name, Side stance, CameraPlacement cam, float valgus, float drop) => new()
    {
        Name = name, Movement = MovementType.SingleLegSquat,
        Camera = new CameraSpec { Placement = cam, DistanceM = 3.4f, HeightM = 0.9f },
        Squat = new SquatSpec { Stance = stance, KneeValgus = valgus, PelvicDrop = drop, Reps = 3 },
    };

    public static Scenario Run(string name, CameraPlacement cam) => new()
    {
        Name = name, Movement = MovementType.Running,
        Camera = new CameraSpec { Placement = cam, DistanceM = 3.8f, HeightM = 0.9f },
        Render = new RenderSpec { Fps = 60 },
        Gait = new GaitSpec { Seconds = 4, PelvicDrop = 5, RearfootEversion = 8 },
    };

    public static Scenario Walk(string name, CameraPlacement cam) => new()
    {
        Name = name, Movement = MovementType.Walking,
        Camera = new CameraSpec { Placement = cam, DistanceM = 3.8f, HeightM = 0.9f },
        Gait = new GaitSpec { Seconds = 5, CadenceStepsPerMinute = 110, PelvicDrop = 3, RearfootEversion = 3 },
    };
}
