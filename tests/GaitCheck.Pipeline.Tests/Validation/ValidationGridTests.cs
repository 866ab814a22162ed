using GaitCheck.Core;
using GaitCheck.DevTools.Validation;
using GaitCheck.Synth;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Pipeline.Tests.Validation;

/// <summary>
/// The tuning and test grids are different scenarios (no factor level of the test grid is one the tuning grid chose
/// with), squats come in mirror pairs, and every rendered subject is whole in its frame.
/// </summary>
public class ValidationGridTests
{
    private static readonly IReadOnlyList<Scenario> Tuning = ValidationGrid.Build(GridKind.Tuning), Test = ValidationGrid.Build(GridKind.Test);

    [Fact]
    public void Tuning_and_test_grids_share_no_body_look_background_camera_or_angle_level()
    {
        static HashSet<string> Of(IEnumerable<Scenario> g, Func<Scenario, string> f) => g.Select(f).ToHashSet(StringComparer.Ordinal);
        var factors = new (string Name, Func<Scenario, string> Get, Func<Scenario, bool> Where)[]
        {
            ("body", s => $"{s.SubjectHeightM}/{s.Shape?.LegFraction}/{s.Shape?.Girth}", _ => true),
            ("skin", s => s.Look.Skin, _ => true),
            ("shirt", s => s.Look.Shirt, _ => true),
            ("wall", s => s.Render.WallColour ?? "default", s => s.Render.Background == Synth.Render.BackgroundKind.Plain),
            ("camera height", s => s.Camera.HeightM.ToString(Inv.C), _ => true),
            ("distance", s => s.Camera.DistanceM.ToString(Inv.C), _ => true),
            ("focal", s => s.Camera.Focal35mm.ToString(Inv.C), _ => true),
            ("valgus", s => s.Squat.KneeValgus.ToString(Inv.C), s => s.Movement == MovementType.SingleLegSquat),
            ("pelvic drop", s => s.Squat.PelvicDrop.ToString(Inv.C), s => s.Movement == MovementType.SingleLegSquat),
            ("depth", s => s.Squat.DepthKneeFlexion.ToString(Inv.C), s => s.Movement == MovementType.SingleLegSquat),
            ("running drop", s => s.Gait.PelvicDrop.ToString(Inv.C), s => s.Movement == MovementType.Running),
            ("eversion", s => s.Gait.RearfootEversion.ToString(Inv.C), s => s.Movement == MovementType.Running),
        };
        foreach (var (name, get, where) in factors)
        {
            var shared = Of(Tuning.Where(where), get);
            shared.IntersectWith(Of(Test.Where(where), get));
            Assert.True(shared.Count == 0, $"{name} levels in both grids: {string.Join(", ", shared)}");
        }
        Assert.Empty(Tuning.Select(s => s.Name).Intersect(Test.Select(s => s.Name)));
    }

    [Fact]
    public void Squats_come_in_left_right_mirror_pairs_that_differ_only_in_stance()
    {
        foreach (var grid in new[] { Tuning, Test })
            foreach (var left in grid.Where(s => s.Name.Contains("-sls-frontal-l", StringComparison.Ordinal) || s.Name.Contains("-sls-posterior-l", StringComparison.Ordinal)))
            {
                var right = grid.Single(s => s.Name == left.Name.Replace("-l", "-r", StringComparison.Ordinal));
                Assert.Equal(Side.Left, left.Squat.Stance);
                Assert.Equal(Side.Right, right.Squat.Stance);
                Assert.Equal(left with
                {
                    Name = right.Name,
                    Seed = right.Seed,
                    Squat = left.Squat with { Stance = Side.Right },
                    Render = left.Render with { LightSide = -left.Render.LightSide },
                }, right);
            }
    }

    [Fact]
    public void Every_subject_is_whole_in_its_frame()
    {
        foreach (var sc in Tuning.Concat(Test))
        {
            var truth = SynthRunner.TruthOnly(sc, sc.Name + ".mp4");
            int w = sc.Render.Width, h = sc.Render.Height;
            foreach (var f in truth.Keypoints.Frames)
                foreach (var p in f.Points)
                    Assert.True(p.X > 0.02 * w && p.X < 0.98 * w && p.Y > 0.02 * h && p.Y < 0.98 * h, $"{sc.Name}: a landmark at {p.X:0},{p.Y:0} is outside {w}x{h}");
        }
    }
}
