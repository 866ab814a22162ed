using System.Diagnostics;
using GaitCheck.TestSupport;

namespace GaitCheck.Video.Tests;

/// <summary>
/// Tiny test clips made once per test run with the ffmpeg CLI (installed by scripts/setup.sh) from a 1.5 s piece
/// of the shared treadmill clip, scaled to 180x320: H.264/mp4, HEVC/mov, VP9/webm, a 120 fps variable-frame-rate
/// clip, a rotated HEVC/mov, plus broken inputs (audio only, truncated, random bytes, zero frames, empty, a JPEG).
/// </summary>
public sealed class VideoFixtures
{
    public string Dir { get; } = RepoPaths.Actual("video-fixtures");
    public string H264 => P("h264.mp4");
    public string Hevc => P("hevc.mov");
    public string Vp9 => P("vp9.webm");
    public string Vfr120 => P("vfr120.mp4");
    public string Rotated => P("rot90.mov");
    public string Audio => P("audio.m4a");
    public string Random => P("random.mp4");
    public string Zero => P("zero.mp4");
    public string Empty => P("empty.mp4");
    public string TruncatedMp4 => P("truncated.mp4");
    public string TruncatedWebm => P("truncated.webm");
    public string TruncatedNoIndex => P("truncated_noindex.mp4");
    public string Still => P("still.jpg");
    public string StillRenamed => P("still_renamed.mp4");

    public const int Frames = 45;           // 1.5 s at 30 fps
    public const int Width = 180, Height = 320;

    public VideoFixtures()
    {
        string src = RepoPaths.Media("run-treadmill-sagittal/male_side.mp4");
        string iphone = RepoPaths.Media("run-treadmill-sagittal/male_side_iphone_style.mov");
        string cut = $"-ss 2 -t 1.5 -i \"{src}\" -an -vf scale={Width}:{Height}";
        Ffmpeg($"{cut} -c:v libx264 -preset veryfast -bf 3 -pix_fmt yuv420p -movflags +faststart \"{H264}\"");
        Ffmpeg($"{cut} -c:v libx264 -preset ultrafast -pix_fmt yuv420p \"{P("h264_moov_at_end.mp4")}\"");
        Ffmpeg($"{cut} -c:v libx265 -preset ultrafast -x265-params log-level=error -tag:v hvc1 \"{Hevc}\"");
        Ffmpeg($"{cut} -c:v libvpx-vp9 -deadline realtime -cpu-used 8 -b:v 200k \"{Vp9}\"");
        // 120 fps with every 4th frame and frames 50-60 dropped: irregular intervals of 1/120 and 1/60 s and a 100 ms hole.
        Ffmpeg($"-ss 2 -t 1 -i \"{src}\" -an -vf \"scale=90:160,fps=120,select='not(eq(mod(n\\,4)\\,1))*not(between(n\\,50\\,60))'\" -fps_mode vfr -c:v libx264 -preset ultrafast \"{Vfr120}\"");
        // Stored landscape 320x180 with the phone's rotation tag kept (-noautorotate keeps ffmpeg from rotating the pixels).
        Ffmpeg($"-noautorotate -ss 2 -t 1 -i \"{iphone}\" -an -vf scale=320:180 -c:v libx265 -preset ultrafast -x265-params log-level=error -tag:v hvc1 \"{Rotated}\"");
        // Upright H.264 pixels turned the other way and tagged so that a player turns them back: one per rotation.
        // ffmpeg 5.1 cannot write a rotation tag (-display_rotation came in 6.0), so the track header's matrix is patched.
        foreach (var (deg, vf) in new[] { (90, "transpose=2"), (180, "hflip,vflip"), (270, "transpose=1") })
        {
            Ffmpeg($"-i \"{H264}\" -vf {vf} -c:v libx264 -preset ultrafast -crf 12 \"{TaggedRotation(deg)}\"");
            SetTrackRotation(TaggedRotation(deg), deg);
        }
        Ffmpeg($"-f lavfi -i sine=frequency=440:duration=1 -c:a aac \"{Audio}\"");
        Ffmpeg($"-f lavfi -i color=c=black:s=64x64:r=30 -frames:v 0 -c:v libx264 \"{Zero}\"");
        File.WriteAllBytes(Empty, []);
        var rng = new System.Random(1234);
        var bytes = new byte[50_000];
        rng.NextBytes(bytes);
        File.WriteAllBytes(Random, bytes);
        Cut(H264, TruncatedMp4, 0.6);
        Cut(Vp9, TruncatedWebm, 0.6);
        Cut(P("h264_moov_at_end.mp4"), TruncatedNoIndex, 0.6);
        File.Copy(RepoPaths.Media("coco-stills/000000000785.jpg"), Still, overwrite: true);
        File.Copy(Still, StillRenamed, overwrite: true);
    }

    /// <summary>Presentation times (s) of the video frames according to ffprobe: the oracle for timestamp tests.</summary>
    public static double[] ProbeFrameTimes(string path)
    {
        string output = Run("ffprobe", $"-v error -select_streams v:0 -show_entries frame=pts_time -of csv=p=0 \"{path}\"");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => double.Parse(l.TrimEnd(','), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    public string TaggedRotation(int degrees) => P($"tagged_rot{degrees}.mp4");

    private string P(string name) => Path.Combine(Dir, name);

    /// <summary>
    /// Writes a clockwise display rotation into the (only) track header of an MP4: the tkhd matrix
    /// {a, b, u, c, d, v, x, y, w} (ISO/IEC 14496-12 §8.3.2) with a = d = cos θ, b = sin θ, c = −sin θ in 16.16
    /// fixed point, as phones write it (male_side_iphone_style.mov has a = 0, b = 1, c = −1, d = 0 for 90°).
    /// </summary>
    private static void SetTrackRotation(string path, int clockwiseDegrees)
    {
        byte[] d = File.ReadAllBytes(path);
        int i = d.AsSpan().IndexOf("tkhd"u8);
        if (i < 0 || d[i + 4] != 0) throw new InvalidOperationException($"no version-0 tkhd in {path}");
        int matrix = i + 44;                       // type(4) version/flags(4) times, id, reserved, duration(20) reserved(8) layer..(8)
        double r = clockwiseDegrees * Math.PI / 180;
        int cos = (int)Math.Round(Math.Cos(r)) * 65536, sin = (int)Math.Round(Math.Sin(r)) * 65536;
        int[] m = [cos, sin, 0, -sin, cos, 0, 0, 0, 1 << 30];
        for (int k = 0; k < 9; k++) System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(d.AsSpan(matrix + 4 * k), m[k]);
        File.WriteAllBytes(path, d);
    }

    private static void Cut(string from, string to, double fraction)
    {
        byte[] all = File.ReadAllBytes(from);
        File.WriteAllBytes(to, all.AsSpan(0, (int)(all.Length * fraction)).ToArray());
    }

    private static void Ffmpeg(string args) => Run("ffmpeg", "-v error -y -nostdin " + args);

    private static string Run(string exe, string args)
    {
        var psi = new ProcessStartInfo(exe, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {exe} (run scripts/setup.sh)");
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {args} failed ({p.ExitCode}): {stderr.Result}");
        return stdout;
    }
}

[CollectionDefinition("video")]
public sealed class VideoCollection : ICollectionFixture<VideoFixtures>;
