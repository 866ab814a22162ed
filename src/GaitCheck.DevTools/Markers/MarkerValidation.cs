using System.Diagnostics;
using System.Text;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Markers;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Core.Markers;
using GaitCheck.DevTools.Validation;
using GaitCheck.Markers;
using GaitCheck.Pose.Extraction;
using GaitCheck.Reporting.Csv;
using GaitCheck.Synth;
using GaitCheck.Synth.Markers;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;

namespace GaitCheck.DevTools.Markers;

/// <summary>One protocol angle at one true event: the marker truth and the value from the tracked markers at that frame.</summary>
public sealed record MarkerAngleCheck(string Clip, string View, string Movement, string Metric, Side Side, int Frame, double Truth, double Measured);

/// <summary>
/// One clip's tracking: frames where markers are visible and where they were tracked, misplaced positions (farther
/// than max(3 px, the sticker's diameter) from the true centre), identity swaps (a misplaced position that lies at
/// another marker's true centre), markers found in a clip without stickers, detection time per frame, and the visible
/// marker-frames lost for each reason (<see cref="MarkerLoss"/>).
/// </summary>
public sealed record MarkerClipCheck(string Clip, string Colour, bool HasMarkers, string? Found, int VisibleMarkerFrames, int TrackedVisible,
    int Misplaced, int Swaps, int FalseMarkers, double DetectMsPerFrame, string? Failure, IReadOnlyDictionary<MarkerLoss, int>? Lost = null,
    IReadOnlyList<MarkerFrameCheck>? Failures = null)
{
    public double TrackingRate => VisibleMarkerFrames > 0 ? (double)TrackedVisible / VisibleMarkerFrames : double.NaN;
}

/// <summary>
/// One marker-frame the tracking got wrong: visible but lost (<paramref name="Outcome"/> is the loss reason), or tracked
/// away from its true centre ("misplaced", or "swap:ID" when at marker ID's true centre); NaN for no tracked position. A
/// tracking failure can so be traced to its marker and frame (markers-validation-GRID-failures.csv).
/// </summary>
public sealed record MarkerFrameCheck(string Clip, string Marker, int Frame, double TrueX, double TrueY, double X, double Y, string Outcome);

/// <summary>
/// The marker validation (scripts/validate.sh's marker rows): renders <see cref="MarkerGrid"/>, runs pose extraction
/// and the marker pass ("--markers auto") on each clip, and compares the tracks and protocol angles with the marker
/// truth (<see cref="MarkerTruth"/>). Clips and pose keypoints are reused when the scenario is unchanged.
/// </summary>
public static class MarkerValidation
{
    /// <param name="outDir">Folder for the clips and tables.</param>
    /// <param name="grid">"tuning", "test" (the held-out grid and the composited real clips) or "real" (the composited real clips alone).</param>
    /// <param name="quick">Three clips of the grid.</param>
    /// <param name="log">Progress lines.</param>
    /// <param name="ct">Cancels between clips.</param>
    public static (List<MarkerClipCheck> Clips, List<MarkerAngleCheck> Angles) Run(string outDir, string grid, bool quick, Action<string>? log, CancellationToken ct)
    {
        bool test = grid == "test";
        string dir = Path.Combine(outDir, "clips-markers-" + grid);
        Directory.CreateDirectory(dir);
        var clips = new List<MarkerClipCheck>();
        var angles = new List<MarkerAngleCheck>();
        IReadOnlyList<Scenario> scenarios = grid == "real" ? [] : MarkerGrid.Build(test, quick);
        int i = 0;
        foreach (var sc in scenarios)
        {
            ct.ThrowIfCancellationRequested();
            log?.Invoke($"[{++i}/{scenarios.Count}] {sc.Name}");
            string video = Path.Combine(dir, sc.Name + ".mp4");
            bool reuse = ValidationRunner.Reusable(sc, dir);
            var truth = reuse ? SynthRunner.TruthOnly(sc, video) : SynthRunner.Run(sc, dir, ct: ct).Truth;
            string kp = Path.Combine(dir, sc.Name + ".pose.keypoints.json");
            PoseSequence seq;
            if (reuse && File.Exists(kp)) seq = KeypointFile.Load(kp);
            else KeypointFile.Save(seq = PoseExtractor.Run(video, new PoseExtractionOptions { Overlay = false }, cancel: ct).Sequence, kp);
            var structure = StructureAnalyzer.Analyze(seq, new StructureOptions());
            var protocol = MarkerScene.Protocol(sc) ?? MarkerProtocols.ForView(EnumNames.Camel(truth.View))!;
            var pass = MarkerPass.Run(video, null, null, structure.Sequence, protocol, "auto", ct);
            var mt = MarkerTruth.Build(sc, SynthRunner.MotionFor(sc), Synth.SceneRenderer.CameraFor(sc), truth);
            clips.Add(Check(sc, mt, pass));
            if (mt is not null && pass.Tracks is { } tracks)
            {
                var measured = new MarkerAngles(tracks, truth.View);
                foreach (var v in mt.Values)
                    angles.Add(new MarkerAngleCheck(sc.Name, truth.View.ToString(), sc.Movement.ToString(), v.Metric, v.Side!.Value, v.Frame, v.Value,
                        measured.At(v.Metric, v.Frame, v.Side.Value)));
            }
        }
        foreach (var (rel, protocolId, colour) in grid is "test" or "real" ? RealClips : grid == "tuning" && !quick ? RealTuningClips : [])
        {
            string src = Path.Combine(MediaRoot, rel);
            if (!File.Exists(src)) { log?.Invoke($"  {rel}: not found under {MediaRoot}, composite skipped"); continue; }
            ct.ThrowIfCancellationRequested();
            log?.Invoke($"[real] {rel} with {colour} stickers ({protocolId} protocol)");
            clips.Add(Composite(src, Path.Combine(dir, "real-" + Path.GetFileNameWithoutExtension(rel) + "-" + colour + ".mp4"), protocolId, colour, ct));
        }
        return (clips, angles);
    }

    /// <summary>The shared real clips stickers are composited onto: a frontal squat, a near-frontal and a posterior single-leg stance.</summary>
    public static IReadOnlyList<(string Path, string Protocol, string Colour)> RealClips { get; } =
    [
        ("squat-frontal/squat_frontal.mp4", "frontal", "green"),
        ("single-leg-stance-4view/cam02.mp4", "frontal", "pink"),
        ("single-leg-stance-4view/cam03.mp4", "posterior", "orange"),
    ];

    /// <summary>
    /// The shared real clips the tracker was adjusted on (tuning grid only, never scored in the test figures): the other
    /// two views of the single-leg stance (anterior-left oblique, twice: blue, and green on black shorts; posterior-right,
    /// twice: orange, and green on a background with green), the small lunging subject in 4K, and the small jumping one
    /// (at the top of the jump the pose pinches the hips through each other).
    /// </summary>
    public static IReadOnlyList<(string Path, string Protocol, string Colour)> RealTuningClips { get; } =
    [
        ("single-leg-stance-4view/cam01.mp4", "frontal", "blue"),
        ("single-leg-stance-4view/cam01.mp4", "frontal", "green"),
        ("single-leg-stance-4view/cam04.mp4", "posterior", "orange"),
        ("single-leg-stance-4view/cam04.mp4", "posterior", "green"),
        ("fitness-4k-smpl/LLT_1_smpl.mp4", "frontal", "orange"),
        ("fitness-4k-smpl/CMJ_1_smpl.mp4", "frontal", "green"),
    ];

    /// <summary>../shared/media beside the working directory's repository (the tests and scripts run from the repository root).</summary>
    public static string MediaRoot { get; set; } = Path.GetFullPath(Path.Combine("..", "shared", "media"));

    /// <summary>Composites a protocol's stickers onto a real clip (<see cref="MarkerComposite"/>) and checks the marker pass against the drawn centres.</summary>
    public static MarkerClipCheck Composite(string source, string outPath, string protocolId, string colour, CancellationToken ct, int maxFrames = int.MaxValue)
    {
        var seq = PoseExtractor.Run(source, new PoseExtractionOptions { Overlay = false }, cancel: ct).Sequence;
        var repaired = StructureAnalyzer.Analyze(seq, new StructureOptions()).Sequence;
        var protocol = MarkerProtocols.All.Single(p => p.Id == protocolId);
        var drawn = MarkerComposite.Make(source, outPath, repaired, protocol, colour, maxFrames: maxFrames);
        var copy = MarkerComposite.Reindexed(repaired, drawn.FrameCount);
        var pass = MarkerPass.Run(outPath, null, null, copy, protocol, "auto", ct);
        var visible = drawn.X.Select(a => a.Select(float.IsFinite).ToArray()).ToArray();
        return Score(Path.GetFileName(outPath), colour, drawn, visible, pass);
    }

    private static MarkerClipCheck Check(Scenario sc, MarkerTruth? mt, MarkerPassResult pass)
    {
        string colour = sc.Markers?.Colour ?? "none";
        if (mt is null)
        {
            int found = pass.Tracks is { } t ? t.Stats().Count(s => s.TrackedFraction > 0) : 0;
            return new MarkerClipCheck(sc.Name, colour, false, pass.Tracks?.Colour, 0, 0, 0, 0, found, pass.MillisecondsPerFrame, null);
        }
        return Score(sc.Name, colour, mt.Tracks, mt.Visible, pass);
    }

    /// <summary>Tracking against the true tracks: visible and tracked marker-frames, misplaced positions, swaps.</summary>
    public static MarkerClipCheck Score(string clip, string colour, MarkerTracks truth, bool[][] visibleMask, MarkerPassResult pass)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(visibleMask);
        ArgumentNullException.ThrowIfNull(pass);
        int k = truth.Protocol.Markers.Count;
        int visible = visibleMask.Sum(v => v.Count(b => b));
        if (pass.Tracks is not { } tracks)
            return new MarkerClipCheck(clip, colour, true, null, visible, 0, 0, 0, 0, pass.MillisecondsPerFrame, pass.Reason);
        int tracked = 0, misplaced = 0, swaps = 0;
        var lost = new SortedDictionary<MarkerLoss, int>();
        var failures = new List<MarkerFrameCheck>();
        for (int m = 0; m < k; m++)
            for (int f = 0; f < truth.FrameCount; f++)
            {
                float x = tracks.X[m][f], y = tracks.Y[m][f];
                MarkerFrameCheck Failure(string outcome) => new(clip, truth.Protocol.Markers[m].Id, f, truth.X[m][f], truth.Y[m][f], x, y, outcome);
                if (!float.IsFinite(x))
                {
                    if (visibleMask[m][f] && pass.Loss is { } why)
                    {
                        lost[why[m][f]] = lost.GetValueOrDefault(why[m][f]) + 1;
                        failures.Add(Failure(EnumNames.Camel(why[m][f])));
                    }
                    continue;
                }
                if (visibleMask[m][f]) tracked++;
                double tol = Math.Max(3, truth.Diameter[m][f]);
                if (Dist(x, y, truth.X[m][f], truth.Y[m][f]) <= tol) continue;
                misplaced++;
                int other = Enumerable.Range(0, k).FirstOrDefault(o => o != m && Dist(x, y, truth.X[o][f], truth.Y[o][f]) <= tol, -1);
                if (other >= 0) swaps++;
                failures.Add(Failure(other >= 0 ? "swap:" + truth.Protocol.Markers[other].Id : "misplaced"));
            }
        return new MarkerClipCheck(clip, colour, true, tracks.Colour, visible, tracked, misplaced, swaps, 0, pass.MillisecondsPerFrame, null, lost, failures);
    }

    private static double Dist(double ax, double ay, double bx, double by) => Math.Sqrt((ax - bx) * (ax - bx) + (ay - by) * (ay - by));

    /// <summary>Markdown tables: per protocol angle and view (n, MAE, bias, gain, worst), and per clip (tracking, misplaced, swaps, false markers, ms/frame).</summary>
    public static string Markdown(IReadOnlyList<MarkerClipCheck> clips, IReadOnlyList<MarkerAngleCheck> angles, string grid)
    {
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(angles);
        var sb = new StringBuilder();
        sb.AppendLine($"## Skin markers: protocol angles against the marker truth (marker {grid} grid)").AppendLine();
        sb.AppendLine("Gain is the slope of measured on true values; it means little where the true values hardly vary (running, 2-3 values per clip).").AppendLine();
        sb.AppendLine("| Metric | View | Movement | n | missing | MAE (°) | bias (°) | gain | worst (°) | clip of worst |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var g in angles.GroupBy(a => (a.Metric, a.View, a.Movement)).OrderBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.View, StringComparer.Ordinal).ThenBy(g => g.Key.Movement, StringComparer.Ordinal))
        {
            var ok = g.Where(a => double.IsFinite(a.Measured)).ToList();
            double mae = ok.Count > 0 ? ok.Average(a => Math.Abs(a.Measured - a.Truth)) : double.NaN, bias = ok.Count > 0 ? ok.Average(a => a.Measured - a.Truth) : double.NaN;
            var (gain, _, _) = ValidationStats.Fit(ok.Select(a => a.Truth).ToList(), ok.Select(a => a.Measured).ToList());
            var worst = ok.OrderByDescending(a => Math.Abs(a.Measured - a.Truth)).FirstOrDefault();
            sb.AppendLine($"| {g.Key.Metric} | {g.Key.View} | {g.Key.Movement} | {Inv.I(g.Count())} | {Inv.I(g.Count() - ok.Count)} | {F(mae, 2)} | {F(bias, 2)} | {F(gain, 3)} | {(worst is null ? "–" : F(worst.Measured - worst.Truth, 2))} | {worst?.Clip ?? "–"} |");
        }
        sb.AppendLine().AppendLine("| Clip | Colour | Found | Tracked / visible | Rate | Misplaced | Swaps | Markers in a clip without | Detect ms/frame | Visible but lost, by reason | Failure |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var c in clips)
            sb.AppendLine($"| {c.Clip} | {c.Colour} | {c.Found ?? "none"} | {Inv.I(c.TrackedVisible)} / {Inv.I(c.VisibleMarkerFrames)} | {(c.HasMarkers ? F(100 * c.TrackingRate, 2) + "%" : "–")} | {Inv.I(c.Misplaced)} | {Inv.I(c.Swaps)} | {Inv.I(c.FalseMarkers)} | {F(c.DetectMsPerFrame, 2)} | {Lost(c.Lost)} | {c.Failure ?? ""} |");
        var with = clips.Where(c => c.HasMarkers).ToList();
        int vis = with.Sum(c => c.VisibleMarkerFrames), tr = with.Sum(c => c.TrackedVisible);
        sb.AppendLine().AppendLine($"Overall: tracked on {F(vis > 0 ? 100.0 * tr / vis : double.NaN, 2)}% of visible marker-frames; {Inv.I(with.Sum(c => c.Swaps))} identity swaps; "
            + $"{Inv.I(with.Sum(c => c.Misplaced))} misplaced positions; {Inv.I(clips.Sum(c => c.FalseMarkers))} markers found in clips without stickers; "
            + $"detection {F(clips.Count > 0 ? clips.Max(c => c.DetectMsPerFrame) : double.NaN, 2)} ms/frame at most (all four colours tracked at once, 1080p).");
        return sb.ToString();
    }

    private static string F(double v, int d) => double.IsFinite(v) ? Inv.F(v, d) : "–";

    /// <summary>"noBlob 12, alone 3": visible marker-frames lost per reason (no blob covers both a sticker not detected and one outside every gate).</summary>
    private static string Lost(IReadOnlyDictionary<MarkerLoss, int>? lost) =>
        lost is null || lost.Count == 0 ? "" : string.Join(", ", lost.Select(kv => EnumNames.Camel(kv.Key) + " " + Inv.I(kv.Value)));

    /// <summary>markers-validation-GRID-failures.csv: one row per marker-frame the tracking got wrong (<see cref="MarkerFrameCheck"/>).</summary>
    public static string FailuresCsv(IReadOnlyList<MarkerClipCheck> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        return CsvWriter.Table(["clip", "marker", "frame", "true_x", "true_y", "x", "y", "outcome"],
            clips.SelectMany(c => c.Failures ?? []).Select(r => (IReadOnlyList<string>)[r.Clip, r.Marker, Inv.I(r.Frame), F(r.TrueX, 2), F(r.TrueY, 2), F(r.X, 2), F(r.Y, 2), r.Outcome]));
    }

    /// <summary>markers-validation.csv: one row per angle check.</summary>
    public static string Csv(IReadOnlyList<MarkerAngleCheck> angles)
    {
        ArgumentNullException.ThrowIfNull(angles);
        var sb = new StringBuilder("clip,view,movement,metric,side,frame,truth,measured\n");
        foreach (var a in angles)
            sb.Append(a.Clip).Append(',').Append(a.View).Append(',').Append(a.Movement).Append(',').Append(a.Metric).Append(',').Append(EnumNames.Lower(a.Side))
              .Append(',').Append(Inv.I(a.Frame)).Append(',').Append(Inv.F(a.Truth, 3)).Append(',').Append(F(a.Measured, 3)).Append('\n');
        return sb.ToString();
    }
}
