using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Core.Markers;

namespace GaitCheck.Analysis.Markers;

/// <summary>
/// The protocol angles of tracked skin markers, frame by frame, with the same cited geometry as the markerless values
/// (<see cref="Geometry2D"/>): FPPA from the thigh, knee and ankle markers; pelvic drop from the two ASIS or PSIS
/// markers; the clinical rearfoot angle from two shank and two heel markers. NaN where a marker is a gap, or where two
/// markers a line is drawn through lie closer than <see cref="MinLinePx"/>, or (rearfoot) where the stickers are too small
/// to centre (<see cref="MinRearfootStickerPx"/>).
/// A protocol measures only in the views it is written for; in any other view it covers no metric.
/// </summary>
public sealed class MarkerAngles
{
    private readonly MarkerTracks _tracks;
    private readonly CameraView _view;

    private readonly bool _exact;

    /// <param name="tracks">The markers' positions.</param>
    /// <param name="view">The clip's view.</param>
    /// <param name="exact">True positions (the synthetic truth): no line or sticker is too small to draw an angle through.</param>
    public MarkerAngles(MarkerTracks tracks, CameraView view, bool exact = false)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        _tracks = tracks;
        _view = view;
        _exact = exact;
        Applies = tracks.Protocol.Views.Contains(EnumNames.Camel(view));
    }

    public MarkerTracks Tracks => _tracks;
    public MarkerProtocol Protocol => _tracks.Protocol;

    /// <summary>True when the protocol was written for the clip's view.</summary>
    public bool Applies { get; }

    /// <summary>The metric ids the markers measure in this clip.</summary>
    public IReadOnlySet<string> Metrics => Applies ? Protocol.Angles.Select(a => a.Metric).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

    public bool Covers(string metric) => Applies && Protocol.AngleFor(metric) is not null;

    /// <summary>The protocol value of <paramref name="metric"/> in decoded video frame <paramref name="frame"/> for <paramref name="side"/>; NaN in a gap.</summary>
    public double At(string metric, int frame, Side side)
    {
        if (!Applies || Protocol.AngleFor(metric) is not { } a) return double.NaN;
        var m = a.MarkersFor(side).Select(id => P(id, frame)).ToArray();
        return a.Kind switch
        {
            "fppa" when Long(m[0], m[1]) && Long(m[1], m[2]) => Geometry2D.Fppa(m[0], m[1], m[2], side, _view),
            "pelvicDrop" when Marker(a, Side.Left, frame) is var l && Marker(a, Side.Right, frame) is var r && Long(l, r) => Geometry2D.PelvicDrop(l, r, side, _view),
            "rearfoot" when Long(m[0], m[1]) && Long(m[2], m[3]) && (_exact || a.MarkersFor(side).Average(id => _tracks.DiameterAt(id, frame)) >= MinRearfootStickerPx)
                => Geometry2D.RearfootAngle(m[0], m[1], m[2], m[3], side, _view),
            _ => double.NaN,
        };
    }

    /// <summary>
    /// Shortest line between two markers an angle is drawn from, in pixels. A sticker's centroid is good to about half a
    /// pixel, which swings a line this short by up to 5°: the heel pair (5 cm apart) of a distant runner, or of a heel
    /// tipped towards the camera at contact, can come closer than that, and is then not measured.
    /// </summary>
    public const double MinLinePx = 8;

    /// <summary>
    /// Smallest mean sticker diameter, in pixels, for the rearfoot angle, whose heel line is only 5 cm long: a blurred
    /// blob under 5 px across has its centre a pixel off, which over a 15 px heel line swings the angle by 5° or more and
    /// can flip its sign (15 mm stickers from 3.4 m at 1080p and 30 fps, tuning grid: errors up to 11°).
    /// </summary>
    public const double MinRearfootStickerPx = 5;

    private bool Long(P2 a, P2 b) => (a - b).Length is var length && (_exact ? length > 0 : length >= MinLinePx);

    /// <summary>The marker of a two-marker pelvis line on the given side (the protocol lists left, then right).</summary>
    private P2 Marker(ProtocolAngle a, Side side, int frame) =>
        P(a.MarkersFor(side).First(id => Protocol.Marker(id).SideValue == side), frame);

    private P2 P(string id, int frame)
    {
        var (x, y) = _tracks.At(id, frame);
        return new P2(x, y);
    }
}
