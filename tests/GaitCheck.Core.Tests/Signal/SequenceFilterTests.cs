using GaitCheck.Core.Signal;

namespace GaitCheck.Core.Tests.Signal;

public sealed class SequenceFilterTests
{
    private const int Knee = (int)Landmark.LeftKnee, Heel = (int)Landmark.RightHeel, Wrist = (int)Landmark.LeftWrist;

    private static double TrueX(int j, double t) => 300 + 5 * j + 40 * Math.Sin(2 * Math.PI * 1.5 * t);
    private static double TrueY(int j, double t) => 500 - 3 * j + 25 * Math.Cos(2 * Math.PI * 1.5 * t);

    /// <summary>A noisy 1.5 Hz motion of all 33 landmarks, with world points; <paramref name="times"/> gives each frame's time.</summary>
    private static PoseSequence Make(double[] times, Func<int, int, Keypoint, Keypoint>? edit = null, ISet<int>? lost = null)
    {
        var rng = new Random(42);
        var frames = new List<PoseFrame>();
        for (int i = 0; i < times.Length; i++)
        {
            double t = times[i];
            bool isLost = lost?.Contains(i) == true;
            var pts = new Keypoint[Skeleton.Count];
            var world = new WorldPoint[Skeleton.Count];
            for (int j = 0; j < Skeleton.Count; j++)
            {
                var p = new Keypoint((float)(TrueX(j, t) + 2 * (rng.NextDouble() - 0.5)), (float)(TrueY(j, t) + 2 * (rng.NextDouble() - 0.5)), 0.9f, 0.95f);
                pts[j] = isLost ? Keypoint.Missing : edit?.Invoke(i, j, p) ?? p;
                world[j] = isLost ? WorldPoint.Missing : new WorldPoint((float)(0.001 * TrueX(j, t) + 0.003 * (rng.NextDouble() - 0.5)), 0.2f, 0.1f);
            }
            frames.Add(new PoseFrame { Index = i, Time = t, Points = pts, World = world, PoseScore = isLost ? 0 : 0.99f, Status = isLost ? FrameStatus.Lost : FrameStatus.Tracked });
        }
        var video = new VideoInfo { Path = "synthetic", Width = 720, Height = 1280, Fps = 60 };
        return new PoseSequence { Video = video, Frames = frames, Model = "test" };
    }

    private static double[] Uniform(int n, double fps) => Enumerable.Range(0, n).Select(i => i / fps).ToArray();

    private static double Rms(PoseSequence s, int j, Func<PoseFrame, Keypoint[]> pick) =>
        Math.Sqrt(s.Frames.Where(f => !pick(f)[j].IsMissing)
            .Average(f => Math.Pow(pick(f)[j].X - TrueX(j, f.Time), 2) + Math.Pow(pick(f)[j].Y - TrueY(j, f.Time), 2)));

    [Fact]
    public void Smooths_towards_the_truth_and_keeps_raw()
    {
        var seq = Make(Uniform(180, 60));
        var f = SequenceFilter.Offline(seq, new OfflineFilterOptions());
        Assert.Equal(180, f.Frames.Count);
        for (int i = 0; i < 180; i++) Assert.Equal(seq.Frames[i].Points, f.Frames[i].Raw);
        double raw = Rms(f, Knee, fr => fr.Raw!), filtered = Rms(f, Knee, fr => fr.Points);
        Assert.True(filtered < 0.6 * raw, $"filtered {filtered:F3} px vs raw {raw:F3} px");
        Assert.Contains("butterworth4", f.Filter, StringComparison.Ordinal);
        Assert.Equal("60.000", f.Notes["filter.sample_rate_hz"]);
        Assert.Equal("0", f.Notes["gaps.long_count"]);
    }

    [Fact]
    public void Short_gaps_are_filled_long_gaps_and_lost_frames_stay_gaps()
    {
        // Knee: 3 frames (0.05 s) below threshold -> filled. Heel: 12 frames (0.2 s) -> stays a gap. Frames 150-154: no person.
        var lost = new HashSet<int> { 150, 151, 152, 153, 154 };
        var seq = Make(Uniform(240, 60), (i, j, p) =>
            (j == Knee && i is >= 60 and < 63) || (j == Heel && i is >= 100 and < 112) ? p with { Visibility = 0.1f } : p, lost);
        var f = SequenceFilter.Offline(seq, new OfflineFilterOptions());
        for (int i = 60; i < 63; i++)
        {
            var k = f.Frames[i].Points[Knee];
            Assert.False(k.IsMissing);
            Assert.True(Math.Abs(k.X - TrueX(Knee, f.Frames[i].Time)) < 3, $"filled knee x off by {k.X - TrueX(Knee, f.Frames[i].Time)}");
            Assert.Equal(0.1f, f.Frames[i].Raw![Knee].Visibility);
        }
        for (int i = 100; i < 112; i++) Assert.True(f.Frames[i].Points[Heel].IsMissing);
        Assert.False(f.Frames[99].Points[Heel].IsMissing);
        foreach (int i in lost)
        {
            Assert.Equal(FrameStatus.Lost, f.Frames[i].Status);
            Assert.All(f.Frames[i].Points, p => Assert.True(p.IsMissing));
        }
        Assert.Equal("1", f.Notes["gaps.short_interpolated"]);
        Assert.Equal("3", f.Notes["gaps.short_points"]);
        Assert.Equal("1", f.Notes["gaps.long_count"]);
        Assert.Equal("12", f.Notes["gaps.long_points"]);
        Assert.Equal("5", f.Notes["frames.lost"]);
        Assert.True(float.IsNaN(f.Frames[105].World![Heel].X));
        Assert.False(float.IsNaN(f.Frames[61].World![Knee].X));
    }

    [Fact]
    public void Hampel_removes_a_spike_before_it_smears()
    {
        var seq = Make(Uniform(180, 60), (i, j, p) => j == Wrist && i == 90 ? p with { X = p.X + 150 } : p);
        var with = SequenceFilter.Offline(seq, new OfflineFilterOptions());
        var without = SequenceFilter.Offline(seq, new OfflineFilterOptions { Hampel = false });
        double errWith = Math.Abs(with.Frames[90].Points[Wrist].X - TrueX(Wrist, with.Frames[90].Time));
        double errWithout = Math.Abs(without.Frames[90].Points[Wrist].X - TrueX(Wrist, without.Frames[90].Time));
        Assert.True(errWith < 2, $"with Hampel the spike leaves {errWith:F2} px");
        Assert.True(errWithout > 10, $"without Hampel the spike should smear ({errWithout:F2} px)");
        Assert.True(int.Parse(with.Notes["filter.hampel_replaced"], System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public void Variable_frame_rate_is_resampled_and_still_follows_the_motion()
    {
        // 120 fps with every 4th frame dropped and a 40 ms hole: intervals of 8.3 and 16.7 ms.
        var times = Enumerable.Range(0, 480).Where(i => i % 4 != 1 && (i < 200 || i > 204)).Select(i => i / 120.0).ToArray();
        var f = SequenceFilter.Offline(Make(times), new OfflineFilterOptions());
        Assert.NotEqual("0", f.Notes["filter.resampled_runs"]);
        double raw = Rms(f, Knee, fr => fr.Raw!), filtered = Rms(f, Knee, fr => fr.Points);
        Assert.True(filtered < 0.6 * raw, $"filtered {filtered:F3} px vs raw {raw:F3} px");
    }

    [Fact]
    public void Refiltering_starts_from_raw_and_is_deterministic()
    {
        var seq = Make(Uniform(120, 60));
        var once = SequenceFilter.Offline(seq, new OfflineFilterOptions());
        var twice = SequenceFilter.Offline(once, new OfflineFilterOptions());
        for (int i = 0; i < 120; i++) Assert.Equal(once.Frames[i].Points, twice.Frames[i].Points);
    }

    [Fact]
    public void Low_frame_rate_skips_the_low_pass_and_says_so()
    {
        var f = SequenceFilter.Offline(Make(Uniform(60, 10)), new OfflineFilterOptions());
        Assert.StartsWith("skipped", f.Notes["filter.butterworth"], StringComparison.Ordinal);
        Assert.DoesNotContain("butterworth", f.Filter, StringComparison.Ordinal);
    }
}
