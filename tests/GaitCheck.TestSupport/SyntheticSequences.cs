using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.TestSupport;

/// <summary>Small 3D vector for the stick-figure generator (metres; body frame X forward, Y up, Z subject's right).</summary>
public readonly record struct V3(double X, double Y, double Z)
{
    public static V3 operator +(V3 a, V3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static V3 operator -(V3 a, V3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static V3 operator *(V3 a, double k) => new(a.X * k, a.Y * k, a.Z * k);
    public double Dot(V3 b) => X * b.X + Y * b.Y + Z * b.Z;
    public V3 Cross(V3 b) => new(Y * b.Z - Z * b.Y, Z * b.X - X * b.Z, X * b.Y - Y * b.X);
    public double Length => Math.Sqrt(Dot(this));
    public V3 Unit => this * (1 / Length);
    public static readonly V3 Fwd = new(1, 0, 0), Up = new(0, 1, 0), Right = new(0, 0, 1);
}

/// <summary>How a synthetic clip is rendered and corrupted.</summary>
public sealed record SynthOptions
{
    public double Fps { get; init; } = 30;
    public double NoisePx { get; init; }
    public double DropoutRate { get; init; }
    public int Seed { get; init; } = 1;
    public double ElevationDeg { get; init; } = 15;
    public double PxPerMetre { get; init; } = 400;
    /// <summary>Per-frame timestamp jitter as a fraction of the frame interval (variable frame rate).</summary>
    public double TimeJitter { get; init; }
    /// <summary>Injected label swaps: group ("legs" or "arms") and inclusive frame range.</summary>
    public IReadOnlyList<(string Group, int From, int To)> Swaps { get; init; } = [];
    /// <summary>Label every frame mirrored (what BlazePose may do from behind).</summary>
    public bool MirrorAllLabels { get; init; }
}

/// <summary>One limb configuration in a frame: ankle position (body frame, metres) and knee medial offset.</summary>
public readonly record struct LegPose(V3 Ankle, double KneeMedial = 0);

/// <summary>A synthetic clip and its ground truth.</summary>
public sealed class SynthClip
{
    public required PoseSequence Sequence { get; init; }
    /// <summary>Uncorrupted, correctly labelled landmarks per frame (image pixels).</summary>
    public required Keypoint[][] Truth { get; init; }
    public List<(int Start, int Bottom, int End)> Reps { get; } = [];
    public List<GaitEvent> Events { get; } = [];
    public double? Cadence { get; set; }
    public double LegPx { get; init; }
}

/// <summary>
/// Stick-figure generator: a 3D body (thigh 0.45 m, shank 0.43 m, two-link knee IK) posed per frame, projected
/// orthographically by a camera placed in the requested view and tilted down by <see cref="SynthOptions.ElevationDeg"/>,
/// producing BlazePose's 33 landmarks with view-dependent visibility (face seen only from the front, near side
/// more visible), then noise, dropouts and injected left/right swaps.
/// </summary>
public static class SyntheticSequences
{
    public const double Thigh = 0.45, Shank = 0.43, AnkleHeight = 0.08, HipHalfWidth = 0.09, ShoulderHalfWidth = 0.18, TorsoHeight = 0.5;

    public static V3 CameraDirection(CameraView view) => view switch
    {
        CameraView.Frontal => V3.Fwd,
        CameraView.Posterior => V3.Fwd * -1,
        CameraView.LeftSagittal => V3.Right * -1,
        CameraView.RightSagittal => V3.Right,
        CameraView.Oblique => (V3.Fwd + V3.Right * -1).Unit,
        _ => throw new ArgumentOutOfRangeException(nameof(view)),
    };

    /// <summary>Single-leg squats: reps given as (descent frames, ascent frames, pause frames after); first rep after <paramref name="leadIn"/> frames.</summary>
    public static SynthClip SingleLegSquat(CameraView view, Side stance, IReadOnlyList<(int Down, int Up, int PauseAfter)> reps, SynthOptions o, int leadIn = 12, double depth = 0.25, int bothFeetDown = 0)
    {
        int n = leadIn + reps.Sum(r => r.Down + r.Up + r.PauseAfter) + 1;
        var drop = new double[n];
        var truth = new List<(int, int, int)>();
        int t = leadIn;
        foreach (var (down, up, pause) in reps)
        {
            int s0 = t;
            for (int k = 0; k <= down; k++) drop[s0 + k] = depth * (1 - Math.Cos(Math.PI * k / down)) / 2;
            int b = s0 + down;
            for (int k = 0; k <= up; k++) drop[b + k] = depth * (1 + Math.Cos(Math.PI * k / up)) / 2;
            t = b + up + pause;
            truth.Add((s0, b, b + up));
        }
        var clip = Render(view, n, o, i =>
        {
            double h = drop[i];
            var pelvis = new V3(0, AnkleHeight + (Thigh + Shank) * 0.99 - h, 0);
            double zs = stance == Side.Right ? HipHalfWidth : -HipHalfWidth;
            var st = new LegPose(new V3(0, AnkleHeight, zs), 0.02 + 0.1 * h);
            // Optionally both feet down for the first and last frames (getting into and out of the single-leg stance).
            var free = i < bothFeetDown || i >= n - bothFeetDown ? new LegPose(new V3(0, AnkleHeight, -zs)) : new LegPose(new V3(0.2, pelvis.Y - 0.45, -zs), 0);
            return (pelvis, stance == Side.Left ? st : free, stance == Side.Left ? free : st, 0.0);
        });
        // Truth edges on the clean drop, with the segmenter's definition: last/first frame within 5% of depth of the top.
        foreach (var (s0, b, e) in truth)
        {
            int start = s0, end = e;
            for (int i = b; i >= 0; i--) if (drop[i] <= 0.05 * depth + 1e-12) { start = i; break; }
            for (int i = b; i < n; i++) if (drop[i] <= 0.05 * depth + 1e-12) { end = i; break; }
            clip.Reps.Add((start, b, end));
        }
        return clip;
    }

    /// <summary>Treadmill running or walking: stride of <paramref name="stride"/> frames (even), stance of <paramref name="stance"/> frames (IC at phase 0, TO at phase <paramref name="stance"/>).</summary>
    public static SynthClip Gait(CameraView view, int frames, int stride, int stance, SynthOptions o, double halfExcursion = 0.3, double lift = 0.25, int firstLeftIc = 3)
    {
        V3 Foot(int i, Side s, out bool onGround)
        {
            int offset = firstLeftIc + (s == Side.Right ? stride / 2 : 0);
            int k = ((i - offset) % stride + stride) % stride;
            double z = s == Side.Right ? HipHalfWidth : -HipHalfWidth;
            onGround = k <= stance;
            if (onGround) return new V3(halfExcursion - 2 * halfExcursion * k / stance, AnkleHeight, z);
            double u = (double)(k - stance) / (stride - stance);
            return new V3(-halfExcursion * Math.Cos(Math.PI * u), AnkleHeight + lift * Math.Sin(Math.PI * u), z);
        }
        var clip = Render(view, frames, o, i =>
        {
            double phase = 2 * Math.PI * (i - firstLeftIc) / stride;
            var pelvis = new V3(0, 0.85 + 0.02 * Math.Cos(2 * phase), 0);
            return (pelvis, new LegPose(Foot(i, Side.Left, out _)), new LegPose(Foot(i, Side.Right, out _)), Math.Sin(phase));
        });
        foreach (var s in new[] { Side.Left, Side.Right })
        {
            int offset = firstLeftIc + (s == Side.Right ? stride / 2 : 0);
            for (int ic = offset - stride; ic < frames; ic += stride)
            {
                void Add(GaitEventKind kind, int f)
                {
                    if (f >= 0 && f < frames) clip.Events.Add(new GaitEvent(s, kind, f, clip.Sequence.Frames[f].Time));
                }
                Add(GaitEventKind.InitialContact, ic);
                if (ic >= 0 && ic + stance < frames) Add(GaitEventKind.Midstance, ic + (stance + 1) / 2);   // only for a whole stance in the clip
                Add(GaitEventKind.ToeOff, ic + stance);
            }
        }
        clip.Cadence = 60.0 * 2 * o.Fps / stride;
        return clip;
    }

    /// <summary>Quiet standing with both feet down (no movement).</summary>
    public static SynthClip Standing(CameraView view, int frames, SynthOptions o) => Render(view, frames, o, i =>
        (new V3(0, AnkleHeight + (Thigh + Shank) * 0.99, 0), new LegPose(new V3(0, AnkleHeight, -HipHalfWidth)), new LegPose(new V3(0, AnkleHeight, HipHalfWidth)), 0.0));

    private static SynthClip Render(CameraView view, int n, SynthOptions o, Func<int, (V3 Pelvis, LegPose Left, LegPose Right, double ArmSwing)> pose)
    {
        var rng = new Random(o.Seed);
        V3 d = CameraDirection(view);
        double a = o.ElevationDeg * Math.PI / 180;
        V3 right = (d * -1).Cross(V3.Up).Unit, up = V3.Up * Math.Cos(a) - d * Math.Sin(a);
        const double cx = 360, cy = 1150;
        var frames = new List<PoseFrame>(n);
        var truth = new Keypoint[n][];
        double time = 0;
        for (int i = 0; i < n; i++)
        {
            var (pelvis, l, r, arm) = pose(i);
            var body = Body(pelvis, l, r, arm, out var normals);
            var pts = new Keypoint[Skeleton.Count];
            for (int k = 0; k < Skeleton.Count; k++)
            {
                var p = body[k];
                double vis = k <= 10 && k is not (7 or 8) ? 0.55 + 0.4 * normals[k].Dot(d) : 0.8 + 0.15 * normals[k].Dot(d);
                pts[k] = new Keypoint((float)(cx + o.PxPerMetre * p.Dot(right)), (float)(cy - o.PxPerMetre * p.Dot(up)), (float)vis, 0.99f);
            }
            truth[i] = pts;
            var outPts = new Keypoint[Skeleton.Count];
            for (int k = 0; k < Skeleton.Count; k++)
            {
                var p = pts[k];
                outPts[k] = rng.NextDouble() < o.DropoutRate ? Keypoint.Missing
                    : p with { X = (float)(p.X + o.NoisePx * Gauss(rng)), Y = (float)(p.Y + o.NoisePx * Gauss(rng)) };
            }
            foreach (var (g, from, to) in o.Swaps) if (i >= from && i <= to) SwapGroup(outPts, g);
            if (o.MirrorAllLabels) { SwapGroup(outPts, "legs"); SwapGroup(outPts, "arms"); }
            double t = i / o.Fps + (i == 0 ? 0 : o.TimeJitter * (rng.NextDouble() - 0.5) / o.Fps);
            time = i == 0 ? 0 : Math.Max(time + 0.2 / o.Fps, t);
            frames.Add(new PoseFrame { Index = i, Time = time, Points = outPts, PoseScore = 0.99f, Status = FrameStatus.Tracked });
        }
        var seq = new PoseSequence
        {
            Video = new VideoInfo { Path = "synthetic", Width = 720, Height = 1280, Fps = o.Fps, FrameCount = n, DurationSeconds = n / o.Fps },
            Frames = frames,
            Model = "synthetic",
        };
        return new SynthClip { Sequence = seq, Truth = truth, LegPx = (Thigh + Shank) * o.PxPerMetre };
    }

    public static readonly Landmark[] LegGroup = [Landmark.LeftHip, Landmark.LeftKnee, Landmark.LeftAnkle, Landmark.LeftHeel, Landmark.LeftFootIndex];
    public static readonly Landmark[] ArmGroup = [Landmark.LeftShoulder, Landmark.LeftElbow, Landmark.LeftWrist, Landmark.LeftPinky, Landmark.LeftIndex, Landmark.LeftThumb];

    public static void SwapGroup(Keypoint[] pts, string group)
    {
        foreach (var l in group == "legs" ? LegGroup : ArmGroup)
        {
            int a = (int)l, b = (int)Skeleton.Partner(l);
            (pts[a], pts[b]) = (pts[b], pts[a]);
        }
    }

    private static V3[] Body(V3 pelvis, LegPose left, LegPose right, double armSwing, out V3[] normals)
    {
        var p = new V3[Skeleton.Count];
        var nrm = new V3[Skeleton.Count];
        normals = nrm;
        V3 head = pelvis + V3.Up * (TorsoHeight + 0.2);
        void Set(Landmark l, V3 pos, V3 normal) { p[(int)l] = pos; nrm[(int)l] = normal; }
        Set(Landmark.Nose, head + V3.Fwd * 0.1, V3.Fwd);
        foreach (var s in new[] { Side.Left, Side.Right })
        {
            double z = s == Side.Right ? 1 : -1;
            V3 sideN = V3.Right * z;
            V3 faceN = V3.Fwd;
            Set(Skeleton.Of(s, Landmark.LeftEyeInner), head + new V3(0.08, 0.03, 0.015 * z), faceN);
            Set(Skeleton.Of(s, Landmark.LeftEye), head + new V3(0.08, 0.03, 0.03 * z), faceN);
            Set(Skeleton.Of(s, Landmark.LeftEyeOuter), head + new V3(0.075, 0.03, 0.045 * z), faceN);
            Set(Skeleton.Of(s, Landmark.LeftEar), head + new V3(0, 0.01, 0.075 * z), sideN);
            Set(Skeleton.Of(s, Landmark.MouthLeft), head + new V3(0.08, -0.05, 0.025 * z), faceN);
            V3 shoulder = pelvis + new V3(0, TorsoHeight, ShoulderHalfWidth * z);
            double swing = armSwing * z * 0.15;                              // arms swing opposite to the same-side leg
            V3 elbow = shoulder + new V3(swing, -0.28, 0.02 * z);
            V3 wrist = elbow + new V3(0.12 + swing, -0.2, 0);
            Set(Skeleton.Of(s, Landmark.LeftShoulder), shoulder, sideN);
            Set(Skeleton.Of(s, Landmark.LeftElbow), elbow, sideN);
            Set(Skeleton.Of(s, Landmark.LeftWrist), wrist, sideN);
            Set(Skeleton.Of(s, Landmark.LeftPinky), wrist + new V3(0.05, -0.04, 0.01 * z), sideN);
            Set(Skeleton.Of(s, Landmark.LeftIndex), wrist + new V3(0.07, -0.03, 0), sideN);
            Set(Skeleton.Of(s, Landmark.LeftThumb), wrist + new V3(0.05, 0, -0.01 * z), sideN);
            var leg = s == Side.Left ? left : right;
            V3 hip = pelvis + V3.Right * (HipHalfWidth * z);
            V3 knee = Knee(hip, leg.Ankle) + V3.Right * (-z * leg.KneeMedial);
            Set(Skeleton.Of(s, Landmark.LeftHip), hip, sideN);
            Set(Skeleton.Of(s, Landmark.LeftKnee), knee, sideN);
            Set(Skeleton.Of(s, Landmark.LeftAnkle), leg.Ankle, sideN);
            Set(Skeleton.Of(s, Landmark.LeftHeel), leg.Ankle + new V3(-0.06, -0.06, 0), sideN);
            Set(Skeleton.Of(s, Landmark.LeftFootIndex), leg.Ankle + new V3(0.16, -0.07, 0), sideN);
        }
        return p;
    }

    /// <summary>Two-link IK: the knee bends forward (+X) in the plane of hip, ankle and the forward axis.</summary>
    private static V3 Knee(V3 hip, V3 ankle)
    {
        V3 ha = ankle - hip;
        double dist = Math.Min(ha.Length, Thigh + Shank - 1e-6);
        V3 axis = ha.Unit;
        double along = (Thigh * Thigh - Shank * Shank + dist * dist) / (2 * dist);
        double h = Math.Sqrt(Math.Max(0, Thigh * Thigh - along * along));
        V3 perp = V3.Fwd - axis * V3.Fwd.Dot(axis);
        perp = perp.Length < 1e-9 ? V3.Fwd : perp.Unit;
        return hip + axis * along + perp * h;
    }

    private static double Gauss(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
