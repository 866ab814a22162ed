using System.Runtime.InteropServices;
using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>
/// Keeps FFmpeg's and OpenCV's own console chatter ("moov atom not found", "can't be used to capture by name")
/// off stderr, so a bad input reaches the user as GaitCheck's single error line. FFmpeg's level is read by
/// OpenCV once, from the native environment variable OPENCV_FFMPEG_LOGLEVEL, when the backend first loads;
/// .NET's Environment.SetEnvironmentVariable does not reach the native environment on Linux, hence setenv.
/// A value the user already exported wins (overwrite = 0), so `OPENCV_FFMPEG_LOGLEVEL=32` brings the logs back.
/// </summary>
internal static partial class FfmpegLogging
{
    private static int _done;

    public static void QuietOnce()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            // Only a logging preference: if libc cannot be bound, decoding works the same, just noisier.
            try { _ = SetEnv("OPENCV_FFMPEG_LOGLEVEL", "-8", 0); } // AV_LOG_QUIET
            catch (DllNotFoundException) { }
            catch (EntryPointNotFoundException) { }
        }
        // Silent, not ERROR: OpenCV logs its own failures at ERROR (a writer that cannot open, a decoder giving up), and
        // each of them reaches the user as GaitCheck's one error line instead.
        if (Environment.GetEnvironmentVariable("OPENCV_LOG_LEVEL") is null) Cv2.SetLogLevel(LogLevel.SILENT);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
