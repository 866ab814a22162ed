using GaitCheck.Core;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>The one-line warnings a run prints about a video it could analyse but had to treat with care.</summary>
public static class VideoWarnings
{
    public static IReadOnlyList<string> For(string path, VideoInfo v, double lastFrameTime)
    {
        ArgumentNullException.ThrowIfNull(v);
        var w = new List<string>();
        if (v.Truncated)
            w.Add($"{path} is damaged or truncated; processed up to its last decodable frame (t = {Inv.F(lastFrameTime, 3)} s)");
        if (v.TimestampsRepaired)
            w.Add($"{path} has frame times that are zero or not increasing; they were rebuilt from the frame index at its declared {Inv.F(v.Fps, 3)} fps");
        if (v.IgnoredRotation != 0)
            w.Add($"{path} has a rotation tag of {Inv.I(v.IgnoredRotation)}° clockwise, not a multiple of 90°; it was not applied, so the frames were analysed as stored");
        return w;
    }
}
