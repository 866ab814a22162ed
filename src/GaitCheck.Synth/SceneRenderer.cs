using System.Numerics;
using GaitCheck.Core.Markers;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Markers;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth;

/// <summary>
/// Renders frames of one scenario: the subject (and an optional bystander) over a background painted once,
/// then optional motion blur (average of sub-frame renders across a 180° shutter) and sensor noise
/// (Gaussian, from a fixed table indexed by a hash of seed, frame and row, so it is deterministic and cheap).
/// Buffers are allocated once and reused for every frame.
/// </summary>
public sealed class SceneRenderer
{
    private readonly Scenario _sc;
    private readonly IMotion _motion;
    private readonly RayMarcher _marcher;
    private readonly byte[] _background, _sub;
    private readonly ushort[]? _accum;
    private readonly sbyte[] _noise;
    private readonly List<Capsule> _caps = new(64);
    private readonly Vector3 _bystanderAt;
    private readonly BodyProportions _bystanderBody = new(1.5f);
    private readonly MarkerProtocol? _protocol;
    private readonly List<Decal> _decals = new(16);

    public PinholeCamera Camera { get; }
    public long MarchedPixels { get; private set; }

    public SceneRenderer(Scenario sc, IMotion motion)
    {
        _sc = sc; _motion = motion;
        Camera = CameraFor(sc);
        int w = sc.Render.Width, h = sc.Render.Height;
        _marcher = new RayMarcher(w, h);
        _background = BackgroundPainter.Paint(Camera, sc.Render.Background, sc.Camera.DistanceM, sc.Render.WallColour, sc.Render.FloorColour);
        _sub = new byte[w * h * 3];
        if (sc.Render.MotionBlurSamples > 1) _accum = new ushort[w * h * 3];
        _noise = NoiseTable(1 << 18, sc.Render.Noise);
        var fh = Vector3.Normalize(new Vector3(Camera.Forward.X, 0, Camera.Forward.Z));
        _bystanderAt = Camera.Right * 1.45f + fh * 1.8f;
        _protocol = MarkerScene.Protocol(sc);
    }

    public static PinholeCamera CameraFor(Scenario sc)
    {
        float az = sc.Camera.Azimuth * MathF.PI / 180f;
        var target = new Vector3(0, sc.Camera.TargetHeightM ?? sc.SubjectHeightM * 0.5f, 0);
        var pos = new Vector3(sc.Camera.DistanceM * MathF.Sin(az), sc.Camera.HeightM, sc.Camera.DistanceM * MathF.Cos(az));
        int w = sc.Render.Width, h = sc.Render.Height;
        return new PinholeCamera(pos, target, w, h, PinholeCamera.FocalFrom35mm(sc.Camera.Focal35mm, w, h));
    }

    /// <summary>Renders frame <paramref name="index"/> (time index / fps) into <paramref name="bgr"/>.</summary>
    public void Render(int index, byte[] bgr)
    {
        double t = index / _sc.Render.Fps;
        int s = _sc.Render.MotionBlurSamples;
        MarchedPixels = 0;
        if (s <= 1) RenderAt(t, bgr);
        else
        {
            Array.Clear(_accum!);
            double shutter = 0.5 / _sc.Render.Fps;
            for (int k = 0; k < s; k++)
            {
                RenderAt(Math.Max(0, t + ((k + 0.5) / s - 0.5) * shutter), _sub);
                for (int i = 0; i < _sub.Length; i++) _accum![i] += _sub[i];
            }
            for (int i = 0; i < bgr.Length; i++) bgr[i] = (byte)((_accum![i] + s / 2) / s);
        }
        AddNoise(index, bgr);
    }

    private void RenderAt(double t, byte[] into)
    {
        _caps.Clear();
        _decals.Clear();
        var joints = _motion.Pose(t);
        MannequinBuilder.Build(joints, _sc.Look, _caps);
        if (_protocol is not null && _sc.Markers is { } m)
        {
            var colour = Appearance.Rgb(MarkerColours.Sample(m.Colour));
            foreach (var c in MarkerPlacement.Centres(joints, _protocol, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_caps))) _decals.Add(new Decal(c, MarkerScene.Radius(m), colour));
            if (m.Decoy) _caps.Add(MarkerScene.Decoy(m, joints.Body, Camera));
        }
        if (_sc.Render.Bystander) MannequinBuilder.Build(Bystander(t), Appearance.Bystander, _caps);
        _marcher.Render(Camera, _caps, _background, into, _sc.Render.LightSide ?? -1, _decals);
        MarchedPixels += _marcher.MarchedPixels;
    }

    /// <summary>The bystander: a smaller person standing to one side and further back, facing the camera, swaying and gesturing.</summary>
    private BodyJoints Bystander(double t)
    {
        float sway = (float)Math.Sin(2 * Math.PI * 0.4 * t);
        var toCam = Camera.Position - _bystanderAt;
        float heading = MathF.Atan2(toCam.X, toCam.Z) * 180f / MathF.PI + 25f;
        var pose = new BodyPose
        {
            Heading = heading, PelvisObliquity = 2 * sway,
            Left = new LegAngles(HipFlexion: 3, HipAdduction: -3 - 2 * sway, KneeFlexion: 5, AnkleDorsiflexion: 2),
            Right = new LegAngles(HipFlexion: 3, HipAdduction: -3 + 2 * sway, KneeFlexion: 5, AnkleDorsiflexion: 2),
            TrunkLateralLean = 2 * sway,
            LeftArm = new ArmAngles(20 + 25 * sway, 10, 60),
            RightArm = new ArmAngles(10, 8, 15),
        };
        var j = Kinematics.Solve(pose, _bystanderBody);
        float sole = MathF.Min(j.SoleHeight(GaitCheck.Core.Side.Left), j.SoleHeight(GaitCheck.Core.Side.Right));
        return j.Translated(new Vector3(_bystanderAt.X, -sole, _bystanderAt.Z));
    }

    private void AddNoise(int frame, byte[] bgr)
    {
        if (_sc.Render.Noise <= 0) return;
        int rowLen = _sc.Render.Width * 3, mask = _noise.Length / 2 - 1;
        Parallel.For(0, _sc.Render.Height, y =>
        {
            int start = (int)(Noise.Hash(frame * 7919 + _sc.Seed, y) * 16777216f) & mask;
            int off = y * rowLen;
            for (int i = 0; i < rowLen; i++) bgr[off + i] = (byte)Math.Clamp(bgr[off + i] + _noise[start + i], 0, 255);
        });
    }

    /// <summary>Gaussian noise table (Box-Muller over a fixed-seed generator), twice the indexed length so rows can start anywhere.</summary>
    private static sbyte[] NoiseTable(int size, float sigma)
    {
        var t = new sbyte[size * 2];
        var rng = new Random(12345);
        for (int i = 0; i < t.Length; i++)
        {
            double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
            double g = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2) * sigma;
            t[i] = (sbyte)Math.Clamp(Math.Round(g), -127, 127);
        }
        return t;
    }
}
