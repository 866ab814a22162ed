using GaitCheck.Core;

namespace GaitCheck.Video;

/// <summary>Facts about a video for reports and `gaitcheck` info output: codec, fps, rotation, upright size, duration.</summary>
public static class VideoProbe
{
    /// <summary>
    /// Opens the file, checks that its first frame decodes, and returns the container's facts (no full decode:
    /// <see cref="VideoInfo.Truncated"/> is only known after reading to the end). Same errors as <see cref="VideoSource.Open"/>.
    /// </summary>
    public static VideoInfo Probe(string path)
    {
        using var src = VideoSource.Open(path);
        return src.Info;
    }

    /// <summary>One line for humans, e.g. "hevc 720x1280 (rotated 90°) 30.000 fps, 360 frames, 12.000 s".</summary>
    public static string Describe(VideoInfo v) =>
        $"{(v.Codec.Length > 0 ? v.Codec : "unknown codec")} {Inv.I(v.Width)}x{Inv.I(v.Height)}" +
        (v.Rotation != 0 ? $" (rotated {Inv.I(v.Rotation)}°)" : "") +
        $" {Inv.F(v.Fps, 3)} fps, {Inv.I(v.FrameCount)} frames, {Inv.F(v.DurationSeconds, 3)} s" +
        (v.Truncated ? ", truncated" : "");
}
