using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

[Collection("video")]
public sealed class VideoBadInputTests(VideoFixtures fx)
{
    [Fact]
    public void Missing_file_is_input_not_found()
    {
        var e = Assert.Throws<GaitCheckException>(() => VideoSource.Open(Path.Combine(fx.Dir, "no-such-clip.mp4")));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
        Assert.Contains("no-such-clip.mp4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_is_input_not_found()
    {
        var e = Assert.Throws<GaitCheckException>(() => VideoSource.Open(fx.Dir));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
    }

    [Theory]
    [InlineData("audio.m4a", "audio only")]
    [InlineData("random.mp4", "cannot be decoded")]
    [InlineData("zero.mp4", "zero frames")]
    [InlineData("empty.mp4", "empty")]
    [InlineData("still.jpg", "still image")]
    [InlineData("still_renamed.mp4", "still image")]
    [InlineData("truncated_noindex.mp4", "cannot be decoded")]
    public void Undecodable_inputs_are_bad_video_with_a_one_line_reason(string file, string reason)
    {
        var e = Assert.Throws<GaitCheckException>(() => VideoSource.Open(Path.Combine(fx.Dir, file)));
        Assert.Equal(ExitCode.BadVideo, e.Code);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("truncated.mp4")]
    [InlineData("truncated.webm")]
    public void Truncated_file_decodes_up_to_its_last_frame_and_says_so(string file)
    {
        using var src = VideoSource.Open(Path.Combine(fx.Dir, file));
        using var frame = new Mat();
        int n = 0;
        double last = -1;
        while (src.Read(frame, out _, out double t))
        {
            Assert.True(t > last);
            last = t;
            n++;
        }
        Assert.InRange(n, 5, VideoFixtures.Frames - 3);
        Assert.True(src.Truncated);
        Assert.True(src.Info.Truncated);
    }

    [Fact]
    public void Trimming_before_a_damaged_end_is_not_truncation()
    {
        using var src = VideoSource.Open(Path.Combine(fx.Dir, "truncated.mp4"), 0, 0.2);
        using var frame = new Mat();
        int n = 0;
        while (src.Read(frame, out _, out _)) n++;
        Assert.Equal(7, n); // 0, 1/30 ... 6/30 = 0.2
        Assert.False(src.Truncated);
    }
}
