using System.Numerics;
using GaitCheck.Core;
using GaitCheck.Synth.Markers;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth.Tests;

/// <summary>Stickers on the mannequin: placed on its surface, seen where they face the camera, drawn where the truth says, with protocol angles of the right sign.</summary>
public class MarkerTruthTests
{
    private static (Scenario Sc, MarkerTruth Truth) Make(Scenario sc)
    {
        var motion = SynthRunner.MotionFor(sc);
        var cam = SceneRenderer.CameraFor(sc);
        var truth = SynthRunner.TruthOnly(sc, sc.Name + ".mp4");
        return (sc, MarkerTruth.Build(sc, motion, cam, truth)!);
    }

    [Fact]
    public void Frontal_squat_stickers_are_visible_and_read_valgus_and_drop_with_the_analysis_signs()
    {
        var (_, t) = Make(ScenarioPresets.Sls("mt", Side.Left, CameraPlacement.Frontal, 20, 6) with { Markers = new MarkerSceneSpec() });
        Assert.Equal("frontal", t.Protocol.Id);
        // Standing on the left leg at the start: the pelvis and stance-leg stickers face the camera (the lifted foot's may not).
        foreach (var id in new[] { "L_ASIS", "R_ASIS", "L_THIGH", "L_KNEE", "L_ANKLE" })
            Assert.True(t.Visible[t.Protocol.Markers.ToList().FindIndex(m => m.Id == id)][0], id + " hidden while standing");
        var fppa = t.Values.Where(v => v.Metric == "fppa").ToList();
        var drop = t.Values.Where(v => v.Metric == "pelvic_drop").ToList();
        Assert.Equal(3, fppa.Count);
        Assert.All(fppa, v => Assert.InRange(v.Value, 15, 40));
        Assert.All(drop, v => Assert.InRange(v.Value, 4, 8));
    }

    [Theory]
    [InlineData(CameraPlacement.Frontal, 8)]
    [InlineData(CameraPlacement.Posterior, 10)]
    public void Standing_on_both_feet_first_every_sticker_is_in_view_and_the_free_foot_is_down(CameraPlacement view, int stickers)
    {
        // The placement guide's pose (scripts/render-placement-guide.sh): a single-leg squat whose free leg stays down for 0.5 s.
        var sc = ScenarioPresets.Sls("mg", Side.Left, view, 0, 0) with { Markers = new MarkerSceneSpec(), Squat = new SquatSpec { Reps = 1, BothFeetDownSeconds = 0.5 } };
        var (_, t) = Make(sc);
        Assert.Equal(stickers, t.Protocol.Markers.Count);
        Assert.All(t.Protocol.Markers.Select((m, i) => (m.Id, i)), p => Assert.True(t.Visible[p.i][0], p.Id + " hidden while standing on both feet"));
        var motion = SynthRunner.MotionFor(sc);
        var start = motion.Pose(0);
        Assert.True(Math.Abs(start.SoleHeight(Side.Right) - start.SoleHeight(Side.Left)) < 0.005f, "both soles on the floor at the start");
        Assert.True(motion.Pose(sc.Squat.LeadInSeconds).SoleHeight(Side.Right) > 0.05f, "the free foot is lifted by the end of the lead-in");
        // Without the option, the free foot is lifted from the first frame (the scenarios so far are unchanged).
        var lifted = SynthRunner.MotionFor(sc with { Squat = sc.Squat with { BothFeetDownSeconds = 0 } }).Pose(0);
        Assert.True(lifted.SoleHeight(Side.Right) > 0.05f, "free foot lifted at the start by default");
    }

    [Fact]
    public void Posterior_running_rearfoot_angle_follows_the_eversion_and_the_front_stickers_are_hidden()
    {
        var run = ScenarioPresets.Run("mr", CameraPlacement.Posterior) with { Gait = new GaitSpec { Seconds = 1.5, RearfootEversion = 10 }, Markers = new MarkerSceneSpec { Colour = "orange" } };
        var (_, t) = Make(run);
        Assert.Equal("posterior", t.Protocol.Id);
        var rear = t.Values.Where(v => v.Metric == "rearfoot_eversion_proxy").ToList();
        Assert.NotEmpty(rear);
        Assert.All(rear, v => Assert.True(v.Value > 3, $"rearfoot {v.Value:F1}° at frame {v.Frame}: eversion must read positive"));
        var (_, inverted) = Make(run with { Gait = run.Gait with { RearfootEversion = -6 } });
        Assert.True(inverted.Values.Where(v => v.Metric == "rearfoot_eversion_proxy").Average(v => v.Value) < rear.Average(v => v.Value) - 10);
        // The frontal protocol's stickers on a subject filmed from behind: the ASIS and knee stickers face away.
        var (_, back) = Make(ScenarioPresets.Sls("mb", Side.Left, CameraPlacement.Posterior, 0, 0) with { Markers = new MarkerSceneSpec { Protocol = "frontal" } });
        int knee = back.Protocol.Markers.ToList().FindIndex(m => m.Id == "L_KNEE");
        Assert.False(back.Visible[knee][0]);
    }

    [Fact]
    public void The_renderer_draws_each_visible_sticker_where_the_truth_puts_it()
    {
        var sc = ScenarioPresets.Sls("mr", Side.Left, CameraPlacement.Frontal, 10, 3) with
        {
            Render = new RenderSpec { Width = 960, Height = 540, Noise = 0 },
            Markers = new MarkerSceneSpec { Colour = "pink", DiameterMm = 25, Decoy = true },
        };
        var (_, t) = Make(sc);
        var r = new SceneRenderer(sc, SynthRunner.MotionFor(sc));
        var img = new byte[960 * 540 * 3];
        r.Render(0, img);
        var pink = Body.Appearance.Rgb(Core.Markers.MarkerColours.Sample("pink"));
        for (int m = 0; m < t.Protocol.Markers.Count; m++)
        {
            if (!t.Visible[m][0]) continue;
            int x = (int)t.Tracks.X[m][0], y = (int)t.Tracks.Y[m][0], o = (y * 960 + x) * 3;
            var px = new Vector3(img[o + 2], img[o + 1], img[o]) / 255f;
            // Shaded pink: red well above green, blue above green.
            Assert.True(px.X > px.Y + 0.25f && px.Z > px.Y + 0.1f, $"{t.Protocol.Markers[m].Id} at ({x},{y}) is {px}, not pink like {pink}");
        }
    }
}
