using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Markers;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;
using GaitCheck.Core.Json;

namespace GaitCheck.Analysis;

/// <summary>Per-run analysis settings: force the view or the movement instead of detecting them.</summary>
public sealed record AnalysisOptions
{
    public CameraView? ForceView { get; init; }
    public MovementKind? ForceMovement { get; init; }
    /// <summary>The standing leg of a single-leg squat as the user states it (<see cref="ForcedStance"/>); null = detected.</summary>
    public Side? ForceStance { get; init; }
    /// <summary>The capture frame rate of a slow-motion clip (<c>--capture-fps</c>); null = the container's, if any.</summary>
    public double? CaptureFps { get; init; }
    /// <summary>Read every metric from these landmarks instead of each metric's validated source (validation of candidates).</summary>
    public LandmarkSource? ForceSource { get; init; }
    /// <summary>Report the raw measurements, without the corrections the synthetic calibration validated.</summary>
    public bool RawValues { get; init; }
    /// <summary>The validation status table to apply; null = the one shipped with this build (<see cref="MetricValidationTable.Current"/>).</summary>
    public MetricValidationTable? Validation { get; init; }
    /// <summary>The structure analysis's thresholds, weights and fractions; <see cref="AnalysisTuning.Default"/> unless a caller tunes them.</summary>
    public AnalysisTuning Tuning { get; init; } = AnalysisTuning.Default;
    /// <summary>Tracked skin markers: the metrics their protocol defines in this view are measured from them.</summary>
    public Core.Markers.MarkerTracks? Markers { get; init; }
    /// <summary>Notes from the stages before the analysis (e.g. why no markers were taken), added to the result's notes.</summary>
    public IReadOnlyList<string> StageNotes { get; init; } = [];
}

/// <summary>
/// The analysis entry point: <see cref="PoseSequence"/> → <see cref="AnalysisResult"/>. Runs
/// <see cref="StructureAnalyzer"/> (view, side repair, movement, reps or gait events), then the metrics
/// (<see cref="MetricTables"/>, <see cref="MetricSummarizer"/>) and the findings (<see cref="FindingEngine"/>).
/// </summary>
public static class ClipAnalyzer
{
    /// <summary>View confidence below which a note asks the user to check the view.</summary>
    public const double LowViewConfidence = 0.6;

    /// <summary>Squat depth (% of leg length) beyond which the FPPA projection is flagged as exaggerated by thigh foreshortening.</summary>
    public const double DeepSquatPercentLegLength = 35;

    public static AnalysisResult Analyze(PoseSequence seq, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seq);
        options ??= new AnalysisOptions();
        var structure = StructureAnalyzer.Analyze(seq, new StructureOptions { ForceView = options.ForceView, ForceMovement = options.ForceMovement, ForceStance = options.ForceStance, CaptureFps = options.CaptureFps, Tuning = options.Tuning });
        return FromStructure(structure, options);
    }

    /// <summary>Metrics and findings for an already-analysed structure (used by tests and by callers that ran the structure themselves).</summary>
    public static AnalysisResult FromStructure(ClipStructure s, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        options ??= new AnalysisOptions();
        var seq = s.Sequence;
        var view = s.View.View;
        var movement = s.Movement;
        double legLength = PoseAccess.LegLength(seq);
        var quality = CaptureQuality.Measure(seq, s.SwapsRepaired, legLength);
        var policy = new MetricPolicy(options.Validation ?? MetricValidationTable.Current, seq.Model, view, movement, options.ForceSource, options.RawValues);
        var fm = new FrameMetrics(seq, view, legLength, policy.Source);
        bool squat = movement is MovementKind.SingleLegSquat or MovementKind.DoubleLegSquat, gait = movement is MovementKind.Running or MovementKind.Walking;

        var reps = squat ? MetricTables.Reps(s, fm, movement, policy) : [];
        var strides = gait ? MetricTables.Strides(s, fm, movement, policy) : [];
        var metrics = MetricSummarizer.Summarize(movement, view, reps, strides, s.CadenceStepsPerMinute, quality.FrameIntervalSeconds, policy);
        var markers = options.Markers is { } tracks ? new MarkerAngles(tracks, view) : null;
        if (markers is { Applies: true })
        {
            // The protocol's metrics come from the markers; the pose model's values stay beside them.
            var covered = markers.Metrics;
            var markerPolicy = policy.ExemptingMarkers(covered);
            var mfm = new FrameMetrics(seq, view, legLength, policy.Source, markers);
            reps = squat ? MarkerSummaries.Join(MetricTables.Reps(s, mfm, movement, markerPolicy), reps, covered) : [];
            strides = gait ? MarkerSummaries.Join(MetricTables.Strides(s, mfm, movement, markerPolicy), strides, covered) : [];
            metrics = MarkerSummaries.Annotate(
                MetricSummarizer.Summarize(movement, view, reps, strides, s.CadenceStepsPerMinute, quality.FrameIntervalSeconds, markerPolicy),
                metrics, markers, movement);
            fm = mfm;
        }
        // A marker value is judged only against a threshold measured with the same protocol.
        var judged = metrics.Where(m => m.Markers is not { ThresholdsApply: false }).ToList();
        var findings = s.CameraMoving is null ? FindingEngine.Evaluate(movement, judged) : [];
        var drivers = s.CameraMoving is null ? FindingEngine.Drivers(movement, judged, findings)
            : FindingEngine.NoneAssessed(DriverReason.CameraMoved, movement);

        var events = s.Events.OrderBy(e => e.Frame).ThenBy(e => e.Side).ThenBy(e => e.Kind)
            .Select(e => new EventRow(e.Side, e.Kind, e.Frame, e.Frame >= 0 && e.Frame < seq.Frames.Count ? seq.Frames[e.Frame].Index : e.Frame, e.Time))
            .ToList();

        return new AnalysisResult
        {
            Source = new SourceInfo
            {
                VideoPath = seq.Video.Path, Width = seq.Video.Width, Height = seq.Video.Height, Fps = seq.Video.Fps,
                DurationSeconds = seq.Video.DurationSeconds > 0 ? seq.Video.DurationSeconds
                    : seq.Frames.Count > 0 ? seq.Frames[^1].Time - seq.Frames[0].Time : 0,
                Model = seq.Model, Filter = seq.Filter,
            },
            Quality = quality,
            View = new ViewInfo(view, s.View.Confidence, s.View.Reason, options.ForceView is not null),
            Movement = new MovementInfo(movement, s.MovementConfidence, s.StanceSide, options.ForceMovement is not null)
            {
                NotRecognisedReason = s.NotRecognisedReason, SlowMotionSuspected = s.SlowMotionSuspected, CameraMoving = s.CameraMoving,
            },
            Events = events,
            Reps = reps,
            Strides = strides,
            Metrics = metrics,
            Findings = findings,
            Drivers = drivers,
            NotAssessed = NotAssessedByVideo.All,
            Notes = [.. Notes(s, metrics, quality, options, policy), .. markers is null ? [] : MarkerSummaries.Notes(markers, view, movement, metrics), .. options.StageNotes],
            MarkerTracking = markers?.Tracks.Stats() ?? [],
            FrameTimes = [.. seq.Frames.Select(f => f.Time)],
            Series = ChartSeries.Build(seq, fm, metrics),
        };
    }

    private static List<string> Notes(ClipStructure s, List<MetricSummary> metrics, CaptureQuality q, AnalysisOptions options, MetricPolicy policy)
    {
        var notes = new List<string>();
        if (s.Movement == MovementKind.Other)
            notes.Add($"Movement not recognised: {s.NotRecognisedReason ?? "no squat, running or walking found"}. No metrics or findings. If you know the movement, pass --movement (single-leg-squat, double-leg-squat, running or walking) to force it.");
        if (s.CameraMoving is { } cam)
            notes.Add($"The camera moved while filming ({cam}): angles measured against the frame and event timing are not trusted, so no findings are given. Film with the phone fixed on a tripod.");
        notes.AddRange(FindingEngine.TooFewNotes(s.Movement, metrics));
        if (s.View.View is CameraView.Oblique or CameraView.Unknown)
            notes.Add("The camera view is oblique or unclear: frontal-plane metrics need the camera square to the front or back of the subject, sagittal metrics need it square to the side.");
        else if (options.ForceView is null && s.View.Confidence < LowViewConfidence)
            notes.Add($"View confidence is low ({Inv.F(s.View.Confidence, 2)}): check that the clip is {EnumNames.Camel(s.View.View)} or pass --view.");
        foreach (var m in metrics.Where(m => !m.Reported && !m.Withheld))
            notes.Add($"{m.Name} not reported in this view: {m.NotReportedReason}.");
        foreach (var m in metrics.Where(m => m.Withheld))
            notes.Add($"{m.Name}: not measurable reliably without markers in this view (withheld by the synthetic validation: {m.Validation?.Reason}).");
        if (policy.TableApplies && !policy.CorrectionsApply && metrics.Any(m => m.Validation?.Correction != null && m.Reported) && !options.RawValues && options.ForceSource is null)
            notes.Add($"These landmarks come from a pose setting the synthetic calibration did not cover ({s.Sequence.Model}; calibrated: {policy.Pipeline}): values are shown raw, without the validated corrections.");
        foreach (var m in metrics.Where(m => m.Reported && m.Sides.Count == 0 && m.Id != MetricCatalog.Cadence))
            notes.Add($"{m.Name}: no measurable value (landmarks missing at the events, or no reps/strides found).");
        if (s.Movement == MovementKind.SingleLegSquat)
        {
            if (!s.RepsAveragable)
                notes.Add($"Only {s.Reps.Count} rep(s) found: at least {s.Tuning.Squat.MinRepsToAverage} reps per leg are recommended before values are averaged.");
            if (s.Reps.Select(r => r.StanceSide).Distinct().Count() < 2)
                notes.Add("Only one stance leg was filmed: film the other leg too so the sides can be compared.");
            if (metrics.Any(m => m.Id == MetricCatalog.KneeAnkleSeparationRatio && m.Reported))
                notes.Add("The knee-to-ankle separation ratio was defined for two-legged landing; in a single-leg squat it is descriptive only.");
        }
        if (s.Movement == MovementKind.DoubleLegSquat)
        {
            notes.Add("Double-leg squat: one row per rep and leg. Reference values exist for single-leg squats and running, so these values are descriptive; film a single-leg squat from the front or behind for findings.");
            if (!s.RepsAveragable)
                notes.Add($"Only {s.Reps.Count} rep(s) found: at least {s.Tuning.Squat.MinRepsToAverage} reps are recommended before values are averaged.");
        }
        var depth = metrics.FirstOrDefault(m => m.Id == MetricCatalog.SquatDepth && m.Reported)?.Sides.FirstOrDefault();
        if (depth is not null && depth.Mean > DeepSquatPercentLegLength && metrics.Any(m => m.Id == MetricCatalog.Fppa && m.Reported))
            notes.Add($"Deep squat (mean depth {Inv.F(depth.Mean, 0)}% of leg length): FPPA was validated on squats of moderate depth; with the thigh pointing at the camera its projection is foreshortened and the angle exaggerated, so read it as a direction (knee in or out), not a size.");
        if (s.Movement == MovementKind.Walking)
            notes.Add("Reference values come from running and single-leg-squat studies; walking values are reported descriptively without findings.");
        if (metrics.Any(m => m.Id == MetricCatalog.RearfootEversion && m.Reported && m.Markers is null))
            notes.Add("The rearfoot eversion value is an EXPERIMENTAL proxy (BlazePose has no calcaneal bisection) and carries low evidence weight.");
        if (q.GapFraction > 0.1)
            notes.Add($"{Inv.F(100 * q.GapFraction, 0)}% of body landmarks are gaps: improve lighting, contrast and framing.");
        if (q.Truncated)
            notes.Add("The video was truncated: only the decodable part was analysed.");
        var video = s.Sequence.Video;
        if (video.TimestampsRepaired)
            notes.Add($"The video's frame times were zero or not increasing: they were rebuilt from the frame index at its declared {Inv.F(video.Fps, 3)} fps, so timing values (cadence, contact times) rest on that rate.");
        if (video.IgnoredRotation != 0)
            notes.Add($"The video carries a rotation tag of {Inv.I(video.IgnoredRotation)}° clockwise, which is not a multiple of 90°: it was not applied, so the frames were analysed as stored; check that the person stands upright in the overlay.");
        notes.AddRange(s.Notes);
        return notes;
    }
}
