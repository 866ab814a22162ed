using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// Decodes a video file frame by frame through OpenCV's FFmpeg backend (VideoCaptureAPIs.FFMPEG, software
/// decoding). Frames come out upright: OpenCV's own auto-rotation (CAP_PROP_ORIENTATION_AUTO, on by default
/// in OpenCV 4.13) is switched off and the container's rotation (CAP_PROP_ORIENTATION_META, clockwise degrees)
/// is applied here with Cv2.Rotate into a reused buffer, so the behaviour does not depend on OpenCV's default.
/// Each frame carries its real presentation time (CAP_PROP_POS_MSEC), so variable-frame-rate and slow-motion
/// (120/240 fps) clips keep true timing. Trimming seeks to just before the start and decodes forward to the
/// first frame at or after it. A stream that ends before the container's announced length sets
/// <see cref="Truncated"/>; what could be decoded is kept.
/// Broken timing is repaired, not passed on: from the first frame whose time is not after the previous one's (all
/// zero, duplicated, going back, NaN), times continue from the last good one at the declared frame rate
/// (previous time + frames elapsed / fps) and <see cref="VideoInfo.TimestampsRepaired"/> is set. Without a usable
/// declared rate (0 or above 1000 fps) such a file is refused as BadVideo. Both decoding passes (pose, overlay)
/// see the same repaired times, because the repair depends only on the decoded stream.
/// </summary>
public sealed class VideoSource : IDisposable
{
    /// <summary>Timestamp tolerance: WebM stores milliseconds, so times are only exact to 0.5 ms.</summary>
    private const double TimeTolerance = 0.0005;
    /// <summary>Seek this far before --start, then decode forward (OpenCV's seek maps time to frames assuming constant fps).</summary>
    private const double SeekMargin = 0.5;
    /// <summary>Highest declared frame rate trusted to rebuild frame times (phones film at most 240 fps; 1000 leaves room for lab cameras).</summary>
    private const double MaxRepairFps = 1000;

    private readonly string _path;
    private readonly double _start;
    private readonly double? _end;
    private readonly RotateFlags? _rotate;
    private readonly Mat _stored = new();
    private VideoCapture _cap;
    private bool _pending;
    private bool _done;
    private int _lastIndex = -1;
    private double _lastTime = double.NaN;
    private double _lastRawTime = double.NaN;
    private double _lastGrabTime = double.NaN;
    private int _lastGrabIndex = -1;
    private bool _repairing;

    private VideoSource(string path, VideoCapture cap, VideoInfo info, double start, double? end)
    {
        _path = path;
        _cap = cap;
        Info = info;
        _start = start;
        _end = end;
        _rotate = VideoCodecs.Flag(info.Rotation);
    }

    /// <summary>Upright width/height, rotation, nominal fps, frame count and duration from the container, codec.</summary>
    public VideoInfo Info { get; private set; }

    /// <summary>True when decoding stopped before the container's announced end (damaged or cut-off file).</summary>
    public bool Truncated => Info.Truncated;

    /// <summary>
    /// Opens <paramref name="path"/>, optionally trimmed to [<paramref name="startSeconds"/>, <paramref name="endSeconds"/>]
    /// (presentation times from the start of the file). Throws <see cref="GaitCheckException"/>: InputNotFound for a
    /// missing or unreadable path; BadVideo for a corrupt file, an audio-only file, a still image or a clip with no
    /// decodable frame; Usage for a trim window outside the clip.
    /// </summary>
    public static VideoSource Open(string path, double? startSeconds = null, double? endSeconds = null)
    {
        double start = startSeconds ?? 0;
        if (!double.IsFinite(start) || start < 0) throw new GaitCheckException(ExitCode.Usage, $"--start must be a time >= 0 s, got {Inv.Text(start)}");
        if (endSeconds is { } e && (!double.IsFinite(e) || e <= start))
            throw new GaitCheckException(ExitCode.Usage, $"--end ({Inv.Text(e)} s) must be after --start ({Inv.Text(start)} s)");
        var cap = VideoOpener.OpenCapture(path);
        VideoSource? src = null;
        try
        {
            var info = VideoOpener.ReadInfo(path, cap);
            src = new VideoSource(path, cap, info, start, endSeconds);
            src.PrimeFirstFrame();
            return src;
        }
        catch
        {
            // Not swallowed: release the native capture (the source owns it once built; it may have reopened it) and rethrow.
            if (src != null) src.Dispose(); else cap.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Decodes the next frame, upright (rotation applied), into <paramref name="frame"/> (a reused BGR CV_8UC3 buffer:
    /// it is only reallocated when its size or type differs). <paramref name="index"/> is the frame's 0-based position
    /// in the file (after a seek: OpenCV's position, derived from the timestamp at the nominal fps);
    /// <paramref name="timeSeconds"/> its presentation time from the start of the file. False at the end of the
    /// clip or of the trim window.
    /// </summary>
    public bool Read(Mat frame, out int index, out double timeSeconds)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ObjectDisposedException.ThrowIf(_stored.IsDisposed, this);
        index = -1;
        timeSeconds = double.NaN;
        if (_done) return false;
        if (!_pending)
        {
            if (!_cap.Grab()) return Finish(streamEnded: true);
            TimeGrabbedFrame();
        }
        _pending = false;
        double t = _lastGrabTime;
        if (_end is { } end && t > end + TimeTolerance) return Finish(streamEnded: false);
        bool ok = _rotate.HasValue ? _cap.Retrieve(_stored) && !_stored.Empty() : _cap.Retrieve(frame) && !frame.Empty();
        if (!ok) return Finish(streamEnded: true);
        if (_rotate is { } f) Cv2.Rotate(_stored, frame, f);
        index = _lastGrabIndex;
        timeSeconds = t;
        _lastIndex = index;
        _lastTime = t;
        return true;
    }

    /// <summary>Grabs (decodes without colour conversion) up to the first frame at or after the start; it is retrieved by the first Read.</summary>
    private void PrimeFirstFrame()
    {
        bool seeked = false;
        if (_start > SeekMargin)
            seeked = _cap.Set(VideoCaptureProperties.PosMsec, (_start - SeekMargin) * 1000.0);
        bool sawEarlier = false;
        while (true)
        {
            if (!_cap.Grab())
            {
                if (seeked && !sawEarlier) { Reopen(); seeked = false; continue; } // the seek found nothing: retry from the beginning
                if (_start > 0)
                    throw new GaitCheckException(ExitCode.Usage, $"--start {Inv.F(_start, 3)} s is at or past the end of {_path} ({Inv.F(Info.DurationSeconds, 3)} s)");
                throw new GaitCheckException(ExitCode.BadVideo, $"{_path} has no decodable video frames");
            }
            double t = TimeGrabbedFrame();
            if (t < _start - TimeTolerance) { sawEarlier = true; continue; }
            if (seeked && !sawEarlier && _start > 0)
            {
                // The seek may have overshot the start: decode from the beginning instead (exact, slower).
                Reopen();
                seeked = false;
                continue;
            }
            if (_end is { } end && t > end + TimeTolerance)
                throw new GaitCheckException(ExitCode.Usage, $"{_path} has no frame between --start {Inv.F(_start, 3)} s and --end {Inv.F(end, 3)} s");
            _pending = true;
            return;
        }
    }

    private void Reopen()
    {
        _cap.Dispose();
        _cap = VideoOpener.OpenCapture(_path);
        _lastRawTime = _lastGrabTime = double.NaN;
        _lastGrabIndex = -1;
        _repairing = false;
    }

    /// <summary>Index and presentation time of the frame just grabbed, with broken timing repaired (see the class summary). Call once per grab.</summary>
    private double TimeGrabbedFrame()
    {
        int index = (int)Math.Round(_cap.Get(VideoCaptureProperties.PosFrames)) - 1;
        double raw = _cap.Get(VideoCaptureProperties.PosMsec) / 1000.0;
        bool first = _lastGrabIndex < 0;
        if ((!_repairing && !first && !(raw > _lastRawTime)) || !double.IsFinite(raw))
        {
            if (!(Info.Fps > 0 && Info.Fps <= MaxRepairFps))
                throw new GaitCheckException(ExitCode.BadVideo,
                    $"{_path}: frame {Inv.I(index)} has time {Inv.Text(raw)} s, not after the previous frame's {Inv.Text(_lastRawTime)} s, and the file declares no usable frame rate to rebuild the times from");
            if (!_repairing) Info = Info with { TimestampsRepaired = true };
            _repairing = true;
        }
        double t = !_repairing ? raw
            : first ? 0
            : _lastGrabTime + Math.Max(1, index - _lastGrabIndex) / Info.Fps;
        _lastRawTime = raw;
        _lastGrabTime = t;
        _lastGrabIndex = index;
        return t;
    }

    private bool Finish(bool streamEnded)
    {
        _done = true;
        if (streamEnded && (_end is null || _lastTime < _end.Value - TimeTolerance) && LooksCutShort())
            Info = Info with { Truncated = true };
        return false;
    }

    /// <summary>
    /// The stream ended early when both the frame count and the time fall short of what the container announced
    /// (two frames of slack: WebM's frame count is estimated from its duration).
    /// </summary>
    private bool LooksCutShort()
    {
        if (_lastIndex < 0 || Info.FrameCount <= 0 || Info.Fps <= 0) return false;
        double interval = 1.0 / Info.Fps;
        bool fewerFrames = _lastIndex + 1 < Info.FrameCount - 2;
        bool earlier = _lastTime + 2.5 * interval < Info.DurationSeconds;
        return fewerFrames && earlier;
    }

    public void Dispose()
    {
        _cap.Dispose();
        _stored.Dispose();
    }
}
