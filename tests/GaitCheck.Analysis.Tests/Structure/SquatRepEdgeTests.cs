using GaitCheck.Analysis;
using GaitCheck.Core;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>
/// Rep timing against the definitions of <see cref="SquatSegmenter"/> (OpenCap's: start/end where the mid-hip drop
/// crosses the standing top + 5% of the rep depth, interpolated and rounded; bottom = middle of the low plateau), on
/// constructed mid-hip tracks with the disturbances pose landmarks show: a standing level that shifts before the
/// first rep (the free leg is lifted), white jitter and a slow wander, and a tilted plateau at the bottom. The true
/// events are computed on the continuous, clean drop; every one must be found within one frame.
/// </summary>
public sealed class SquatRepEdgeTests(ITestOutputHelper output)
{
    private const double Fps = 30, LegPx = 300, DepthPx = 75;     // a drop of 0.25 leg length

    /// <summary>One rep: descent, bottom pause, ascent (seconds) and the standing pause after it.</summary>
    private sealed record Rep(double Down, double Hold, double Up, double After);

    /// <summary>Clean drop in px (+ = lower) at time t: cosine-eased reps after <paramref name="leadIn"/> s; 0 when standing.</summary>
    private static double CleanDrop(double t, double leadIn, IReadOnlyList<Rep> reps, out int rep)
    {
        double t0 = leadIn;
        rep = -1;
        for (int i = 0; i < reps.Count; i++)
        {
            var r = reps[i];
            double d1 = t0 + r.Down, a0 = d1 + r.Hold, a1 = a0 + r.Up;
            if (t < t0) return 0;
            rep = i;
            if (t < d1) return DepthPx * Ease((t - t0) / r.Down);
            if (t < a0) return DepthPx;
            if (t < a1) return DepthPx * (1 - Ease((t - a0) / r.Up));
            t0 = a1 + r.After;
        }
        return 0;
    }

    private static double Ease(double x) => 0.5 - 0.5 * Math.Cos(Math.PI * Math.Clamp(x, 0, 1));

    /// <summary>True events in frames: the 5% crossings (times where the clean ease reaches 5%) and the middle of the hold.</summary>
    private static List<(int Start, int Bottom, int End)> TrueEvents(double leadIn, IReadOnlyList<Rep> reps)
    {
        double x5 = Math.Acos(1 - 2 * SquatSegmenter.EdgeFraction) / Math.PI;      // Ease(x5) = 5%
        var list = new List<(int, int, int)>();
        double t0 = leadIn;
        foreach (var r in reps)
        {
            double start = t0 + x5 * r.Down, bottom = t0 + r.Down + r.Hold / 2, end = t0 + r.Down + r.Hold + (1 - x5) * r.Up;
            list.Add(((int)Math.Round(start * Fps), (int)Math.Round(bottom * Fps), (int)Math.Round(end * Fps)));
            t0 += r.Down + r.Hold + r.Up + r.After;
        }
        return list;
    }

    /// <summary>A frontal stick figure whose mid-hip image height is 400 px + <paramref name="dropPx"/>; knees and ankles still.</summary>
    private static PoseSequence Sequence(int n, Func<int, double> dropPx)
    {
        var frames = new List<PoseFrame>(n);
        for (int i = 0; i < n; i++)
        {
            var pts = Enumerable.Repeat(new Keypoint(float.NaN, float.NaN, 0, 0), Skeleton.Count).ToArray();
            void Set(Landmark l, double x, double y) => pts[(int)l] = new Keypoint((float)x, (float)y, 1, 1);
            double hipY = 400 + dropPx(i);
            Set(Landmark.LeftHip, 520, hipY); Set(Landmark.RightHip, 480, hipY);
            Set(Landmark.LeftKnee, 522, 400 + LegPx / 2); Set(Landmark.RightKnee, 478, 400 + LegPx / 2);
            Set(Landmark.LeftAnkle, 524, 400 + LegPx); Set(Landmark.RightAnkle, 476, 400 + LegPx);
            Set(Landmark.LeftShoulder, 540, 250); Set(Landmark.RightShoulder, 460, 250);
            frames.Add(new PoseFrame { Index = i, Time = i / Fps, Points = pts, PoseScore = 1, Status = FrameStatus.Detected });
        }
        return new PoseSequence
        {
            Video = new VideoInfo { Path = "constructed.mp4", Width = 1000, Height = 1000, Fps = Fps, FrameCount = n, DurationSeconds = n / Fps, Codec = "none" },
            Frames = frames,
        };
    }

    private void AssertWithinOneFrame(IReadOnlyList<SquatRep> found, List<(int Start, int Bottom, int End)> truth)
    {
        foreach (var r in found) output.WriteLine($"found {r.StartFrame} {r.BottomFrame} {r.EndFrame}");
        output.WriteLine("truth " + string.Join(" | ", truth));
        Assert.Equal(truth.Count, found.Count);
        for (int i = 0; i < truth.Count; i++)
        {
            Assert.InRange(found[i].StartFrame, truth[i].Start - 1, truth[i].Start + 1);
            Assert.InRange(found[i].BottomFrame, truth[i].Bottom - 1, truth[i].Bottom + 1);
            Assert.InRange(found[i].EndFrame, truth[i].End - 1, truth[i].End + 1);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Start_and_end_are_the_5_percent_crossings_despite_a_pre_rep_hip_shift_and_a_noisy_wandering_baseline(int seed)
    {
        // Both feet down for the first 0.5 s with the hips 3 px (4% of the depth) higher; then the free leg is lifted and
        // the mid-hip settles lower over 0.2 s. Jitter σ 0.4 px, and a slow wander of ±0.6 px (0.7 Hz).
        Rep[] reps = [new(1.0, 0.2, 0.8, 1.0), new(1.2, 0.3, 1.1, 0.8), new(0.9, 0.1, 0.9, 1.0)];
        double leadIn = 1.5;
        int n = (int)Math.Ceiling((leadIn + reps.Sum(r => r.Down + r.Hold + r.Up + r.After)) * Fps);
        var rng = new Random(seed);
        var noise = Enumerable.Range(0, n).Select(_ => Gauss(rng) * 0.4).ToArray();
        double phase = rng.NextDouble() * 2 * Math.PI;
        var seq = Sequence(n, i =>
        {
            double t = i / Fps;
            double shift = -3 * (1 - Math.Clamp((t - 0.5) / 0.2, 0, 1));
            return CleanDrop(t, leadIn, reps, out _) + shift + noise[i] + 0.6 * Math.Sin(2 * Math.PI * 0.7 * t + phase);
        });
        AssertWithinOneFrame(SquatSegmenter.Segment(seq, Side.Left), TrueEvents(leadIn, reps));
    }

    [Fact]
    public void On_clean_data_the_edges_are_the_5_percent_crossings_not_the_movement_onset()
    {
        // OpenCap's definition; the onset of a cosine-eased descent (the old truth) lies ≈ 0.14 of the descent earlier.
        Rep[] reps = [new(1.2, 0.3, 1.1, 0.8), new(1.2, 0.3, 1.1, 0.8), new(1.2, 0.3, 1.1, 0.6)];
        double leadIn = 0.7;
        int n = (int)Math.Ceiling((leadIn + reps.Sum(r => r.Down + r.Hold + r.Up + r.After)) * Fps);
        var seq = Sequence(n, i => CleanDrop(i / Fps, leadIn, reps, out _));
        var found = SquatSegmenter.Segment(seq, Side.Left);
        var truth = TrueEvents(leadIn, reps);
        AssertWithinOneFrame(found, truth);
        Assert.True(found[0].StartFrame >= (int)Math.Round(leadIn * Fps) + 3, "start is the 5% crossing, after the onset");
    }

    [Theory]
    [InlineData(+1)]
    [InlineData(-1)]
    public void The_bottom_is_mid_pause_when_the_landmarks_tilt_during_the_pause(int sign)
    {
        // During the 0.3 s hold the hip landmark drifts linearly by 3 px (4% of the depth) one way, as BlazePose's mid-hip
        // does while the body is still at the bottom (the offset fades out on the flanks), so the deepest sample is at
        // one end of the pause, not its middle.
        Rep[] reps = [new(1.2, 0.3, 1.1, 0.8), new(1.2, 0.3, 1.1, 0.8), new(1.2, 0.3, 1.1, 0.6)];
        double leadIn = 0.7;
        int n = (int)Math.Ceiling((leadIn + reps.Sum(r => r.Down + r.Hold + r.Up + r.After)) * Fps);
        var truth = TrueEvents(leadIn, reps);
        var seq = Sequence(n, i =>
        {
            double t = i / Fps, clean = CleanDrop(t, leadIn, reps, out int rep);
            if (rep < 0) return clean;
            double mid = truth[rep].Bottom / Fps;
            return clean + sign * 3 * Math.Clamp((t - mid) / 0.3, -0.5, 0.5) * Math.Pow(clean / DepthPx, 8);
        });
        var found = SquatSegmenter.Segment(seq, Side.Left);
        foreach (var r in found) output.WriteLine($"found {r.StartFrame} {r.BottomFrame} {r.EndFrame}");
        Assert.Equal(truth.Count, found.Count);
        for (int i = 0; i < truth.Count; i++) Assert.InRange(found[i].BottomFrame, truth[i].Bottom - 1, truth[i].Bottom + 1);
    }

    [Theory]
    [InlineData(2.0, 1.0)]
    [InlineData(0.8, 2.0)]
    public void The_bottom_of_a_rep_without_a_pause_is_its_deepest_point_whatever_the_tempo(double down, double up)
    {
        Rep[] reps = [new(down, 0, up, 1.0), new(down, 0, up, 1.0), new(down, 0, up, 0.6)];
        double leadIn = 0.7;
        int n = (int)Math.Ceiling((leadIn + reps.Sum(r => r.Down + r.Hold + r.Up + r.After)) * Fps);
        var rng = new Random(7);
        var seq = Sequence(n, i => CleanDrop(i / Fps, leadIn, reps, out _) + Gauss(rng) * 0.3);
        AssertWithinOneFrame(SquatSegmenter.Segment(seq, Side.Left), TrueEvents(leadIn, reps));
    }

    private static double Gauss(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
