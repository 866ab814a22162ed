using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>Read-back checks of videos GaitCheck wrote itself.</summary>
public static class VideoCheck
{
    /// <summary>
    /// Opens <paramref name="path"/> and decodes it to the end; returns the number of frames that decoded (0 when it
    /// does not open, e.g. no index after a full disk). Used to verify an output before it is renamed into place.
    /// </summary>
    public static int CountDecodableFrames(string path)
    {
        FfmpegLogging.QuietOnce();
        using var cap = new VideoCapture(path, VideoCaptureAPIs.FFMPEG);
        if (!cap.IsOpened()) return 0;
        int n = 0;
        while (cap.Grab()) n++;
        return n;
    }
}
