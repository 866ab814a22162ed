using GaitCheck.Core.Markers;

namespace GaitCheck.Markers;

/// <summary>
/// Tracks the stickers forwards as the frames come (<see cref="Forward"/>), keeps each frame's blobs, and on
/// <see cref="Finish"/> tracks them again backwards in time, then joins the two. A marker is often found only where
/// the pose is good (a foot on the ground) and lost where it is not (from behind, BlazePose puts a swinging heel over a
/// quarter of a leg length low): going forwards it is carried by its own motion out of stance into the swing, going
/// backwards into the swing before. Both passes follow the same rules (<see cref="MarkerTracker"/>), and the join is
/// as strict: where the two give a marker different blobs it is a gap, and so is a marker whose blob either pass gave
/// to another marker. A marker that one pass left a gap because its reading was ambiguous or contested stays a gap.
/// </summary>
public sealed class TwoWayTracker
{
    private readonly MarkerProtocol _protocol;
    private readonly int _frames;
    private readonly (double X, double Y)[]?[] _anchors;
    private readonly IReadOnlyList<Blob>?[] _blobs;
    private readonly double[] _leg;

    public TwoWayTracker(MarkerProtocol protocol, int frames)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _protocol = protocol;
        _frames = frames;
        Forward = new MarkerTracker(protocol, frames);
        _anchors = new (double X, double Y)[]?[frames];
        _blobs = new IReadOnlyList<Blob>?[frames];
        _leg = Enumerable.Repeat(double.NaN, frames).ToArray();
        X = Forward.X; Y = Forward.Y; D = Forward.D; Loss = Forward.Loss;
    }

    /// <summary>The forward pass, as far as it has come.</summary>
    public MarkerTracker Forward { get; }

    /// <summary>The tracks: the forward pass's until <see cref="Finish"/>, the joined ones after.</summary>
    public float[][] X { get; private set; }
    public float[][] Y { get; private set; }
    public float[][] D { get; private set; }
    public MarkerLoss[][] Loss { get; private set; }

    /// <summary>Tracks frame <paramref name="f"/> forwards and keeps its blobs for the backward pass (see <see cref="MarkerTracker.Step"/>).</summary>
    public void Step(int f, (double X, double Y)[] anchors, double leg, IReadOnlyList<Blob> blobs)
    {
        Forward.Step(f, anchors, leg, blobs);
        _anchors[f] = anchors;
        _blobs[f] = blobs;
        _leg[f] = leg;
    }

    /// <summary>Runs the backward pass over the frames stepped so far and joins it with the forward one.</summary>
    public void Finish()
    {
        int n = _frames, k = _protocol.Markers.Count;
        var back = new MarkerTracker(_protocol, n);
        for (int f = n - 1; f >= 0; f--)
            if (_anchors[f] is { } a) back.Step(n - 1 - f, a, _leg[f], _blobs[f]!);
        var x = MarkerTracks.Gaps(k, n);
        var y = MarkerTracks.Gaps(k, n);
        var d = MarkerTracks.Gaps(k, n);
        var loss = Forward.Loss.Select(l => (MarkerLoss[])l.Clone()).ToArray();
        for (int f = 0; f < n; f++)
        {
            int r = n - 1 - f;
            for (int m = 0; m < k; m++)
            {
                bool fw = float.IsFinite(Forward.X[m][f]), bw = _anchors[f] is not null && float.IsFinite(back.X[m][r]);
                if (fw && bw && (Forward.X[m][f] != back.X[m][r] || Forward.Y[m][f] != back.Y[m][r])) { loss[m][f] = MarkerLoss.Conflict; continue; }
                if (fw && (bw || Joinable(back.Loss[m][r]))) { x[m][f] = Forward.X[m][f]; y[m][f] = Forward.Y[m][f]; d[m][f] = Forward.D[m][f]; }
                else if (bw && Joinable(Forward.Loss[m][f])) { x[m][f] = back.X[m][r]; y[m][f] = back.Y[m][r]; d[m][f] = back.D[m][r]; loss[m][f] = MarkerLoss.None; }
                else if (fw) loss[m][f] = back.Loss[m][r];
            }
            for (int m = 0; m < k; m++)   // a blob either pass read as another marker's is neither's
            {
                float bx = x[m][f], by = y[m][f];
                if (float.IsFinite(bx) && (ReadAsOther(Forward, f, m, bx, by) || ReadAsOther(back, r, m, bx, by)))
                    for (int o = 0; o < k; o++)
                        if (x[o][f] == bx && y[o][f] == by) { x[o][f] = y[o][f] = d[o][f] = float.NaN; loss[o][f] = MarkerLoss.Conflict; }
            }
        }
        X = x; Y = y; D = d; Loss = loss;
    }

    /// <summary>Whether <paramref name="pass"/> gave the blob at (<paramref name="x"/>, <paramref name="y"/>) to a marker other than <paramref name="m"/> in its frame <paramref name="f"/>.</summary>
    private static bool ReadAsOther(MarkerTracker pass, int f, int m, float x, float y)
    {
        for (int o = 0; o < pass.X.Length; o++)
            if (o != m && pass.X[o][f] == x && pass.Y[o][f] == y) return true;
        return false;
    }

    /// <summary>A gap the other pass may fill: no blob was found for it there, or it waited for its chain; not a doubt.</summary>
    private static bool Joinable(MarkerLoss other) => other is MarkerLoss.NoBlob or MarkerLoss.Alone;
}
