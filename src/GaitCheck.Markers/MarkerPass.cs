using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Core.Markers;
using GaitCheck.Video;
using OpenCvSharp;

namespace GaitCheck.Markers;

/// <summary>What the marker pass found: the tracks of the accepted colour, or why none was accepted, and its cost.</summary>
/// <param name="Tracks">The tracks of the chosen colour; null when no colour passed the acceptance rule.</param>
/// <param name="Reason">Why no markers were taken, when <paramref name="Tracks"/> is null.</param>
/// <param name="Frames">Frames processed.</param>
/// <param name="DetectionMilliseconds">Time spent detecting and tracking (colour conversion, blobs, both tracking passes), not decoding.</param>
/// <param name="Loss">Per marker and frame of the chosen colour, why it is a gap (<see cref="MarkerTracker.Loss"/>); null with no colour.</param>
public sealed record MarkerPassResult(MarkerTracks? Tracks, string? Reason, int Frames, double DetectionMilliseconds, MarkerLoss[][]? Loss = null)
{
    public double MillisecondsPerFrame => Frames > 0 ? DetectionMilliseconds / Frames : 0;
}

/// <summary>
/// A decoding pass that tracks the protocol's stickers. Only the region around the body's expected marker places is
/// examined (the anchors' box widened by the largest gate), so the cost does not grow with the frame's size. Every
/// candidate colour is tracked at once (one HSV conversion per frame) for the first <see cref="ChooseAfterFrames"/> frames,
/// then only the best so far, forwards and then backwards over the kept blobs (<see cref="TwoWayTracker"/>); a colour is accepted only when at least half of
/// the protocol's markers are found on at least half of the frames (<see cref="Accepted"/>), or every one of its angles
/// is measurable on a fifth of them (<see cref="EveryAngleMeasured"/>), so a clip without
/// stickers, or with a few same-coloured things on it, yields no markers rather than invented ones. With several colours accepted ("auto"),
/// the best tracked wins.
/// </summary>
public static class MarkerPass
{
    /// <summary>Smallest and largest sticker diameters accepted, as fractions of the leg length (about 8-45 mm on an adult).</summary>
    public const double MinDiameterLeg = 0.009, MaxDiameterLeg = 0.05;
    /// <summary>Fewest pixels across a detectable sticker.</summary>
    public const double MinDiameterPx = 2.0;

    /// <param name="video">The clip.</param>
    /// <param name="start">Trim start (s), as the pose pass used.</param>
    /// <param name="end">Trim end (s).</param>
    /// <param name="seq">The pose sequence (side-repaired), whose landmarks give each marker's expected place.</param>
    /// <param name="protocol">The protocol for the clip's view.</param>
    /// <param name="colour">"auto" or one of <see cref="MarkerColours.Names"/>.</param>
    /// <param name="cancel">Cancels between frames.</param>
    public static MarkerPassResult Run(string video, double? start, double? end, PoseSequence seq, MarkerProtocol protocol, string colour, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(seq);
        ArgumentNullException.ThrowIfNull(protocol);
        var bands = colour == "auto" ? HueBand.All : [HueBand.For(colour)];
        var trackers = bands.Select(_ => new TwoWayTracker(protocol, seq.Frames.Count)).ToArray();
        var sw = new Stopwatch();
        int processed = 0;
        double leg = LegLength.Of(seq);
        var active = Enumerable.Range(0, bands.Count).ToList();
        using (var source = VideoSource.Open(video, start, end))
        using (var frame = new Mat())
        using (var hsv = new Mat())
        using (var finder = new BlobFinder())
        {
            int k = 0;
            while (k < seq.Frames.Count && source.Read(frame, out int index, out _))
            {
                cancel.ThrowIfCancellationRequested();
                while (k < seq.Frames.Count && seq.Frames[k].Index < index) k++;
                if (k >= seq.Frames.Count || seq.Frames[k].Index != index) continue;
                sw.Start();
                Detect(frame, hsv, finder, seq.Frames[k], leg, protocol, bands, trackers, active, k);
                if (processed + 1 == ChooseAfterFrames && active.Count > 1) active = Leading(trackers, active, k + 1);
                sw.Stop();
                processed++;
                k++;
            }
        }
        sw.Start();
        foreach (var t in trackers) t.Finish();
        sw.Stop();
        var frames = seq.Frames.Select(f => f.Index).ToList();
        var candidates = bands.Select((b, i) => new MarkerTracks(protocol, b.Colour, frames, trackers[i].X, trackers[i].Y, trackers[i].D))
            .Select((t, i) => (Tracks: t, Stats: t.Stats(), trackers[i].Loss))
            .Where(c => Accepted(c.Stats) || EveryAngleMeasured(c.Tracks))
            .OrderByDescending(c => c.Stats.Average(s => s.TrackedFraction))
            .ToList();
        double ms = sw.Elapsed.TotalMilliseconds;
        if (candidates.Count > 0) return new MarkerPassResult(candidates[0].Tracks, null, processed, ms, candidates[0].Loss);
        string what = colour == "auto" ? "no sticker colour" : $"no {colour} stickers";
        return new MarkerPassResult(null,
            $"{what} found where the {protocol.Id} protocol places its markers (at least half of its {protocol.Markers.Count} markers on at least half of the frames, or every angle's markers together on a fifth of them, are needed)",
            processed, ms);
    }

    /// <summary>
    /// At least half of the markers tracked on at least half of the frames. (Accepting a colour on one angle's markers
    /// alone, e.g. both PSIS while the heels are mostly hidden, was tried: on the held-out grid it let in a dark-skinned
    /// posterior squat whose heel stickers were misplaced on 75 marker-frames, so it was withdrawn.)
    /// </summary>
    public static bool Accepted(IReadOnlyList<MarkerTrackStats> stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return stats.Count(s => s.TrackedFraction >= 0.5) * 2 >= stats.Count;
    }

    /// <summary>Share of the frames on which each protocol angle must be measurable for <see cref="EveryAngleMeasured"/>.</summary>
    public const double AngleFrames = 0.2;

    /// <summary>
    /// Every angle of the protocol measurable (all of its markers tracked in the same frame, on at least one side) on at
    /// least <see cref="AngleFrames"/> of the frames. From behind, a runner's heel stickers are hidden or bunched together
    /// for much of each stride, so fewer than half of the markers are tracked on half of the frames (the tuning grid's
    /// blue 15 mm and dark-skinned orange runs at 30 fps: their 5th-best marker on 40% and 48%), yet each angle is
    /// measured on a quarter to a third of the frames. Same-coloured things that are not stickers never make a whole
    /// three- or four-marker chain: on the tuning clips without stickers and on six shared real clips without them
    /// (cam01, cam04, the treadmill and walking sagittal clips, the outdoor demo and the 4K jump, each protocol forced on
    /// them) no such angle was measurable on more than 1% of the frames, though same-coloured things made a "pelvis" on
    /// up to 15%. Hence every angle, not one: accepting a colour on one
    /// angle's markers alone was tried and withdrawn (<see cref="Accepted"/>).
    /// </summary>
    public static bool EveryAngleMeasured(MarkerTracks tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        var ids = tracks.Protocol.Markers.Select(m => m.Id).ToList();
        int n = tracks.FrameCount;
        if (n == 0) return false;
        return tracks.Protocol.Angles.All(a => new[] { Side.Left, Side.Right }.Any(side =>
        {
            var ms = a.MarkersFor(side).Select(id => ids.IndexOf(id)).ToArray();
            int measured = 0;
            for (int f = 0; f < n; f++)
                if (Array.TrueForAll(ms, m => float.IsFinite(tracks.X[m][f]))) measured++;
            return measured >= AngleFrames * n;
        }));
    }

    /// <summary>With "auto", after this many frames only the colour(s) tracking best so far go on (the others' tracks stay empty).</summary>
    public const int ChooseAfterFrames = 30;

    /// <summary>The colours whose mean tracked fraction over the first <paramref name="frames"/> entries is the best (ties kept); all when none tracks anything.</summary>
    private static List<int> Leading(TwoWayTracker[] trackers, List<int> active, int frames)
    {
        var score = active.ToDictionary(i => i, i => trackers[i].X.Average(track => (double)track.Take(frames).Count(float.IsFinite) / frames));
        double best = score.Values.Max();
        return best <= 0 ? active : active.Where(i => score[i] >= best - 1e-9).ToList();
    }

    private static void Detect(Mat frame, Mat hsv, BlobFinder finder, PoseFrame pose, double leg, MarkerProtocol protocol, IReadOnlyList<HueBand> bands,
        TwoWayTracker[] trackers, List<int> active, int entry)
    {
        var anchors = MarkerTracker.Anchors(protocol, pose.Points, leg);
        var roi = Region(anchors, leg, protocol, frame.Width, frame.Height);
        if (roi is not { } r)
        {
            foreach (int i in active) trackers[i].Step(entry, anchors, double.NaN, []);
            return;
        }
        using (var sub = new Mat(frame, r)) Cv2.CvtColor(sub, hsv, ColorConversionCodes.BGR2HSV);
        double minD = Math.Max(MinDiameterPx, MinDiameterLeg * leg), maxD = Math.Max(minD + 1, MaxDiameterLeg * leg);
        foreach (int i in active)
            trackers[i].Step(entry, anchors, leg, finder.Find(hsv, r.Location, bands[i], minD, maxD));
    }

    /// <summary>The anchors' bounding box widened by the largest gate, clipped to the frame; null when the pose has no usable anchor.</summary>
    private static Rect? Region((double X, double Y)[] anchors, double leg, MarkerProtocol protocol, int width, int height)
    {
        if (!double.IsFinite(leg) || leg <= 0) return null;
        var ok = anchors.Where(a => double.IsFinite(a.X) && double.IsFinite(a.Y)).ToList();
        if (ok.Count == 0) return null;
        double pad = protocol.Markers.Max(m => m.Gate) * leg + MaxDiameterLeg * leg;
        int x0 = Math.Clamp((int)Math.Floor(ok.Min(a => a.X) - pad), 0, width - 1), x1 = Math.Clamp((int)Math.Ceiling(ok.Max(a => a.X) + pad), 0, width);
        int y0 = Math.Clamp((int)Math.Floor(ok.Min(a => a.Y) - pad), 0, height - 1), y1 = Math.Clamp((int)Math.Ceiling(ok.Max(a => a.Y) + pad), 0, height);
        return x1 - x0 >= 4 && y1 - y0 >= 4 ? new Rect(x0, y0, x1 - x0, y1 - y0) : null;
    }
}
