using System.Security.Cryptography;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;

namespace GaitCheck.Synth.Tests;

public class GroundTruthTests
{
    private static Scenario Small(Scenario s) => s with { Render = s.Render with { Width = 320, Height = 180 } };

    [Fact]
    public void Running_events_agree_with_the_feet_touching_the_ground()
    {
        var sc = Small(ScenarioPresets.Run("run", CameraPlacement.Posterior));
        var motion = (GaitMotion)SynthRunner.MotionFor(sc);
        double fps = sc.Render.Fps;
        int n = TruthBuilder.FrameCount(motion.Duration, fps);
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            for (int i = 0; i < n; i++)
            {
                double t = i / fps;
                float sole = motion.Pose(t).SoleHeight(side);
                Assert.True(sole > -0.002f, $"{side} foot below the ground at frame {i}: {sole}");
                if (motion.InStance(side, t)) Assert.True(MathF.Abs(sole) < 0.002f, $"{side} stance foot not on the ground at frame {i}: {sole}");
            }
            // Just before each initial contact the foot is airborne; just after toe-off it has left the ground.
            foreach (var e in motion.Events.Where(e => e.Side == side))
            {
                if (e.Kind == TrueEventKind.InitialContact && e.Time > 0.02)
                    Assert.True(motion.Pose(e.Time - 0.02).SoleHeight(side) > 0.001f, $"{side} foot already down 20 ms before IC at {e.Time:F3}");
                if (e.Kind == TrueEventKind.ToeOff && e.Time < motion.Duration - 0.03)
                    Assert.True(motion.Pose(e.Time + 0.03).SoleHeight(side) > 0.001f, $"{side} foot still down 30 ms after toe-off at {e.Time:F3}");
            }
        }
        // Running has flight: some instants with both feet off the ground.
        Assert.Contains(Enumerable.Range(0, n), i => !motion.InStance(Side.Left, i / fps) && !motion.InStance(Side.Right, i / fps));
        var truth = SynthRunner.TruthOnly(sc, "run.mp4");
        Assert.InRange(Math.Abs(truth.Events.Count(e => e.Kind == TrueEventKind.InitialContact) - truth.Events.Count(e => e.Kind == TrueEventKind.Midstance)), 0, 1);
        Assert.All(truth.Events, e => Assert.Equal((int)Math.Round(e.Time * fps, MidpointRounding.AwayFromZero), e.Frame));
    }

    [Fact]
    public void Squat_reps_are_deepest_at_their_bottom_frame_and_standing_at_start_and_end()
    {
        var sc = Small(ScenarioPresets.Sls("sls", Side.Right, CameraPlacement.Frontal, 10, 5));
        var truth = SynthRunner.TruthOnly(sc, "sls.mp4");
        Assert.Equal(3, truth.Reps.Count);
        var hipY = truth.Keypoints.Frames.Select(f => (f.Points[(int)Landmark.LeftHip].Y + f.Points[(int)Landmark.RightHip].Y) / 2.0).ToArray();
        foreach (var r in truth.Reps)
        {
            Assert.True(r.StartFrame < r.BottomFrame && r.BottomFrame < r.EndFrame);
            double max = Enumerable.Range(r.StartFrame, r.EndFrame - r.StartFrame + 1).Max(i => hipY[i]);
            Assert.Equal(max, hipY[r.BottomFrame], 0.5);                  // lowest hips (largest y) at the bottom, within 0.5 px (bottom pause)
            Assert.InRange(hipY[r.BottomFrame] - hipY[r.StartFrame], 5, 100);
            Assert.InRange(Math.Abs(hipY[r.EndFrame] - hipY[r.StartFrame]), 0, 1.0);
            Assert.InRange(r.Depth, 0.1, 0.5);
        }
        // Pelvic drop truth equals the scenario's obliquity (frontal camera at hip height, level pelvis plane).
        Assert.InRange(truth.Mean(MetricCatalog.PelvicDrop, Side.Right), 4.0, 6.0);
    }

    [Fact]
    public void More_valgus_in_the_scenario_gives_more_true_FPPA_on_the_stance_side()
    {
        double Fppa(float v) => SynthRunner.TruthOnly(Small(ScenarioPresets.Sls("s", Side.Left, CameraPlacement.Frontal, v, 0)), "s.mp4").Mean(MetricCatalog.Fppa, Side.Left);
        double neutral = Fppa(0), valgus = Fppa(14);
        Assert.InRange(neutral, -5, 5);
        Assert.True(valgus > neutral + 10, $"valgus {valgus:F1} vs neutral {neutral:F1}");
    }

    [Fact]
    public void Same_scenario_gives_identical_truth_bytes()
    {
        var sc = Small(ScenarioPresets.Run("r", CameraPlacement.Posterior)) with { Gait = new GaitSpec { Seconds = 1.5 } };
        byte[] Bytes()
        {
            using var ms = new MemoryStream();
            TruthJson.Write(SynthRunner.TruthOnly(sc, "r.mp4"), ms);
            var kp = new MemoryStream();
            KeypointFile.Write(SynthRunner.TruthOnly(sc, "r.mp4").Keypoints, kp);
            return [.. ms.ToArray(), .. kp.ToArray()];
        }
        Assert.Equal(SHA256.HashData(Bytes()), SHA256.HashData(Bytes()));
    }

    [Fact]
    public void Scenario_json_round_trips()
    {
        var sc = ScenarioPresets.Get("sls-frontal-bystander");
        var back = Scenario.FromJson(sc.ToJson());
        Assert.Equal(sc.ToJson(), back.ToJson());
        Assert.Equal(BackgroundKind.Textured, back.Render.Background);
        Assert.Contains("\"singleLegSquat\"", sc.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_scenarios_are_usage_errors()
    {
        var sc = ScenarioPresets.Get("run-posterior") with { Render = new RenderSpec { Width = 321 } };
        var e = Assert.Throws<GaitCheckException>(sc.Validate);
        Assert.Equal(ExitCode.Usage, e.Code);
        Assert.Equal(ExitCode.Usage, Assert.Throws<GaitCheckException>(() => ScenarioPresets.Get("nope")).Code);
    }
}
