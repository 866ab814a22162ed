using GaitCheck.Core;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Pipeline.Validation;

/// <summary>
/// The scenarios `gaitcheck synth validate` renders: frontal single-leg squats with several valgus and
/// pelvic-drop values on both stance sides, posterior squats, running in frontal, posterior and both
/// sagittal views, and walking. Quick mode keeps one clip per kind.
/// </summary>
public static class ValidationGrid
{
    public static IReadOnlyList<Scenario> Build(bool quick, int width, int height)
    {
        var list = new List<Scenario>();
        foreach (var stance in new[] { Side.Left, Side.Right })
        {
            string s = stance == Side.Left ? "l" : "r";
            var frontal = quick ? new[] { (12f, 6f) } : new[] { (0f, 0f), (8f, 4f), (16f, 8f) };
            foreach (var (v, d) in frontal)
                list.Add(ScenarioPresets.Sls($"v-sls-frontal-{s}-valgus{v:0}-drop{d:0}", stance, CameraPlacement.Frontal, v, d));
            if (!quick || stance == Side.Right)
                list.Add(ScenarioPresets.Sls($"v-sls-posterior-{s}-valgus10-drop6", stance, CameraPlacement.Posterior, 10, 6));
        }
        var runViews = quick ? new[] { CameraPlacement.Posterior, CameraPlacement.LeftSagittal }
            : new[] { CameraPlacement.Frontal, CameraPlacement.Posterior, CameraPlacement.LeftSagittal, CameraPlacement.RightSagittal };
        foreach (var v in runViews) list.Add(ScenarioPresets.Run($"v-run-{Name(v)}", v));
        list.Add(ScenarioPresets.Walk("v-walk-left-sagittal", CameraPlacement.LeftSagittal));
        if (!quick) list.Add(ScenarioPresets.Walk("v-walk-frontal", CameraPlacement.Frontal));
        return list.Select(sc => sc with { Render = sc.Render with { Width = width, Height = height } }).ToList();
    }

    private static string Name(CameraPlacement p) => p switch
    {
        CameraPlacement.LeftSagittal => "left-sagittal",
        CameraPlacement.RightSagittal => "right-sagittal",
        _ => p.ToString().ToLowerInvariant(),
    };
}
