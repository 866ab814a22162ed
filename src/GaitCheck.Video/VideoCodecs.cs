using OpenCvSharp;

namespace GaitCheck.Video;

/// <summary>Names for the FourCC codes OpenCV's FFmpeg backend reports (codec tag or FFmpeg codec id).</summary>
internal static class VideoCodecs
{
    public static string FourCcString(double fourcc)
    {
        int v = (int)fourcc;
        if (v <= 0) return "";
        Span<char> c = stackalloc char[4];
        for (int i = 0; i < 4; i++)
        {
            char ch = (char)((v >> (8 * i)) & 0xFF);
            c[i] = char.IsAsciiLetterOrDigit(ch) ? ch : ' ';
        }
        return new string(c).Trim();
    }

    /// <summary>Friendly codec name: h264, hevc, vp9, vp8, av1, mjpeg, mpeg4; otherwise the lower-cased FourCC.</summary>
    public static string Name(double fourcc)
    {
        string s = FourCcString(fourcc).ToLowerInvariant();
        return s switch
        {
            "avc1" or "avc3" or "h264" or "x264" => "h264",
            "hvc1" or "hev1" or "hevc" or "h265" => "hevc",
            "vp90" or "vp09" => "vp9",
            "vp80" or "vp08" => "vp8",
            "av01" => "av1",
            "mjpg" => "mjpeg",
            "mp4v" or "fmp4" or "xvid" or "divx" => "mpeg4",
            _ => s,
        };
    }

    /// <summary>OpenCV rotation flag for a clockwise rotation in degrees (0 = none).</summary>
    public static RotateFlags? Flag(int clockwiseDegrees) => clockwiseDegrees switch
    {
        90 => RotateFlags.Rotate90Clockwise,
        180 => RotateFlags.Rotate180,
        270 => RotateFlags.Rotate90Counterclockwise,
        _ => null,
    };

    /// <summary>
    /// The container's rotation tag in [0, 360): <c>Applied</c> is it when it is a multiple of 90° (the only rotations a
    /// phone writes and the only ones that keep every pixel), else 0; <c>Ignored</c> is a tag that is not (e.g. 45°),
    /// which is reported rather than guessed at.
    /// </summary>
    public static (int Applied, int Ignored) NormaliseRotation(double meta)
    {
        if (!double.IsFinite(meta)) return (0, 0);
        int r = ((int)Math.Round(meta % 360) % 360 + 360) % 360;
        return r % 90 == 0 ? (r, 0) : (0, r);
    }
}
