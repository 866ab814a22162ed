using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

[Collection("video")]
public sealed class VideoSourceFormatTests(VideoFixtures fx)
{
    [Theory]
    [InlineData("h264.mp4", "h264")]
    [InlineData("hevc.mov", "hevc")]
    [InlineData("vp9.webm", "vp9")]
    public void Decodes_every_frame_with_real_timestamps(string file, string codec)
    {
        string path = Path.Combine(fx.Dir, file);
        using var src = VideoSource.Open(path);
        Assert.Equal(codec, src.Info.Codec);
        Assert.Equal((VideoFixtures.Width, VideoFixtures.Height), (src.Info.Width, src.Info.Height));
        Assert.Equal(30, src.Info.Fps, 3);
        Assert.Equal(0, src.Info.Rotation);
        double[] expected = VideoFixtures.ProbeFrameTimes(path);
        double first = expected[0];
        using var frame = new Mat();
        var times = new List<double>();
        var indices = new List<int>();
        while (src.Read(frame, out int i, out double t))
        {
            Assert.Equal((VideoFixtures.Width, VideoFixtures.Height), (frame.Width, frame.Height));
            Assert.Equal(MatType.CV_8UC3, frame.Type());
            times.Add(t);
            indices.Add(i);
        }
        Assert.Equal(VideoFixtures.Frames, times.Count);
        Assert.Equal(Enumerable.Range(0, VideoFixtures.Frames), indices);
        for (int k = 0; k < times.Count; k++) Assert.Equal(expected[k] - first, times[k], 0.0006);
        Assert.False(src.Truncated);
        Assert.False(src.Read(frame, out int after, out _));
        Assert.Equal(-1, after);
    }

    [Fact]
    public void Variable_frame_rate_120fps_keeps_each_frames_own_time()
    {
        double[] expected = VideoFixtures.ProbeFrameTimes(fx.Vfr120);
        using var src = VideoSource.Open(fx.Vfr120);
        using var frame = new Mat();
        var times = new List<double>();
        while (src.Read(frame, out _, out double t)) times.Add(t);
        Assert.Equal(expected.Length, times.Count);
        for (int k = 0; k < times.Count; k++) Assert.Equal(expected[k] - expected[0], times[k], 1e-6);
        var steps = times.Zip(times.Skip(1), (a, b) => b - a).ToArray();
        Assert.Contains(steps, d => Math.Abs(d - 1 / 120.0) < 1e-6);      // the real 120 fps spacing survives
        Assert.Contains(steps, d => d > 0.09);                             // and so does the hole
        Assert.False(src.Truncated);
    }

    [Fact]
    public void Reuses_the_callers_frame_buffer()
    {
        foreach (string path in new[] { fx.H264, fx.Rotated })
        {
            using var src = VideoSource.Open(path);
            using var frame = new Mat();
            Assert.True(src.Read(frame, out _, out _));
            nint data = frame.Data;
            for (int k = 0; k < 5; k++)
            {
                Assert.True(src.Read(frame, out _, out _));
                Assert.Equal(data, frame.Data);
            }
        }
    }

    [Fact]
    public void Probe_reports_codec_fps_rotation_and_duration()
    {
        VideoInfo v = VideoProbe.Probe(fx.Rotated);
        Assert.Equal("hevc", v.Codec);
        Assert.Equal(90, v.Rotation);
        Assert.Equal((180, 320), (v.Width, v.Height));
        Assert.Equal(30, v.Fps, 3);
        Assert.Equal(30, v.FrameCount);
        Assert.Equal(1.0, v.DurationSeconds, 3);
        Assert.Equal("hevc 180x320 (rotated 90°) 30.000 fps, 30 frames, 1.000 s", VideoProbe.Describe(v));
    }
}
