using System.Diagnostics;
using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// Encodes BGR frames into an .mp4 that any player and browser plays (the synthetic renderer's clips and, through
/// <see cref="OverlayWriter"/>, the overlay video). First choice: the `ffmpeg` command-line tool
/// (installed by scripts/setup.sh) fed raw BGR frames on stdin, encoding H.264 (libx264, yuv420p,
/// +faststart). Fallback when `ffmpeg` is missing: OpenCV's VideoWriter with fourcc "mp4v" (MPEG-4 Part 2,
/// plays in VLC/ffplay/most browsers' desktop players but not all phones). Frames go to a temporary
/// file that <see cref="Complete"/> renames into place, so no half-written video remains.
/// </summary>
public sealed class FrameEncoder : IDisposable
{
    private readonly string _path, _tmp;
    private readonly int _w, _h;
    private readonly Process? _ffmpeg;
    private Stream? _stdin;
    private readonly VideoWriter? _writer;
    private bool _done;
    private readonly Task<string>? _stderr;

    public string Codec { get; }

    public FrameEncoder(string path, int width, int height, double fps, bool preferFfmpeg = true, int crf = 20)
    {
        _path = path; _w = width; _h = height;
        _tmp = AtomicFile.TempPathFor(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (preferFfmpeg && FfmpegPath() is { } exe)
        {
            var psi = new ProcessStartInfo(exe)
            {
                RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            };
            foreach (var a in new[] { "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "bgr24",
                         "-s", $"{width}x{height}", "-r", Inv.R(fps), "-i", "-", "-an", "-c:v", "libx264", "-preset", "veryfast",
                         "-crf", Inv.I(crf), "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-threads", "1", "-f", "mp4", _tmp })
                psi.ArgumentList.Add(a);
            _ffmpeg = Process.Start(psi) ?? throw new GaitCheckException(ExitCode.ExternalToolFailed, "cannot start ffmpeg");
            _stdin = _ffmpeg.StandardInput.BaseStream;
            _stderr = _ffmpeg.StandardError.ReadToEndAsync();
            _ = _ffmpeg.StandardOutput.ReadToEndAsync();
            Codec = "h264 (ffmpeg libx264)";
        }
        else
        {
            _writer = new VideoWriter(_tmp, FourCC.FromString("mp4v"), fps, new Size(width, height));
            if (!_writer.IsOpened()) throw new GaitCheckException(ExitCode.OutputFailed, $"cannot open a video writer for {path}");
            Codec = "mpeg4 (OpenCV mp4v)";
        }
    }

    /// <summary>Locates ffmpeg on PATH (null when absent).</summary>
    public static string? FfmpegPath()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string p = Path.Combine(dir, "ffmpeg");
            if (File.Exists(p)) return p;
        }
        return null;
    }

    /// <summary>Appends one continuous CV_8UC3 frame of the encoder's size.</summary>
    public void Write(Mat bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Width != _w || bgr.Height != _h || bgr.Type() != MatType.CV_8UC3 || !bgr.IsContinuous()) throw new ArgumentException("frame size or layout mismatch");
        if (_stdin != null)
        {
            try { _stdin.Write(bgr.AsSpan<byte>()); }
            catch (IOException e) { throw new GaitCheckException(ExitCode.ExternalToolFailed, $"ffmpeg stopped accepting frames: {e.Message} {Err()}", e); }
        }
        else _writer!.Write(bgr);
    }

    /// <summary>Appends one frame of packed BGR bytes.</summary>
    public void Write(byte[] bgr)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        if (bgr.Length != _w * _h * 3) throw new ArgumentException("frame size mismatch");
        using var m = Mat.FromPixelData(_h, _w, MatType.CV_8UC3, bgr);
        Write(m);
    }

    public void Complete()
    {
        if (_ffmpeg != null)
        {
            _stdin!.Dispose(); _stdin = null;
            _ffmpeg.WaitForExit();
            if (_ffmpeg.ExitCode != 0)
            {
                AtomicFile.TryDelete(_tmp);
                throw new GaitCheckException(ExitCode.ExternalToolFailed, $"ffmpeg failed (exit {_ffmpeg.ExitCode}): {Err()}");
            }
        }
        else { _writer!.Release(); }
        AtomicFile.Commit(_tmp, _path);
        _done = true;
    }

    private string Err() => _stderr is { IsCompleted: true } t ? t.Result.Trim() : "";

    public void Dispose()
    {
        _stdin?.Dispose();
        if (_ffmpeg != null)
        {
            if (!_ffmpeg.HasExited) { _ffmpeg.Kill(); _ffmpeg.WaitForExit(); }
            _ffmpeg.Dispose();
        }
        _writer?.Dispose();
        if (!_done) AtomicFile.TryDelete(_tmp);
    }
}
