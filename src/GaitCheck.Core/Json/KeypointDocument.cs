using System.Text.Json.Serialization;

namespace GaitCheck.Core.Json;

/// <summary>keypoints.json ("gaitcheck-keypoints/1") as written; see <see cref="KeypointFile"/>. Frames are converted as they are serialised.</summary>
public sealed record KeypointDocument(
    string Format,
    IReadOnlyList<string> Landmarks,
    KeypointVideo Video,
    string Model,
    string Filter,
    IReadOnlyDictionary<string, string> Notes,
    IEnumerable<KeypointFrame> Frames)
{
    public static KeypointDocument From(PoseSequence seq)
    {
        ArgumentNullException.ThrowIfNull(seq);
        return new(KeypointFile.Format, Skeleton.Names, KeypointVideo.From(seq.Video), seq.Model, seq.Filter,
            new SortedDictionary<string, string>(seq.Notes.ToDictionary(), StringComparer.Ordinal),
            seq.Frames.Select(KeypointFrame.From));   // lazy: one frame's arrays at a time, not the whole clip's
    }
}

/// <summary>The video block; the repair fields are written only when set, so files of clips without these repairs keep their bytes.</summary>
public sealed record KeypointVideo(
    string Path,
    int Width,
    int Height,
    [property: JsonConverter(typeof(Round6Converter))] double Fps,
    int FrameCount,
    [property: JsonConverter(typeof(Round6Converter))] double DurationSeconds,
    int Rotation,
    string Codec,
    bool Truncated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? TimestampsRepaired,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? IgnoredRotation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(NullableRound6Converter))] double? CaptureFps)
{
    public static KeypointVideo From(VideoInfo v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Path, v.Width, v.Height, v.Fps, v.FrameCount, v.DurationSeconds, v.Rotation, v.Codec, v.Truncated,
            v.TimestampsRepaired ? true : null, v.IgnoredRotation != 0 ? v.IgnoredRotation : null, v.CaptureFps);
    }
}

/// <summary>One frame: per-landmark arrays (null for a gap), then the unfiltered and world landmarks when present.</summary>
public sealed record KeypointFrame(
    int I,
    [property: JsonConverter(typeof(Round6Converter))] double T,
    string Status,
    [property: JsonConverter(typeof(FloatRound4Converter))] float Score,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] X,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Y,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Vis,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Pres,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] KeypointArrays? Raw,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WorldArrays? World)
{
    public static KeypointFrame From(PoseFrame f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var p = KeypointArrays.From(f.Points);
        return new(f.Index, f.Time, f.Status.ToString().ToLowerInvariant(), f.PoseScore, p.X, p.Y, p.Vis, p.Pres,
            f.Raw is { } raw ? KeypointArrays.From(raw) : null, f.World is { } world ? WorldArrays.From(world) : null);
    }
}

public sealed record KeypointArrays(
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] X,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Y,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Vis,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Pres)
{
    public static KeypointArrays From(Keypoint[] pts) =>
        new(pts.Select(p => p.X).ToArray(), pts.Select(p => p.Y).ToArray(), pts.Select(p => p.Visibility).ToArray(), pts.Select(p => p.Presence).ToArray());
}

public sealed record WorldArrays(
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] X,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Y,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Z)
{
    public static WorldArrays From(WorldPoint[] pts) =>
        new(pts.Select(p => p.X).ToArray(), pts.Select(p => p.Y).ToArray(), pts.Select(p => p.Z).ToArray());
}
