using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;
using Xunit.Abstractions;

namespace GaitCheck.Synth.Tests;

/// <summary>
/// The analysis run on the EXACT true landmarks of synthetic scenarios (no rendering, no pose model): anything
/// it gets wrong here is an analysis error, not a pose-model one. View, movement, every rep (start, bottom, end
/// within ±1 frame), gait events within ±1 frame (≥ 95% in sagittal running; see <see cref="GaitGrid"/> for the
/// known gaps), cadence within ±3 steps/min, and the angle metrics at the events within 0.5° of truth.
/// </summary>
public class TruthAnalysisTests(ITestOutputHelper output)
{
    private const double AngleTolerance = 0.5;

    private static readonly string[] AngleMetrics =
    [
        MetricCatalog.Fppa, MetricCatalog.PelvicDrop, MetricCatalog.HipAdduction, MetricCatalog.RearfootEversion,
        MetricCatalog.KneeFlexionBottom, MetricCatalog.KneeFlexionContact, MetricCatalog.TrunkForwardLean, MetricCatalog.TrunkLeanLateral,
    ];

    public static TheoryData<string, Side, CameraPlacement, float, float> SquatGrid()
    {
        var d = new TheoryData<string, Side, CameraPlacement, float, float>();
        foreach (var cam in new[] { CameraPlacement.Frontal, CameraPlacement.Posterior })
            foreach (var side in new[] { Side.Left, Side.Right })
                foreach (var (valgus, drop) in new[] { (0f, 0f), (10f, 4f), (16f, 8f), (20f, 6f) })
                    d.Add($"sls-{cam}-{side}-{valgus}-{drop}".ToLowerInvariant(), side, cam, valgus, drop);
        return d;
    }

    [Theory]
    [MemberData(nameof(SquatGrid))]
    public void Single_leg_squat_on_exact_truth(string name, Side stance, CameraPlacement cam, float valgus, float drop)
    {
        var truth = SynthRunner.TruthOnly(ScenarioPresets.Sls(name, stance, cam, valgus, drop), name + ".mp4");
        var r = ClipAnalyzer.Analyze(truth.Keypoints);
        output.WriteLine($"{name}: view {r.View.View}, movement {r.Movement.Kind}, reps {r.Reps.Count}/{truth.Reps.Count}");
        Assert.Equal(truth.View, r.View.View);
        Assert.Equal(MovementKind.SingleLegSquat, r.Movement.Kind);
        Assert.Equal(stance, r.Movement.StanceSide);
        Assert.Equal(truth.Reps.Count, r.Reps.Count);
        for (int i = 0; i < truth.Reps.Count; i++)
        {
            TruthRep t = truth.Reps[i]; RepRow a = r.Reps[i];
            output.WriteLine($"  rep {t.Number}: start {a.StartFrame}/{t.StartFrame} bottom {a.BottomFrame}/{t.BottomFrame} end {a.EndFrame}/{t.EndFrame}");
            Assert.InRange(a.StartFrame, t.StartFrame - 1, t.StartFrame + 1);
            Assert.InRange(a.BottomFrame, t.BottomFrame - 1, t.BottomFrame + 1);
            Assert.InRange(a.EndFrame, t.EndFrame - 1, t.EndFrame + 1);
            CompareMetrics(truth, "bottom", stance, t.BottomFrame, a.Values);
        }
    }

    /// <summary>
    /// Scenario, movement, camera, and the fraction of true IC/TO events that must be found within ±1 frame.
    /// Frontal/posterior running: events anchored on the stance phases (GaitEventDetector.Frontal.cs), 22/22 within ±1
    /// frame in both views. KNOWN GAP (not reached, see the report): walking's Zeni IC (heel most anterior) is
    /// 2 frames early in 2 of 9 contacts. That row asserts today's level so that a regression still fails.
    /// </summary>
    public static TheoryData<string, MovementType, CameraPlacement, double> GaitGrid() => new()
    {
        { "run-frontal", MovementType.Running, CameraPlacement.Frontal, 0.95 },
        { "run-posterior", MovementType.Running, CameraPlacement.Posterior, 0.95 },
        { "run-left-sagittal", MovementType.Running, CameraPlacement.LeftSagittal, 0.95 },
        { "run-right-sagittal", MovementType.Running, CameraPlacement.RightSagittal, 0.95 },
        { "walk-left-sagittal", MovementType.Walking, CameraPlacement.LeftSagittal, 0.85 },
        { "walk-right-sagittal", MovementType.Walking, CameraPlacement.RightSagittal, 0.85 },
    };

    [Theory]
    [MemberData(nameof(GaitGrid))]
    public void Gait_on_exact_truth(string name, MovementType movement, CameraPlacement cam, double minWithinOneFrame)
    {
        var sc = movement == MovementType.Running ? ScenarioPresets.Run(name, cam) : ScenarioPresets.Walk(name, cam);
        var truth = SynthRunner.TruthOnly(sc, name + ".mp4");
        var r = ClipAnalyzer.Analyze(truth.Keypoints);
        output.WriteLine($"{name}: view {r.View.View}, movement {r.Movement.Kind}, events {r.Events.Count}, cadence {r.Metric(MetricCatalog.Cadence)?.Sides.FirstOrDefault()?.Mean}");
        Assert.Equal(truth.View, r.View.View);
        Assert.Equal(movement == MovementType.Running ? MovementKind.Running : MovementKind.Walking, r.Movement.Kind);

        int matched = 0, total = 0;
        foreach (var t in truth.Events.Where(e => e.Kind != TrueEventKind.Midstance))
        {
            // Events at the clip's very edge cannot be seen as extrema: only those with a full frame either side count.
            if (t.Frame < 2 || t.Frame > truth.FrameCount - 3) continue;
            var kind = t.Kind == TrueEventKind.InitialContact ? GaitEventKind.InitialContact : GaitEventKind.ToeOff;
            var near = r.Events.Where(e => e.Side == t.Side && e.Kind == kind).OrderBy(e => Math.Abs(e.Frame - t.Frame)).FirstOrDefault();
            bool ok = near is not null && Math.Abs(near.Frame - t.Frame) <= 1;
            total++; if (ok) matched++;
            output.WriteLine($"  {t.Side} {t.Kind} truth {t.Frame} found {(near is null ? "none" : near.Frame.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(ok ? "" : "  <-- MISS")}");
        }
        double fraction = (double)matched / total;
        output.WriteLine($"  events within ±1 frame: {matched}/{total}");
        Assert.True(total >= 8, $"only {total} true events");
        Assert.True(fraction >= minWithinOneFrame, $"{name}: only {matched}/{total} events within ±1 frame");
        double? cadence = r.Metric(MetricCatalog.Cadence)?.Sides.FirstOrDefault()?.Mean;
        Assert.NotNull(cadence);
        Assert.InRange(cadence.Value, sc.Gait.CadenceStepsPerMinute - 3, sc.Gait.CadenceStepsPerMinute + 3);

        foreach (var st in r.Strides)
        {
            var ms = truth.Events.Where(e => e.Side == st.Side && e.Kind == TrueEventKind.Midstance).OrderBy(e => Math.Abs(e.Frame - st.MidstanceFrame)).First();
            output.WriteLine($"  stride {st.Side} {st.Number}: midstance {st.MidstanceFrame}/{ms.Frame}");
            CompareMetrics(truth, "midstance", st.Side, ms.Frame, st.Values, st.MidstanceFrame);
            var ic = truth.Events.Where(e => e.Side == st.Side && e.Kind == TrueEventKind.InitialContact).OrderBy(e => Math.Abs(e.Frame - st.ContactFrame)).First();
            CompareMetrics(truth, "initial contact", st.Side, ic.Frame, st.Values, st.ContactFrame);
        }
    }

    /// <summary>
    /// Each angle metric the analysis reported at an event against truth: the true value at the true event when the
    /// analysis found that very frame, else the true geometry at the analysis's own frame (event timing is checked
    /// above; this checks that the angle itself is exact).
    /// </summary>
    private void CompareMetrics(GroundTruth truth, string ev, Side side, int truthFrame, IReadOnlyDictionary<string, double> values, int? foundFrame = null)
    {
        int frame = foundFrame ?? truthFrame;
        var k = truth.Keypoints.Frames[frame].Points;
        foreach (var m in AngleMetrics)
        {
            var tv = truth.Values.FirstOrDefault(v => v.Metric == m && v.Event == ev && v.Frame == truthFrame && (v.Side is null || v.Side == side));
            if (tv is null) continue;
            double expected = frame == truthFrame ? tv.Value : TrueAt(m, k, side, truth.View);
            bool has = values.TryGetValue(m, out double a);
            output.WriteLine($"    {m} {side} @{ev} {truthFrame} (found {frame}): truth {expected:F2} analysis {(has ? a.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "MISSING")}");
            Assert.True(has, $"{m} ({side}, {ev} at frame {truthFrame}) not reported");
            Assert.True(Math.Abs(a - expected) <= AngleTolerance, $"{m} ({side}, {ev} at frame {frame}): analysis {a:F2} vs truth {expected:F2}");
        }
    }

    private static double TrueAt(string metric, Keypoint[] k, Side side, CameraView view) => metric switch
    {
        MetricCatalog.Fppa => TruthMetrics.Fppa(k, side, view),
        MetricCatalog.PelvicDrop => TruthMetrics.PelvicDrop(k, side, view),
        MetricCatalog.HipAdduction => TruthMetrics.HipAdduction(k, side, view),
        MetricCatalog.RearfootEversion => TruthMetrics.Rearfoot(k, side, view),
        MetricCatalog.TrunkLeanLateral => TruthMetrics.TrunkLeanLateral(k, side, view),
        MetricCatalog.TrunkForwardLean => TruthMetrics.TrunkForwardLean(k, view),
        _ => TruthMetrics.KneeFlexion(k, side),
    };
}
