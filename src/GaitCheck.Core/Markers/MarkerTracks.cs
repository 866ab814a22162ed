namespace GaitCheck.Core.Markers;

/// <summary>How well one marker was tracked over a clip.</summary>
/// <param name="Id">The protocol's marker id.</param>
/// <param name="TrackedFraction">Frames with a position / frames analysed.</param>
/// <param name="MeanDiameterPx">Mean blob diameter (equivalent circle) in pixels over the tracked frames; NaN when never tracked.</param>
public sealed record MarkerTrackStats(string Id, double TrackedFraction, double MeanDiameterPx);

/// <summary>
/// The stickers' image positions over a clip, one entry per analysed pose frame (same order and count as the
/// <see cref="PoseSequence"/> they were tracked with). A marker not found in a frame is NaN there: a gap, never a guess.
/// Pixels of the upright frame, x right, y down, sub-pixel centroids.
/// </summary>
public sealed class MarkerTracks
{
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<int, int> _entryOfFrame;

    public MarkerTracks(MarkerProtocol protocol, string colour, IReadOnlyList<int> frameIndices, float[][] x, float[][] y, float[][] diameter)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(frameIndices);
        Protocol = protocol; Colour = colour; FrameIndices = frameIndices; X = x; Y = y; Diameter = diameter;
        _index = protocol.Markers.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        if (x.Length != protocol.Markers.Count || y.Length != x.Length || diameter.Length != x.Length)
            throw new ArgumentException("one track per protocol marker is needed");
        if (x.Any(a => a.Length != frameIndices.Count) || y.Any(a => a.Length != frameIndices.Count) || diameter.Any(a => a.Length != frameIndices.Count))
            throw new ArgumentException("every track needs one entry per frame");
        _entryOfFrame = new Dictionary<int, int>(frameIndices.Count);
        for (int i = 0; i < frameIndices.Count; i++) _entryOfFrame[frameIndices[i]] = i;
    }

    /// <summary>One array of <paramref name="frames"/> gaps (NaN) per marker: the start of a set of tracks, filled where a marker is found.</summary>
    public static float[][] Gaps(int markers, int frames)
    {
        var a = new float[markers][];
        for (int i = 0; i < markers; i++) { a[i] = new float[frames]; Array.Fill(a[i], float.NaN); }
        return a;
    }

    public MarkerProtocol Protocol { get; }
    /// <summary>The sticker colour tracked ("green", "orange", "pink", "blue").</summary>
    public string Colour { get; }
    /// <summary>Decoded video frame index of each entry.</summary>
    public IReadOnlyList<int> FrameIndices { get; }
    public float[][] X { get; }
    public float[][] Y { get; }
    /// <summary>Blob diameter (equivalent circle) in pixels; NaN in a gap.</summary>
    public float[][] Diameter { get; }
    public int FrameCount => FrameIndices.Count;

    /// <summary>Position of marker <paramref name="id"/> in decoded video frame <paramref name="videoFrame"/>; NaN when a gap, a frame not tracked, or an id not in the protocol.</summary>
    public (double X, double Y) At(string id, int videoFrame) =>
        Find(id, videoFrame) is var (m, f) && m >= 0 ? (X[m][f], Y[m][f]) : (double.NaN, double.NaN);

    /// <summary>Blob diameter of marker <paramref name="id"/> in decoded video frame <paramref name="videoFrame"/>; NaN as for <see cref="At"/>.</summary>
    public double DiameterAt(string id, int videoFrame) => Find(id, videoFrame) is var (m, f) && m >= 0 ? Diameter[m][f] : double.NaN;

    /// <summary>The marker's index and the frame's entry; (−1, −1) when either is unknown.</summary>
    private (int Marker, int Entry) Find(string id, int videoFrame) =>
        _entryOfFrame.TryGetValue(videoFrame, out int f) && _index.TryGetValue(id, out int m) ? (m, f) : (-1, -1);

    /// <summary>Tracked fraction and mean blob size of each marker, in protocol order.</summary>
    public IReadOnlyList<MarkerTrackStats> Stats() => Protocol.Markers.Select((spec, m) =>
    {
        int n = 0; double d = 0;
        for (int f = 0; f < FrameCount; f++)
            if (float.IsFinite(X[m][f])) { n++; d += Diameter[m][f]; }
        return new MarkerTrackStats(spec.Id, FrameCount > 0 ? (double)n / FrameCount : 0, n > 0 ? d / n : double.NaN);
    }).ToList();
}
