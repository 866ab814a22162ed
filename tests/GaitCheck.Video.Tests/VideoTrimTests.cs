using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

[Collection("video")]
public sealed class VideoTrimTests(VideoFixtures fx)
{
    [Theory]
    [InlineData(0.3, 0.9)]    // decoded forward from the start
    [InlineData(1.2, null)]   // seek path: start is past the seek margin
    public void Trim_starts_at_the_first_frame_at_or_after_start_and_matches_a_full_decode(double start, double? end)
    {
        var all = new List<(int Index, double Time, Mat Frame)>();
        using (var full = VideoSource.Open(fx.H264))
        {
            using var f = new Mat();
            while (full.Read(f, out int i, out double t)) all.Add((i, t, f.Clone()));
        }
        try
        {
            var expected = all.Where(x => x.Time >= start - 1e-4 && (end is null || x.Time <= end + 1e-4)).ToList();
            using var src = VideoSource.Open(fx.H264, start, end);
            using var frame = new Mat();
            var got = new List<(int, double)>();
            while (src.Read(frame, out int i, out double t))
            {
                if (got.Count == 0)
                {
                    using var diff = new Mat();
                    Cv2.Absdiff(frame, expected[0].Frame, diff);
                    Assert.Equal(0, Cv2.CountNonZero(diff.Reshape(1)));
                }
                got.Add((i, t));
            }
            Assert.Equal(expected.Select(x => (x.Index, x.Time)), got);
            Assert.False(src.Truncated);
        }
        finally
        {
            foreach (var x in all) x.Frame.Dispose();
        }
    }

    [Fact]
    public void Start_past_the_end_is_a_usage_error()
    {
        var e = Assert.Throws<GaitCheckException>(() => VideoSource.Open(fx.H264, 5.0));
        Assert.Equal(ExitCode.Usage, e.Code);
        Assert.Contains("--start", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(-1.0, null)]
    public void Bad_trim_window_is_a_usage_error(double start, double? end)
    {
        var e = Assert.Throws<GaitCheckException>(() => VideoSource.Open(fx.H264, start, end));
        Assert.Equal(ExitCode.Usage, e.Code);
    }
}

/// <summary>Seeking inside real phone-style clips (B-frames, HEVC, rotation): the trimmed frames are the ones a full decode gives.</summary>
public sealed class VideoSeekOnRealClipsTests
{
    [Theory]
    [InlineData("run-treadmill-sagittal/male_side_iphone_style.mov")]
    [InlineData("run-treadmill-sagittal/male_side.mp4")]
    public void Seek_lands_on_the_exact_frame(string clip)
    {
        string path = GaitCheck.TestSupport.RepoPaths.Media(clip);
        using var expected = new Mat();
        int expectedIndex = -1;
        using (var full = VideoSource.Open(path))
        {
            while (full.Read(expected, out int i, out double t))
                if (t >= 8.0 - 1e-4) { expectedIndex = i; break; }
        }
        Assert.Equal(240, expectedIndex);
        using var src = VideoSource.Open(path, 8.0, 8.5);
        using var frame = new Mat();
        var got = new List<(int, double)>();
        while (src.Read(frame, out int i, out double t))
        {
            if (got.Count == 0)
            {
                using var diff = new Mat();
                Cv2.Absdiff(frame, expected, diff);
                Assert.Equal(0, Cv2.CountNonZero(diff.Reshape(1)));
            }
            got.Add((i, t));
        }
        Assert.Equal(Enumerable.Range(240, 16).Select(i => (i, i / 30.0)).ToList(), got.Select(g => (g.Item1, Math.Round(g.Item2 * 30) / 30)).ToList());
        Assert.All(got, g => Assert.Equal(g.Item1 / 30.0, g.Item2, 6));
    }
}
