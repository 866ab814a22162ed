using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>Opens a capture with GaitCheck's fixed settings and turns every way of failing into one clear user error.</summary>
internal static class VideoOpener
{
    /// <summary>OpenCV's CAP_PROP_N_THREADS (open-only; FFmpeg backend), missing from OpenCvSharp's enum.</summary>
    private const int CapPropNThreads = 70;

    /// <summary>
    /// FFmpeg backend, software decoding (deterministic across machines), OpenCV's auto-rotation off
    /// (<see cref="VideoSource"/> rotates itself).
    /// </summary>
    public static VideoCapture OpenCapture(string path)
    {
        FfmpegLogging.QuietOnce();
        InputFile.RequireRegular(path, "video"); // before OpenCV sees it: a FIFO or device would block or never end
        var (kind, detail) = Sniff(path);
        if (kind == SniffKind.StillImage) throw new GaitCheckException(ExitCode.BadVideo, $"{path} is a still image ({detail}), not a video");
        if (kind == SniffKind.Empty) throw new GaitCheckException(ExitCode.BadVideo, $"{path} is not a video: {detail}");
        // One decoding thread: decoding already runs on its own thread beside inference, and on 2 cores a second
        // FFmpeg thread only competes with it (1080p: 60.8 fps with 2 threads against 63.6 with 1, 25 Nov 2026).
        // (Run-to-run timestamp differences once blamed on frame threading were PoseExtractor reading a frame slot's
        // index and time after handing the slot back to the decoder thread: frame k reported as k + 3, the pool size.)
        var cap = new VideoCapture(path, VideoCaptureAPIs.FFMPEG,
            [(int)VideoCaptureProperties.HwAcceleration, (int)VideoAccelerationType.None, CapPropNThreads, 1]);
        if (!cap.IsOpened())
        {
            cap.Dispose();
            string why = kind switch
            {
                SniffKind.AudioOnly => $"has no video stream (audio only; {detail})",
                SniffKind.ZeroVideoFrames => detail,
                _ => "cannot be decoded (corrupt, incomplete or not a video)",
            };
            throw new GaitCheckException(ExitCode.BadVideo, $"{path} {why}");
        }
        cap.Set(VideoCaptureProperties.OrientationAuto, 0);
        return cap;
    }

    public static VideoInfo ReadInfo(string path, VideoCapture cap)
    {
        var (rotation, ignoredRotation) = VideoCodecs.NormaliseRotation(cap.Get(VideoCaptureProperties.OrientationMeta));
        int w = (int)cap.Get(VideoCaptureProperties.FrameWidth), h = (int)cap.Get(VideoCaptureProperties.FrameHeight);
        if (rotation is 90 or 270) (w, h) = (h, w);
        double fps = cap.Get(VideoCaptureProperties.Fps);
        double count = cap.Get(VideoCaptureProperties.FrameCount);
        int frameCount = double.IsFinite(count) && count > 0 && count < int.MaxValue ? (int)Math.Round(count) : 0;
        string codec = VideoCodecs.Name(cap.Get(VideoCaptureProperties.FourCC));
        if (codec is "mjpeg" or "png" && frameCount <= 1)
            throw new GaitCheckException(ExitCode.BadVideo, $"{path} is a still image ({codec}), not a video");
        if (w <= 0 || h <= 0) throw new GaitCheckException(ExitCode.BadVideo, $"{path} has no video stream");
        return new VideoInfo
        {
            Path = path,
            Width = w,
            Height = h,
            Fps = double.IsFinite(fps) && fps > 0 ? fps : 0,
            FrameCount = frameCount,
            DurationSeconds = fps > 0 && frameCount > 0 ? frameCount / fps : 0,
            Rotation = rotation,
            IgnoredRotation = ignoredRotation,
            Codec = codec,
            CaptureFps = CaptureRateReader.Read(path),
        };
    }

    private static (SniffKind, string) Sniff(string path)
    {
        try { return ContainerSniffer.Sniff(path); }
        catch (IOException) { return (SniffKind.Unknown, ""); }
    }
}
