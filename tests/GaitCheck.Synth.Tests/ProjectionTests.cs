using System.Numerics;
using GaitCheck.Core;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth.Tests;

public class ProjectionTests
{
    [Fact]
    public void Pinhole_projection_matches_the_textbook_formula()
    {
        var cam = new PinholeCamera(new Vector3(0, 1, 5), new Vector3(0, 1, 0), 640, 480, 700);
        var c = cam.Project(new Vector3(0, 1, 0));
        Assert.Equal(320f, c.X, 3); Assert.Equal(240f, c.Y, 3);
        var p = cam.Project(new Vector3(0.5f, 1.2f, 1));     // 4 m in front; +x is image right for a camera on +z... facing -z
        Assert.Equal(320f + 700f * 0.5f / 4f, p.X, 3);
        Assert.Equal(240f - 700f * 0.2f / 4f, p.Y, 3);
        var ray = cam.Ray(p.X, p.Y);
        var back = cam.Position + ray * (Vector3.Distance(cam.Position, new Vector3(0.5f, 1.2f, 1)));
        Assert.True(Vector3.Distance(back, new Vector3(0.5f, 1.2f, 1)) < 1e-4f, "rays go through projected points");
    }

    [Fact]
    public void Focal_length_from_35mm_equivalent_uses_the_diagonal()
    {
        float f = PinholeCamera.FocalFrom35mm(43.2666f, 1280, 720);
        Assert.Equal(MathF.Sqrt(1280f * 1280 + 720 * 720), f, 1);
    }

    [Theory]
    [InlineData(CameraPlacement.Frontal, true)]
    [InlineData(CameraPlacement.Posterior, false)]
    public void Subjects_left_appears_on_the_image_right_only_in_a_frontal_view(CameraPlacement placement, bool leftOnImageRight)
    {
        var sc = ScenarioPresets.Sls("t", Side.Left, placement, 0, 0) with { Render = new RenderSpec { Width = 320, Height = 180 } };
        var truth = SynthRunner.TruthOnly(sc, "t.mp4");
        var k = truth.Keypoints.Frames[0].Points;
        Assert.Equal(leftOnImageRight, k[(int)Landmark.LeftHip].X > k[(int)Landmark.RightHip].X);
    }

    [Theory]
    [InlineData(CameraPlacement.LeftSagittal, -1)]
    [InlineData(CameraPlacement.RightSagittal, 1)]
    public void In_a_sagittal_view_the_toes_point_the_way_Geometry2D_expects(CameraPlacement placement, int facing)
    {
        var sc = ScenarioPresets.Sls("t", Side.Left, placement, 0, 0) with { Render = new RenderSpec { Width = 320, Height = 180 } };
        var k = SynthRunner.TruthOnly(sc, "t.mp4").Keypoints.Frames[0].Points;
        double dx = k[(int)Landmark.LeftFootIndex].X - k[(int)Landmark.LeftHeel].X;
        Assert.Equal(facing, Math.Sign(dx));
    }
}
