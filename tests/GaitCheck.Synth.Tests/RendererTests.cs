using System.Numerics;
using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth.Tests;

public class RendererTests
{
    private static (byte[] Img, SceneRenderer R, Scenario Sc) Render(CameraPlacement placement, int frame = 0, int w = 240, int h = 320, float distance = 3.4f)
    {
        var sc = ScenarioPresets.Sls("r", Side.Left, placement, 0, 0) with
        {
            Render = new RenderSpec { Width = w, Height = h, Noise = 0 },
            Camera = new CameraSpec { Placement = placement, DistanceM = distance, HeightM = 1.0f },
        };
        var r = new SceneRenderer(sc, SynthRunner.MotionFor(sc));
        var img = new byte[w * h * 3];
        r.Render(frame, img);
        return (img, r, sc);
    }

    private static Vector3 Px(byte[] img, int w, int x, int y) { int o = (y * w + x) * 3; return new Vector3(img[o + 2], img[o + 1], img[o]) / 255f; }

    [Fact]
    public void Renders_a_person_sized_figure_over_the_background()
    {
        var (img, r, sc) = Render(CameraPlacement.Frontal);
        var bg = BackgroundPainter.Paint(r.Camera, BackgroundKind.Plain, sc.Camera.DistanceM);
        int changed = 0, n = img.Length / 3;
        for (int i = 0; i < n; i++) if (Math.Abs(img[i * 3] - bg[i * 3]) + Math.Abs(img[i * 3 + 1] - bg[i * 3 + 1]) + Math.Abs(img[i * 3 + 2] - bg[i * 3 + 2]) > 12) changed++;
        double frac = changed / (double)n;
        Assert.InRange(frac, 0.03, 0.35);
        Assert.True(r.MarchedPixels < n / 2, "bounding volumes keep most pixels from being marched");
        // The figure's pixels sit between the projected head and feet.
        var truth = SynthRunner.TruthOnly(sc, "r.mp4").Keypoints.Frames[0].Points;
        var nose = truth[(int)Landmark.Nose]; var ankle = truth[(int)Landmark.LeftAnkle];
        Assert.NotEqual(Px(img, sc.Render.Width, (int)ankle.X, (int)ankle.Y), Px(bg, sc.Render.Width, (int)ankle.X, (int)ankle.Y));
        Assert.NotEqual(Px(img, sc.Render.Width, (int)nose.X, (int)nose.Y), Px(bg, sc.Render.Width, (int)nose.X, (int)nose.Y));
    }

    [Fact]
    public void The_face_shows_from_the_front_and_hair_from_behind()
    {
        double SkinShare(CameraPlacement p)
        {
            var (img, r, sc) = Render(p, w: 200, h: 200, distance: 1.6f);
            var k = SynthRunner.TruthOnly(sc, "r.mp4").Keypoints.Frames[0].Points;
            var headC = (new Vector2(k[(int)Landmark.LeftEar].X, k[(int)Landmark.LeftEar].Y) + new Vector2(k[(int)Landmark.RightEar].X, k[(int)Landmark.RightEar].Y)) / 2;
            float rad = MathF.Abs(k[(int)Landmark.LeftEar].X - k[(int)Landmark.RightEar].X) * 0.4f;
            var skin = Appearance.Rgb(sc.Look.Skin); var hair = Appearance.Rgb(sc.Look.Hair);
            int s = 0, hcount = 0;
            for (int y = (int)(headC.Y - rad); y <= headC.Y + rad; y++)
                for (int x = (int)(headC.X - rad); x <= headC.X + rad; x++)
                {
                    var c = Px(img, sc.Render.Width, x, y);
                    float ds = Vector3.Distance(Norm(c), Norm(skin)), dh = Vector3.Distance(Norm(c), Norm(hair));
                    if (ds < dh) s++; else hcount++;
                }
            return s / (double)(s + hcount);
        }
        static Vector3 Norm(Vector3 c) => c / MathF.Max(1e-3f, c.X + c.Y + c.Z);
        double front = SkinShare(CameraPlacement.Frontal), back = SkinShare(CameraPlacement.Posterior);
        Assert.True(front > 0.6, $"front skin share {front:F2}");
        Assert.True(back < 0.3, $"back skin share {back:F2}");
    }

    [Fact]
    public void Rendering_is_deterministic_including_noise()
    {
        var sc = ScenarioPresets.Run("d", CameraPlacement.Posterior) with { Render = new RenderSpec { Width = 96, Height = 64, Noise = 3, MotionBlurSamples = 2, Background = BackgroundKind.Textured, Bystander = true } };
        byte[] Once() { var r = new SceneRenderer(sc, SynthRunner.MotionFor(sc)); var b = new byte[96 * 64 * 3]; r.Render(5, b); return b; }
        Assert.Equal(Once(), Once());
    }
}
