using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// Writes the annotated overlay video (skeleton, left/right legend, time; see <see cref="OverlayStyle"/>).
/// Codec: an .mp4 or .m4v is H.264 (libx264, yuv420p, +faststart), which browsers play, through the `ffmpeg` CLI when
/// it is on PATH (<see cref="FrameEncoder"/>, shared with the synthetic renderer). Without it, or for .mov/.mkv: the
/// official OpenCvSharp runtime's FFmpeg has no H.264, HEVC, VP8/9 or AV1 encoder (tested: "avc1", "H264",
/// "X264", "hev1", "VP80", "VP90", "av01" all fail to open), so they get MPEG-4 Part 2 ("mp4v"), which
/// VLC, mpv, ffplay, QuickTime and Windows' player play (browsers' &lt;video&gt; does not); .avi gets Motion JPEG.
/// An ffmpeg that fails (a full disk, a crash) is an OutputFailed error naming the overlay.
/// Frames are written at the constant <c>fps</c> given (a VFR source plays back at its nominal rate; each frame's
/// real time is printed on it). The video goes to a hidden temporary sibling (<see cref="AtomicFile.TempPathFor"/>)
/// and is renamed into place by <see cref="Complete"/>; disposing without completing deletes it, so a half-written
/// overlay never looks finished. The caller's frame is not modified: drawing happens on one reused canvas.
/// Write errors: OpenCV's VideoWriter reports none (a full disk silently drops frames or the index), so the file is
/// verified before it is renamed into place: <see cref="Complete"/> reopens it and decodes every frame, and anything
/// short of <see cref="FramesWritten"/> is OutputFailed. While writing, a file system with no free space left stops
/// the run at once instead of encoding the rest of the clip into nothing.
/// </summary>
public sealed class OverlayWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private readonly VideoWriter? _writer;
    private readonly FrameEncoder? _encoder;
    private readonly Mat _canvas = new();
    private readonly Size _size;
    private readonly bool _blurFaces;
    private readonly FaceMemory _face;
    private bool _completed;
    private bool _disposed;

    /// <summary>Free space is checked every this many frames; below <see cref="MinFreeBytes"/> the write fails.</summary>
    private const int SpaceCheckInterval = 16;
    private const long MinFreeBytes = 64 * 1024;

    /// <summary>The codec used: "h264" (ffmpeg CLI), or OpenCV's FourCC, e.g. "mp4v".</summary>
    public string Codec { get; }

    public int FramesWritten { get; private set; }

    /// <summary>
    /// Opens the writer; faces are blurred (<see cref="FaceBlur"/>) unless <paramref name="blurFaces"/> is false; H.264
    /// through the ffmpeg CLI for .mp4/.m4v when it is present, unless <paramref name="preferFfmpeg"/> is false.
    /// </summary>
    public OverlayWriter(string path, int width, int height, double fps, bool blurFaces = true, bool preferFfmpeg = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!double.IsFinite(fps) || fps <= 0) throw new ArgumentOutOfRangeException(nameof(fps), fps, "fps must be > 0");
        FfmpegLogging.QuietOnce();
        string ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        Codec = ext switch
        {
            ".mp4" or ".mov" or ".m4v" or ".mkv" => "mp4v",
            ".avi" => "MJPG",
            _ => throw new GaitCheckException(ExitCode.Usage, $"overlay video must end in .mp4, .mov, .m4v, .mkv or .avi: {path}"),
        };
        _path = System.IO.Path.GetFullPath(path);
        _temp = AtomicFile.TempPathFor(_path);
        _size = new Size(width, height);
        _blurFaces = blurFaces;
        _face = new FaceMemory(fps);
        try { Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_path)!); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw AtomicFile.CannotWrite(path, e);
        }
        if (preferFfmpeg && ext is ".mp4" or ".m4v" && FrameEncoder.FfmpegPath() != null)
        {
            _encoder = Guard(() => new FrameEncoder(_temp, width, height, fps, preferFfmpeg: true, crf: 23));
            Codec = "h264";
            return;
        }
        _writer = new VideoWriter(_temp, VideoCaptureAPIs.FFMPEG, FourCC.FromString(Codec), fps, _size, true);
        if (!_writer.IsOpened())
        {
            _writer.Dispose();
            AtomicFile.TryDelete(_temp);
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write overlay video {path} (codec {Codec})");
        }
    }

    /// <summary>Draws the skeleton of <paramref name="frame"/> (null: none) and the time over a copy of <paramref name="bgr"/> and appends it.</summary>
    public void Write(Mat bgr, PoseFrame? frame, double timeSeconds)
    {
        ArgumentNullException.ThrowIfNull(bgr);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("overlay already completed");
        if (bgr.Width != _size.Width || bgr.Height != _size.Height || bgr.Type() != MatType.CV_8UC3)
            throw new ArgumentException($"frame is {bgr.Width}x{bgr.Height} {bgr.Type()}, writer expects {_size.Width}x{_size.Height} CV_8UC3", nameof(bgr));
        bgr.CopyTo(_canvas);
        if (_blurFaces && _face.Next(frame) is { } face) FaceBlur.Apply(_canvas, face);
        OverlayStyle.Draw(_canvas, frame, timeSeconds, _blurFaces);
        if (_encoder != null) Guard(() => _encoder.Write(_canvas));
        else _writer!.Write(_canvas);
        FramesWritten++;
        if (FramesWritten % SpaceCheckInterval == 0 && FreeBytes() is < MinFreeBytes)
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write {_path}: no space left on device");
    }

    /// <summary>Finishes the file and renames it into place (OutputFailed if that fails).</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) return;
        if (FramesWritten == 0) throw new InvalidOperationException("no frame was written to the overlay");
        if (_encoder != null) Guard(_encoder.Complete);
        else _writer!.Release();
        if (!File.Exists(_temp) || new FileInfo(_temp).Length == 0)
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write overlay video {_path}: the encoder produced no data");
        int readable = VideoCheck.CountDecodableFrames(_temp);
        if (readable != FramesWritten)
            throw new GaitCheckException(ExitCode.OutputFailed,
                $"cannot write overlay video {_path}: only {Inv.I(readable)} of {Inv.I(FramesWritten)} frames can be read back (disk full or a write error)");
        AtomicFile.Commit(_temp, _path);
        _completed = true;
    }

    /// <summary>The ffmpeg CLI's failures (it stopped taking frames, it exited with an error) as OutputFailed naming the overlay.</summary>
    private T Guard<T>(Func<T> f)
    {
        try { return f(); }
        catch (GaitCheckException e) when (e.Code == ExitCode.ExternalToolFailed)
        {
            throw new GaitCheckException(ExitCode.OutputFailed, $"cannot write overlay video {_path}: {e.Message}", e);
        }
    }

    private void Guard(Action a) => Guard(() => { a(); return 0; });

    /// <summary>Free bytes on the output's file system (root's reserve included); null when the system cannot say.</summary>
    private long? FreeBytes()
    {
        try { return new DriveInfo(System.IO.Path.GetDirectoryName(_temp)!).TotalFreeSpace; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return null; }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _writer?.Dispose();
        _encoder?.Dispose();
        _canvas.Dispose();
        if (!_completed) AtomicFile.TryDelete(_temp);
    }
}
