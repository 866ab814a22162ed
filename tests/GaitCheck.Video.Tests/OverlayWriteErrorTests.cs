using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

/// <summary>
/// OpenCV's VideoWriter reports no write error, so OverlayWriter must find them itself (issue 9, defect 2). The
/// overlay goes to a small tmpfs that is filled up while frames are written: whether the disk stays full or space
/// is freed again before the end (after FFmpeg has lost data, it writes no index), the overlay must fail with
/// OutputFailed and leave no file, never a truncated overlay.mp4 under its final name. The OpenCV path is forced
/// (preferFfmpeg: false) for the two tests of its silent failures; the last test fills the disk under the ffmpeg CLI.
/// </summary>
public sealed class OverlayWriteErrorTests
{
    private const int W = 320, H = 240;

    private static void WriteNoise(OverlayWriter w, int frames, Random rng)
    {
        using var m = new Mat(H, W, MatType.CV_8UC3);
        var bytes = new byte[W * H * 3];
        for (int i = 0; i < frames; i++)
        {
            rng.NextBytes(bytes); // noise does not compress: each frame is tens of kB
            System.Runtime.InteropServices.Marshal.Copy(bytes, 0, m.Data, bytes.Length);
            w.Write(m, null, i / 30.0);
        }
    }

    private static void Fill(string dir, string filler)
    {
        // Fill the tmpfs to the last byte, whatever size its blocks are.
        using var fs = new FileStream(Path.Combine(dir, filler), FileMode.Create);
        var chunk = new byte[4096];
        try { while (true) fs.Write(chunk); }
        catch (IOException) { }
    }

    [Fact]
    public void Space_freed_again_mid_write_still_fails_and_leaves_no_overlay()
    {
        using var disk = new Tmpfs(RepoPaths.Actual("overlay-disk-freed"), "3m");
        string path = Path.Combine(disk.Path, "overlay.mp4");
        var rng = new Random(9);
        using (var w = new OverlayWriter(path, W, H, 30, preferFfmpeg: false))
        {
            WriteNoise(w, 5, rng);
            Fill(disk.Path, "filler");
            WriteNoise(w, 5, rng);                      // frames written while the disk is full are lost
            File.Delete(Path.Combine(disk.Path, "filler"));
            WriteNoise(w, 4, rng);                      // 14 frames: under the free-space check's interval
            var e = Assert.Throws<GaitCheckException>(w.Complete);
            Assert.Equal(ExitCode.OutputFailed, e.Code);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }
        Assert.Empty(Directory.GetFiles(disk.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_disk_that_stays_full_stops_the_write_early()
    {
        using var disk = new Tmpfs(RepoPaths.Actual("overlay-disk-full"), "3m");
        string path = Path.Combine(disk.Path, "overlay.mp4");
        var rng = new Random(10);
        using (var w = new OverlayWriter(path, W, H, 30, preferFfmpeg: false))
        {
            WriteNoise(w, 3, rng);
            Fill(disk.Path, "filler");
            var e = Assert.Throws<GaitCheckException>(() => WriteNoise(w, 200, rng));
            Assert.Equal(ExitCode.OutputFailed, e.Code);
            Assert.InRange(w.FramesWritten, 4, 3 + 16);  // stopped at the first free-space check, not after 200 frames
        }
        File.Delete(Path.Combine(disk.Path, "filler"));
        Assert.Empty(Directory.GetFiles(disk.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Ffmpeg_on_a_full_disk_is_output_failed_and_leaves_no_overlay()
    {
        Assert.NotNull(FrameEncoder.FfmpegPath());   // scripts/setup.sh installs it
        using var disk = new Tmpfs(RepoPaths.Actual("overlay-disk-ffmpeg"), "3m");
        string path = Path.Combine(disk.Path, "overlay.mp4");
        var rng = new Random(11);
        var e = Assert.Throws<GaitCheckException>(() =>
        {
            using var w = new OverlayWriter(path, W, H, 30);
            Assert.Equal("h264", w.Codec);
            WriteNoise(w, 3, rng);
            Fill(disk.Path, "filler");
            WriteNoise(w, 200, rng);
            w.Complete();
        });
        Assert.Equal(ExitCode.OutputFailed, e.Code);
        File.Delete(Path.Combine(disk.Path, "filler"));
        Assert.Empty(Directory.GetFiles(disk.Path, "*", SearchOption.AllDirectories));
    }
}
