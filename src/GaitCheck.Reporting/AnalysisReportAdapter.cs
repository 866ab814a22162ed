using GaitCheck.Analysis;
using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Core.Text;
using GaitCheck.Reporting.Text;
using A = GaitCheck.Analysis.Results;

namespace GaitCheck.Reporting;

/// <summary>
/// The one place Reporting reads the analysis result: maps <see cref="AnalysisResult"/>, with its per-frame series,
/// to a <see cref="ReportDocument"/>.
/// Reference bands come from each metric's threshold: its study groups' mean ± SD where the paper reports them (FPPA: Herrington 2014).
/// </summary>
public static class AnalysisReportAdapter
{
    public static ReportDocument Build(AnalysisResult r, string fileName)
    {
        ArgumentNullException.ThrowIfNull(r);
        bool squat = r.Movement.Kind == MovementKind.SingleLegSquat;
        var reported = r.Metrics.Where(m => m.Reported && m.Sides.Count > 0).ToList();
        return new ReportDocument
        {
            Clip = Clip(r, fileName),
            Metrics = reported.Select(m => Metric(m, r.Findings, r.Movement.Kind)).ToList(),
            Findings = r.Findings.SelectMany(Findings).ToList(),
            DriverSummaries = r.Drivers.Select(d => new DriverSummary(DriverKey(d.Driver), PascalWords.Split(d.Status.ToString()), FindingWords.DriverStatement(d, r), PascalWords.Split(d.Evidence.ToString()))).ToList(),
            NotAssessed = r.NotAssessed.Select(n => new Reporting.NotAssessedItem(n.Factor + " (" + n.Why + ")", n.ClinicianCheck)).ToList(),
            NotReported = r.Metrics.Where(m => !m.Reported && !m.Withheld)
                .Select(m => new NotReportedMetric(m.Name, $"not valid in a {PascalWords.Split(r.View.View.ToString())} view", m.NotReportedReason ?? "")).ToList(),
            Withheld = r.Metrics.Where(m => m.Withheld)
                .Select(m => new WithheldMetric(m.Name, EventFor(m.Event, r.Movement.Kind), m.Validation?.Reason ?? "", ValidationText.Figures(m.Validation?.Test, UnitText.After(m.Unit)))).ToList(),
            Tables = Tables(r),
            Charts = Charts(r, squat),
            Notes = r.Notes.ToList(),
            MarkerTracking = MarkerRows(r),
            PlacementGuide = r.MarkerTracking.Count > 0 || r.Notes.Any(n => n.StartsWith("Skin markers", StringComparison.Ordinal)),
            Generator = ToolInfo.Name + " (" + AnalysisResult.FormatName + ")",
        };
    }

    /// <summary>Key frames the report would like: each rep's bottom (decoded video frame → caption).</summary>
    public static IReadOnlyDictionary<int, KeyFrameRequest> KeyFrameRequests(AnalysisResult r, int max = 6)
    {
        ArgumentNullException.ThrowIfNull(r);
        var d = new SortedDictionary<int, KeyFrameRequest>();
        var worstReps = r.Reps.GroupBy(x => x.StanceSide).Select(g => g.MaxBy(x => Severity(x.Values))!).ToHashSet();
        foreach (var rep in r.Reps.Take(max).Concat(worstReps))
            d.TryAdd(rep.BottomVideoFrame, new KeyFrameRequest($"rep {Inv.I(rep.Number)} bottom ({EnumNames.Lower(rep.StanceSide)} stance, t = {Inv.F(rep.BottomTime, 2)} s)"
                + (worstReps.Contains(rep) && r.Reps.Count(x => x.StanceSide == rep.StanceSide) > 1 ? ", the side's worst rep" : "") + Values(rep.Values),
                Marks(rep.StanceSide, rep.Values)));
        if (r.Reps.Count == 0)
            foreach (var s in r.Strides.GroupBy(x => x.Side).Select(g => g.MaxBy(x => Severity(x.Values))!))
                d.TryAdd(s.MidstanceVideoFrame, new KeyFrameRequest($"{EnumNames.Lower(s.Side)} midstance, stride {Inv.I(s.Number)} (the side's worst)" + Values(s.Values),
                    Marks(s.Side, s.Values)));
        return d;
    }

    /// <summary>How bad a rep or stride is for the key frame's choice: its FPPA, else its pelvic drop (the drawn measures).</summary>
    private static double Severity(IReadOnlyDictionary<string, double> v) =>
        v.TryGetValue(MetricCatalog.Fppa, out double f) && double.IsFinite(f) ? f
        : v.TryGetValue(MetricCatalog.PelvicDrop, out double p) && double.IsFinite(p) ? p : double.MinValue;

    private static IReadOnlyList<MeasureMark> Marks(Side side, IReadOnlyDictionary<string, double> v)
    {
        var marks = new List<MeasureMark>();
        if (v.TryGetValue(MetricCatalog.Fppa, out double f) && double.IsFinite(f)) marks.Add(new MeasureMark(MeasureKind.Fppa, side, f));
        if (v.TryGetValue(MetricCatalog.PelvicDrop, out double p) && double.IsFinite(p)) marks.Add(new MeasureMark(MeasureKind.PelvicDrop, side, p));
        return marks;
    }

    private static string Values(IReadOnlyDictionary<string, double> v) =>
        (v.TryGetValue(MetricCatalog.Fppa, out double f) && double.IsFinite(f) ? $", FPPA {Inv.F(f, 1)}°" : "")
        + (v.TryGetValue(MetricCatalog.PelvicDrop, out double p) && double.IsFinite(p) ? $", pelvic drop {Inv.F(p, 1)}°" : "");

    private static ClipFacts Clip(AnalysisResult r, string fileName)
    {
        var q = r.Quality;
        return new ClipFacts
        {
            FileName = fileName, View = PascalWords.Split(r.View.View.ToString()) + (r.View.Forced ? " (set by --view)" : ""), ViewConfidence = r.View.Confidence,
            ViewReason = r.View.Reason,
            Movement = (r.Movement.Kind == MovementKind.Other ? "NotRecognised" : r.Movement.Kind.ToString()) + (r.Movement.Forced ? " (set by --movement)" : ""),
            MovementNote = MovementNote(r.Movement) ?? (r.Movement.Kind == MovementKind.SingleLegSquat && r.Reps.Select(x => x.StanceSide).Distinct().Count() == 2
                ? "both legs: a left-stance and a right-stance set, compared side by side" : null),
            MovementConfidence = r.Movement.Confidence, StanceSide = r.Movement.StanceSide,
            Frames = q.Frames, DurationSeconds = r.Source.DurationSeconds, Fps = r.Source.Fps, Width = r.Source.Width, Height = r.Source.Height,
            TrackedFraction = q.Frames > 0 ? (double)(q.Frames - q.LostFrames) / q.Frames : 0,
            Gaps = q.LandmarkGaps, Model = r.Source.Model, Filter = r.Source.Filter, Truncated = q.Truncated,
            Reps = r.Reps.Count, Strides = r.Strides.Count,
            CadenceStepsPerMinute = r.Metric(MetricCatalog.Cadence)?.Sides.FirstOrDefault(s => s.N > 0)?.Mean,
        };
    }

    private static string? MovementNote(MovementInfo m) =>
        m.NotRecognisedReason is { } why ? $"{why}; pass --movement to force one"
        : m.CameraMoving is { } cam ? $"the camera moved ({cam}): no findings"
        : null;

    /// <summary>The part of a metric's event text that applies to this movement ("squat bottom; running/walking midstance" → "squat bottom").</summary>
    private static string EventFor(string ev, MovementKind movement)
    {
        string key = movement == MovementKind.SingleLegSquat ? "squat" : movement == MovementKind.Running ? "running" : movement == MovementKind.Walking ? "walking" : "";
        var parts = ev.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return key.Length > 0 && parts.Length > 1 ? parts.FirstOrDefault(p => p.Contains(key, StringComparison.OrdinalIgnoreCase)) ?? ev : ev;
    }

    private static MetricSummary Metric(A.MetricSummary m, IReadOnlyList<Finding> findings, MovementKind movement)
    {
        var parts = new List<string>();
        if (m.Asymmetry is { } a) parts.Add(a.Statement);
        foreach (var f in findings.Where(f => f.MetricId == m.Id))
            parts.Add($"{(EnumNames.Lower(f.Side) ?? "clip")}: {PascalWords.Split(f.Level.ToString())}" + (f.Level == FindingLevel.Typical ? "" : f.BeyondNoise ? " beyond noise" : " within noise"));
        if (m.Experimental) parts.Add("experimental proxy");
        if (m.Markers is { } used) parts.Add($"measured from skin markers (protocol {used.Protocol})");
        return new MetricSummary
        {
            Key = m.Id, Name = m.Name, Unit = UnitText.After(m.Unit), Decimals = Decimals(m.Id), Event = EventFor(m.Event, movement), Experimental = m.Experimental,
            Sides = m.Sides.Select(s => new SideStats(s.Side, s.N, s.Mean, s.Sd, s.Worst)).ToList(),
            Asymmetry = m.Asymmetry?.LeftMinusRight, NoiseBand = double.IsFinite(m.NoiseBand) ? m.NoiseBand : null,
            Threshold = m.Threshold is { } t ? $"typical ≤ {Inv.F(t.TypicalUpTo, 1)}{UnitText.After(m.Unit)}, elevated ≥ {Inv.F(t.ElevatedFrom, 1)}{UnitText.After(m.Unit)}" : "",
            ThresholdSource = m.Threshold is { } ts ? $"{ts.Description} ({ts.Citation})" : "",
            ThresholdValue = m.Threshold?.TypicalUpTo,
            ValidationNote = ValidationText.Note(m, UnitText.After(m.Unit), s => EnumNames.Lower(s) ?? "clip"),
            Reading = parts.Count > 0 ? string.Join("; ", parts) : "",
            Source = m.Markers is { } k ? $"skin markers (protocol {k.Protocol}, {k.Colour})" : "",
            Markerless = m.Markers is { } mk ? Markerless(mk, UnitText.After(m.Unit)) : "",
        };
    }

    private static string Markerless(MarkerMeasurement k, string unit) =>
        k.MarkerlessWithheld ? $"{k.MarkerlessName}: withheld without markers in this view"
        : k.MarkerlessSides.Count == 0 ? $"{k.MarkerlessName}: no value"
        : $"{k.MarkerlessName}: " + string.Join(", ", k.MarkerlessSides.Select(s => $"{EnumNames.Lower(s.Side) ?? "clip"} {Inv.F(s.Mean, 1)}{unit}"));

    private static List<MarkerTrackingRow> MarkerRows(AnalysisResult r)
    {
        var protocol = r.Metrics.Select(m => m.Markers?.Protocol).FirstOrDefault(p => p is not null);
        var specs = Core.Markers.MarkerProtocols.All.FirstOrDefault(p => p.Id == protocol);
        return r.MarkerTracking.Select(s => new MarkerTrackingRow(s.Id, specs?.Markers.FirstOrDefault(m => m.Id == s.Id)?.Placement ?? "",
            s.TrackedFraction, s.MeanDiameterPx)).ToList();
    }

    private static IEnumerable<ReportFinding> Findings(Finding f) => f.Drivers.Select(d => new ReportFinding
    {
        Driver = DriverKey(d),
        Title = f.MetricName,
        Side = f.Side,
        Statement = FindingWords.Statement(f),
        EvidenceStrength = PascalWords.Split(f.Evidence.ToString()),
        EvidenceNote = f.Citation,
        Flagged = f.Level != FindingLevel.Typical,
        Status = f.Level switch
        {
            FindingLevel.Typical => "typical",
            FindingLevel.Borderline => "borderline",
            _ => f.BeyondNoise ? "elevated" : "elevated, within noise",
        },
        MetricKeys = [f.MetricId],
    });

    private static List<DataTable> Tables(AnalysisResult r)
    {
        var tables = new List<DataTable>();
        if (r.Reps.Count > 0)
        {
            var ids = MetricIds(r.Reps.SelectMany(x => x.Values.Keys));
            var cols = new List<string> { "rep", "stance", "start_s", "bottom_s", "end_s", "bottom_video_frame" };
            cols.AddRange(ids.Select(ColumnName));
            tables.Add(new DataTable("reps", "Per-rep values (at squat bottom)", cols, r.Reps.Select(x =>
            {
                var row = new List<string> { Inv.I(x.Number), EnumNames.Lower(x.StanceSide), Inv.F(x.StartTime, 3), Inv.F(x.BottomTime, 3), Inv.F(x.EndTime, 3), Inv.I(x.BottomVideoFrame) };
                row.AddRange(ids.Select(id => x.Values.TryGetValue(id, out double v) ? Num.F(v, MetricCatalog.Get(id).Decimals) : ""));
                return (IReadOnlyList<string>)row;
            }).ToList())
            {
                Headers = [.. cols.Select(TableHeaders.Of)],
                Caption = "One row per repetition: its times, the video frame of its lowest point (the key frames' source) and each metric's value there.",
            });
        }
        if (r.Strides.Count > 0)
        {
            var ids = MetricIds(r.Strides.SelectMany(x => x.Values.Keys));
            var cols = new List<string> { "side", "stride", "contact_frame", "midstance_frame", "toe_off_frame", "next_contact_frame", "stride_time_s" };
            cols.AddRange(ids.Select(ColumnName));
            tables.Add(new DataTable("strides", "Per-stride values", cols, r.Strides.Select(x =>
            {
                var row = new List<string> { EnumNames.Lower(x.Side), Inv.I(x.Number), Inv.I(x.ContactFrame), Inv.I(x.MidstanceFrame), Inv.I(x.ToeOffFrame), Inv.I(x.NextContactFrame), Inv.F(x.StrideTime, 3) };
                row.AddRange(ids.Select(id => x.Values.TryGetValue(id, out double v) ? Num.F(v, MetricCatalog.Get(id).Decimals) : ""));
                return (IReadOnlyList<string>)row;
            }).ToList())
            {
                Headers = [.. cols.Select(TableHeaders.Of)],
                Caption = "One row per stride and side: the frames of its gait events, its duration and each metric's value at its event.",
            });
        }
        if (r.Events.Count > 0)
        {
            string[] cols = ["time_s", "side", "event", "frame", "video_frame"];
            tables.Add(new DataTable("events", "Gait events", cols,
                r.Events.Select(e => (IReadOnlyList<string>)[Inv.F(e.Time, 3), EnumNames.Lower(e.Side), PascalWords.Split(e.Kind.ToString()), Inv.I(e.Frame), Inv.I(e.VideoFrame)]).ToList())
            {
                Headers = [.. cols.Select(TableHeaders.Of)],
                Caption = "Each foot's initial contact, midstance and toe-off as detected, in time order.",
            });
        }
        return tables;
    }

    private static ChartData Charts(AnalysisResult r, bool squat)
    {
        var perCycle = new List<CycleValue>();
        foreach (var rep in r.Reps)
            foreach (var kv in rep.Values) perCycle.Add(new CycleValue(kv.Key, rep.StanceSide, rep.Number, kv.Value));
        foreach (var s in r.Strides)
            foreach (var kv in s.Values) perCycle.Add(new CycleValue(kv.Key, s.Side, s.Number, kv.Value));
        perCycle = perCycle.OrderBy(v => v.MetricKey, StringComparer.Ordinal).ThenBy(v => v.Side).ThenBy(v => v.Cycle).ToList();

        var bands = new List<ReferenceBand>();
        // A paper's group ranges (mean ± SD) where it reports them, else the elevated-from line.
        foreach (var m in r.Metrics.Where(m => m.Reported && m.Threshold is { Groups.Count: > 0 }))
            foreach (var g in m.Threshold!.Groups)
                bands.Add(new ReferenceBand(m.Id, $"{g.Short} {Inv.F(g.Mean, 1)} ± {Inv.F(g.Sd, 1)}° ({g.Source})", g.Mean - g.Sd, g.Mean + g.Sd,
                    g.Affected ? BandKind.Elevated : BandKind.Typical));
        foreach (var m in r.Metrics.Where(m => m.Reported && m.Threshold is { Groups.Count: 0 }))
            bands.Add(new ReferenceBand(m.Id, $"elevated from {Inv.F(m.Threshold!.ElevatedFrom, 1)} ({m.Threshold.Citation})", m.Threshold.ElevatedFrom, m.Threshold.ElevatedFrom, BandKind.Elevated, PerCycleOnly: !squat));

        var data = new ChartData
        {
            PerCycle = perCycle,
            Bands = bands,
            Reps = r.Reps.Select(x => new RepSpan(x.Number, x.StartTime, x.BottomTime, x.EndTime)).ToList(),
            Events = r.Events.Where(e => e.Kind == GaitEventKind.InitialContact).Select(e => new ChartEvent(e.Time, "contact", e.Side)).ToList(),
        };
        if (r.FrameTimes.Count == 0) return data;
        return data with { Time = [.. r.FrameTimes], Series = FrameSeriesOf(r, squat) };
    }

    /// <summary>The analysis' per-frame series of the metrics reported in this view: the stance side in a single-leg squat, both sides otherwise.</summary>
    private static List<FrameSeries> FrameSeriesOf(AnalysisResult r, bool squat)
    {
        bool Reported(string id) => r.Metric(id) is { Reported: true };
        Side[] sides = squat && r.Movement.StanceSide is { } st ? [st] : [Core.Side.Left, Core.Side.Right];
        var list = new List<FrameSeries>();
        double[] Of(string id, Side s) => r.Series.FirstOrDefault(x => x.MetricId == id && x.Side == s)?.Values ?? [.. r.FrameTimes.Select(_ => double.NaN)];
        if (Reported(MetricCatalog.Fppa))
            foreach (var s in sides) list.Add(new FrameSeries(MetricCatalog.Fppa, "FPPA", s, Of(MetricCatalog.Fppa, s)));
        if (Reported(MetricCatalog.PelvicDrop))
        {
            if (squat) foreach (var s in sides) list.Add(new FrameSeries(MetricCatalog.PelvicDrop, "pelvic drop, " + EnumNames.Lower(s) + " stance", null, Of(MetricCatalog.PelvicDrop, s)));
            else list.Add(new FrameSeries(MetricCatalog.PelvicDrop, "pelvic obliquity (+ = right hip lower)", null, Of(MetricCatalog.PelvicDrop, Core.Side.Left)));
        }
        string flexId = squat ? MetricCatalog.KneeFlexionBottom : MetricCatalog.KneeFlexionContact;
        if (Reported(flexId) || Reported(MetricCatalog.KneeFlexionPeakStance))
            foreach (var s in new[] { Core.Side.Left, Core.Side.Right }) list.Add(new FrameSeries("knee_flexion", "knee flexion", s, Of(flexId, s)));
        return list;
    }

    private static List<string> MetricIds(IEnumerable<string> ids)
    {
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return MetricCatalog.All.Select(m => m.Id).Where(set.Contains).ToList();
    }

    private static string ColumnName(string id)
    {
        string u = MetricCatalog.Get(id).Unit;
        return id + "_" + (u switch { "deg" => "deg", "%LL" => "pct_leg", "ms" => "ms", "steps/min" => "spm", _ => u.Replace('/', '_') });
    }

    internal static string DriverKey(Driver d) => d switch
    {
        Driver.HipDrop => Drivers.HipDrop,
        Driver.FootOverpronation => Drivers.FootOverpronation,
        Driver.KneeCollapse => Drivers.KneeCollapse,
        _ => Drivers.Other,
    };

    private static int Decimals(string id) => MetricCatalog.All.FirstOrDefault(d => d.Id == id)?.Decimals ?? 1;
}
