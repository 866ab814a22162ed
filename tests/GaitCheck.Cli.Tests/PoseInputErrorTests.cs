using System.Diagnostics;
using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>`pose` on a clip with nobody in it, and on a truncated file (issue 3, item 8).</summary>
public class PoseInputErrorTests
{
    private static string Fixture(string name, params string[] ffmpegArgs)
    {
        string path = Path.Combine(RepoPaths.Actual("cli-pose-inputs"), name);
        if (File.Exists(path)) return path;
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var a in new[] { "-loglevel", "error", "-y" }.Concat(ffmpegArgs).Append(path)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"ffmpeg failed making {name}: {err}");
        return path;
    }

    private static string Out(string name)
    {
        string dir = Path.Combine(RepoPaths.Actual("cli-pose-inputs"), "out-" + name);
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        return dir;
    }

    [Fact]
    public void A_clip_without_a_person_exits_no_person_and_writes_nothing()
    {
        string clip = Fixture("test-pattern.mp4", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=30", "-t", "1", "-pix_fmt", "yuv420p", "-c:v", "libx264");
        string o = Out("noperson");
        var r = CliRunner.Run("pose", clip, "--out", o, "--model", "lite");
        Assert.True((int)ExitCode.NoPerson == r.Code, r.ToString());
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("gaitcheck: error: no person", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(o, "keypoints.json")));
    }

    [Fact]
    public void A_truncated_clip_is_processed_to_its_last_frame_and_says_so()
    {
        // A faststart copy (index first), then cut to 60 %: the frames after the cut are lost, the rest decodes.
        string whole = Fixture("run-2s-faststart.mp4", "-i", RepoPaths.Media("run-treadmill-sagittal/male_side.mp4"),
            "-t", "2", "-vf", "scale=360:640", "-c:v", "libx264", "-movflags", "+faststart", "-an");
        string cut = Path.Combine(RepoPaths.Actual("cli-pose-inputs"), "run-2s-truncated.mp4");
        byte[] bytes = File.ReadAllBytes(whole);
        File.WriteAllBytes(cut, bytes[..(int)(bytes.Length * 0.6)]);
        string o = Out("truncated");
        var r = CliRunner.Run("pose", cut, "--out", o, "--model", "lite", "--no-overlay");
        Assert.True(r.Code == 0, r.ToString());
        Assert.Contains(r.ErrLines, l => l.Contains("truncated", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(o, "keypoints.json")));
        Assert.True(doc.RootElement.GetProperty("video").GetProperty("truncated").GetBoolean());
        int frames = doc.RootElement.GetProperty("frames").GetArrayLength();
        Assert.InRange(frames, 10, 59); // 2 s at 30 fps is 60 frames; the cut loses the last ones
    }
}
