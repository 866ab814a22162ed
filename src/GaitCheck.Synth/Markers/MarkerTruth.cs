using GaitCheck.Analysis;
using GaitCheck.Analysis.Markers;
using GaitCheck.Core;
using GaitCheck.Core.Markers;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;

namespace GaitCheck.Synth.Markers;

/// <summary>
/// The markers' ground truth of a clip: each sticker centre's true 2D position in every frame (projected with the
/// clip's camera, at the frame's time), whether the camera sees it, and the protocol angles at the truth's events,
/// computed from the true positions with the analysis's own <see cref="MarkerAngles"/>.
/// </summary>
public sealed class MarkerTruth
{
    public required MarkerProtocol Protocol { get; init; }
    public required MarkerSceneSpec Spec { get; init; }
    /// <summary>True positions (every frame, hidden or not): the tracks a perfect tracker would return.</summary>
    public required MarkerTracks Tracks { get; init; }
    /// <summary>[marker][frame]: the sticker's centre faces the camera and no limb hides it.</summary>
    public required bool[][] Visible { get; init; }
    /// <summary>Protocol angle values at the truth's events (metric ids as MetricCatalog's).</summary>
    public required IReadOnlyList<TruthValue> Values { get; init; }

    public static MarkerTruth? Build(Scenario sc, IMotion motion, PinholeCamera cam, GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(sc);
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(cam);
        ArgumentNullException.ThrowIfNull(truth);
        if (MarkerScene.Protocol(sc) is not { } protocol || sc.Markers is not { } spec) return null;
        int n = truth.FrameCount, k = protocol.Markers.Count;
        var x = MarkerTracks.Gaps(k, n); var y = MarkerTracks.Gaps(k, n); var d = MarkerTracks.Gaps(k, n);
        var vis = new bool[k][];
        for (int m = 0; m < k; m++) vis[m] = new bool[n];
        var caps = new List<Capsule>(64);
        for (int f = 0; f < n; f++)
        {
            var j = motion.Pose(f / truth.Fps);
            caps.Clear();
            MannequinBuilder.Build(j, sc.Look, caps);
            var arr = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(caps);
            var centres = MarkerPlacement.Centres(j, protocol, arr);
            for (int m = 0; m < k; m++)
            {
                var uv = cam.Project(centres[m]);
                x[m][f] = uv.X; y[m][f] = uv.Y;
                float depth = cam.ToCamera(centres[m]).Z;
                d[m][f] = depth > 0 ? cam.FocalPx * spec.DiameterMm / 1000f / depth : float.NaN;
                vis[m][f] = MarkerPlacement.Visible(arr, MarkerPlacement.All(arr), cam.Position, centres[m]);
            }
        }
        var tracks = new MarkerTracks(protocol, spec.Colour, truth.Keypoints.Frames.Select(fr => fr.Index).ToList(), x, y, d);
        var angles = new MarkerAngles(tracks, truth.View, exact: true);
        var values = new List<TruthValue>();
        void Add(Side side, string ev, int frame)
        {
            foreach (var a in protocol.Angles)
            {
                double v = angles.At(a.Metric, frame, side);
                if (double.IsFinite(v)) values.Add(new TruthValue(a.Metric, side, ev, frame, v));
            }
        }
        foreach (var r in truth.Reps) Add(r.StanceSide, "bottom", r.BottomFrame);
        foreach (var e in truth.Events.Where(e => e.Kind == TrueEventKind.Midstance)) Add(e.Side, "midstance", e.Frame);
        return new MarkerTruth { Protocol = protocol, Spec = spec, Tracks = tracks, Visible = vis, Values = values };
    }

    /// <summary>Frames in which marker <paramref name="m"/> is visible.</summary>
    public int VisibleFrames(int m) => Visible[m].Count(v => v);
}
