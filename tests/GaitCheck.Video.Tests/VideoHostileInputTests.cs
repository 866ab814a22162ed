using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

/// <summary>
/// Inputs that are not what they claim (issue 9): broken frame timing is repaired from the declared rate, a rotation
/// tag that is not a multiple of 90° is reported and not applied, and paths that are not regular files are refused
/// before OpenCV opens them (a FIFO would block forever).
/// </summary>
[Collection("video")]
public sealed class VideoHostileInputTests(VideoFixtures fx)
{
    private string Make(string name, string args)
    {
        string path = Path.Combine(fx.Dir, name);
        var psi = new ProcessStartInfo("ffmpeg", $"-v error -y -nostdin {args} \"{path}\"") { RedirectStandardError = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        return path;
    }

    [Fact]
    public void All_zero_timestamps_are_rebuilt_from_the_frame_index_at_the_declared_rate()
    {
        string z = Make("zero-pts.mkv", $"-i \"{fx.H264}\" -vf setpts=0 -fps_mode passthrough -c:v libx264 -preset ultrafast");
        using var src = VideoSource.Open(z);
        using var frame = new Mat();
        var times = new List<double>();
        while (src.Read(frame, out _, out double t)) times.Add(t);
        Assert.Equal(VideoFixtures.Frames, times.Count);
        Assert.True(src.Info.TimestampsRepaired);
        Assert.True(src.Info.Fps > 0);
        for (int i = 1; i < times.Count; i++) Assert.Equal(1 / src.Info.Fps, times[i] - times[i - 1], 9);
    }

    [Fact]
    public void Good_timestamps_are_not_marked_repaired()
    {
        using var src = VideoSource.Open(fx.H264);
        using var frame = new Mat();
        while (src.Read(frame, out _, out _)) { }
        Assert.False(src.Info.TimestampsRepaired);
    }

    [Fact]
    public void A_45_degree_rotation_tag_is_reported_and_not_applied()
    {
        string r = Make("rot45.mp4", $"-i \"{fx.H264}\" -c copy -metadata:s:v:0 rotate=45");
        using var src = VideoSource.Open(r);
        Assert.Equal(0, src.Info.Rotation);
        Assert.NotEqual(0, src.Info.IgnoredRotation);
        Assert.NotEqual(0, src.Info.IgnoredRotation % 90);
        using var frame = new Mat();
        Assert.True(src.Read(frame, out _, out _));
        Assert.Equal((VideoFixtures.Width, VideoFixtures.Height), (frame.Width, frame.Height));
    }

    [Fact]
    public async Task A_fifo_is_refused_at_once_instead_of_blocking()
    {
        string fifo = Path.Combine(fx.Dir, "pipe.mp4");
        File.Delete(fifo);
        using (var p = Process.Start("mkfifo", [fifo])) p.WaitForExit();
        var open = Task.Run(() => VideoSource.Open(fifo));
        Assert.True(await Task.WhenAny(open, Task.Delay(TimeSpan.FromSeconds(10))) == open, "opening a FIFO blocked");
        var e = Assert.IsType<GaitCheckException>(open.Exception?.InnerException);
        Assert.Equal(ExitCode.InputNotFound, e.Code);
        Assert.Contains("named pipe", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "character device")]
    [InlineData("/dev/null", "character device")]
    [InlineData("/tmp", "folder")]
    public void Devices_and_folders_are_refused(string path, string kind)
    {
        var e = Assert.Throws<GaitCheckException>(() => VideoSource.Open(path));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
        Assert.Contains(kind, e.Message, StringComparison.Ordinal);
    }
}
