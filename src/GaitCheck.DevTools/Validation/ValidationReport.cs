using System.Text;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;

namespace GaitCheck.DevTools.Validation;

/// <summary>
/// Turns a <see cref="ValidationRun"/> into tables: per metric and view, MAE, bias (mean signed error) and the
/// worst case of the full pipeline, beside the MAE of the analysis alone on exact truth keypoints; event
/// detection (share within ±1 frame); rep detection; view classification; and the issue's targets with the
/// margin by which each is met or missed. Writes validation.md, validation-summary.csv, validation-metrics.csv,
/// validation-events.csv, validation-clips.csv and validation-landmarks.csv.
/// </summary>
public static class ValidationReport
{
    public sealed record Target(string Name, string Goal, string Achieved, bool Met, string Margin);

    /// <summary>
    /// The markerless-accuracy targets on this run's checks. A metric the status table withholds in a view meets its
    /// target by being withheld (it is never shown): frontal single-leg-squat FPPA (MAE ≤ 3°, gain 0.85-1.15, left/right
    /// error difference ≤ 1°); pelvic drop per view and movement (every sign right where |truth| ≥ 3° and MAE ≤ 2°, or
    /// withheld); posterior FPPA (|bias| ≤ 4°, or withheld); the rearfoot proxy (every sign right, or withheld);
    /// running events within ±1 frame ≥ 75%; every rep found; the view right in every clip.
    /// </summary>
    public static IReadOnlyList<Target> Targets(ValidationRun run, MetricValidationTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        table ??= MetricValidationTable.Current;
        var t = new List<Target>();
        var stats = ValidationStats.Compute(run.Metrics).ToList();
        MetricStats? S(string metric, string view, params string[] movements)
        {
            var checks = run.Metrics.Where(m => m.Metric == metric && m.View == view && movements.Contains(m.Movement)).ToList();
            return checks.Count == 0 ? null : ValidationStats.Of(metric, view, string.Join("+", movements), checks);
        }
        bool Withheld(string metric, CameraView view, MovementKind mv) => table.Find(metric, view, mv)?.Status == ValidationStatus.Withheld;

        var fppa = S(MetricCatalog.Fppa, "Frontal", "SingleLegSquat");
        if (fppa is not null)
        {
            bool met = fppa.Missing == 0 && fppa.Mae <= 3 && fppa.Gain is >= 0.85 and <= 1.15 && Math.Abs(fppa.LeftMinusRight) <= 1;
            t.Add(new Target("FPPA, frontal single-leg squat", "MAE ≤ 3°, gain 0.85-1.15, L−R error within ±1°",
                $"MAE {F(fppa.Mae)}°, gain {F(fppa.Gain)}, L−R {F(fppa.LeftMinusRight)}° ({fppa.N - fppa.Missing}/{fppa.N} reps)", met, met ? "met" : "missed"));
        }
        foreach (var (view, cv) in new[] { ("Frontal", CameraView.Frontal), ("Posterior", CameraView.Posterior) })
            foreach (var (mvName, mv, movements) in new[] { ("single-leg squat", MovementKind.SingleLegSquat, new[] { "SingleLegSquat" }), ("gait", MovementKind.Running, new[] { "Running", "Walking" }) })
            {
                var drop = S(MetricCatalog.PelvicDrop, view, movements);
                if (drop is null) continue;
                bool withheld = Withheld(MetricCatalog.PelvicDrop, cv, mv);
                bool ok = drop.SignAgree == drop.SignN && drop.Mae <= 2;
                t.Add(new Target($"pelvic drop, {view.ToLowerInvariant()} {mvName}", "signs right where the truth is beyond ±3°, and MAE ≤ 2°, or withheld",
                    $"{(withheld ? "withheld; " : "")}signs {drop.SignAgree}/{drop.SignN}, MAE {F(drop.Mae)}°", withheld || ok, withheld ? "withheld" : ok ? "met" : "missed"));
                if (view != "Posterior") continue;
                var pf = S(MetricCatalog.Fppa, view, movements);
                if (pf is not null)
                {
                    bool w = Withheld(MetricCatalog.Fppa, cv, mv);
                    t.Add(new Target($"FPPA, posterior {mvName}", "bias within ±4°, or withheld", $"{(w ? "withheld; " : "")}bias {F(pf.Bias)}°, MAE {F(pf.Mae)}°",
                        w || Math.Abs(pf.Bias) <= 4, w ? "withheld" : Math.Abs(pf.Bias) <= 4 ? "met" : "missed"));
                }
                var rf = S(MetricCatalog.RearfootEversion, view, movements);
                if (rf is not null)
                {
                    bool w = Withheld(MetricCatalog.RearfootEversion, cv, mv);
                    bool ok2 = rf.SignAgree == rf.SignN;
                    t.Add(new Target($"rearfoot proxy, posterior {mvName}", "every sign right, or withheld", $"{(w ? "withheld; " : "")}signs {rf.SignAgree}/{rf.SignN}",
                        w || ok2, w ? "withheld" : ok2 ? "met" : "missed"));
                }
            }
        var runEv = run.Events.Where(e => e.Movement == "Running" && e.Kind is "InitialContact" or "ToeOff").ToList();
        double share = runEv.Count > 0 ? runEv.Count(e => e.Within1) / (double)runEv.Count : double.NaN;
        t.Add(new Target("running events within ±1 frame", "≥ 75%", $"{F(100 * share)}% of {runEv.Count}", share >= 0.75,
            double.IsFinite(share) ? (share >= 0.75 ? $"met by {F(100 * (share - 0.75))} points" : $"missed by {F(100 * (0.75 - share))} points") : "not measured"));
        var reps = run.Events.Where(e => e.Kind == "rep bottom").ToList();
        int found = reps.Count(e => e.DetectedFrame != null);
        t.Add(new Target("every rep found", "100%", $"{found}/{reps.Count}", found == reps.Count && reps.Count > 0, found == reps.Count ? "met" : $"missed {reps.Count - found} reps"));
        int views = run.Clips.Count(c => c.ViewCorrect);
        t.Add(new Target("view classified correctly", "every clip", $"{views}/{run.Clips.Count}", views == run.Clips.Count,
            views == run.Clips.Count ? "met" : "wrong in: " + string.Join(", ", run.Clips.Where(c => !c.ViewCorrect).Select(c => $"{c.Clip} ({c.DetectedView})"))));
        return t;
    }

    public static string Markdown(ValidationRun run)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# GaitCheck synthetic validation: {run.Grid} grid, {run.Clips.Count} clips, pose {run.Pose.Tag}, landmarks {run.Source}, {(run.Corrections ? "validated corrections applied" : "raw values")}");
        sb.AppendLine();
        sb.AppendLine("## Targets");
        sb.AppendLine();
        sb.AppendLine("| target | goal | achieved | met | margin |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var t in Targets(run)) sb.AppendLine($"| {t.Name} | {t.Goal} | {t.Achieved} | {(t.Met ? "yes" : "NO")} | {t.Margin} |");
        sb.AppendLine();
        sb.AppendLine("## Metrics (error = pipeline − truth, at the true event)");
        sb.AppendLine();
        sb.AppendLine($"Gain and intercept: least-squares line of measured on true; sign: right sign where the truth is beyond ±{Inv.F(ValidationStats.SignThreshold, 0)}; L−R: mean error of left minus right (stance leg in squats).");
        sb.AppendLine();
        sb.AppendLine("| movement | view | metric | status | n | not measured | MAE | bias | gain | R² | sign right | L−R error | truth SD | worst | worst clip | MAE on exact truth |");
        sb.AppendLine("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var r in ValidationStats.Compute(run.Metrics))
            sb.AppendLine($"| {r.Movement} | {r.View} | {r.Metric} | {Status(r)} | {r.N} | {r.Missing} | {F(r.Mae)} | {F(r.Bias)} | {F(r.Gain)} | {F(r.R2)} | {r.SignAgree}/{r.SignN} | {F(r.LeftMinusRight)} | {F(r.TruthSd)} | {F(r.Worst)} | {r.WorstClip} | {F(r.MaeOnTruth)} |");
        sb.AppendLine();
        sb.AppendLine("## Events (detected − true frame)");
        sb.AppendLine();
        sb.AppendLine("| movement | view | event | n | found | within ±1 frame | mean abs error (frames) | within ±1, analysis on exact truth |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var g in run.Events.GroupBy(e => (e.Movement, e.View, e.Kind)).OrderBy(g => g.Key.Movement, StringComparer.Ordinal).ThenBy(g => g.Key.View, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var found = g.Where(e => e.FrameError != null).ToList();
            sb.AppendLine($"| {g.Key.Movement} | {g.Key.View} | {g.Key.Kind} | {g.Count()} | {found.Count} | {F(100.0 * g.Count(e => e.Within1) / g.Count())}% | {F(found.Count > 0 ? found.Average(e => Math.Abs(e.FrameError!.Value)) : double.NaN)} | {F(100.0 * g.Count(e => e.Within1OnTruth) / g.Count())}% |");
        }
        sb.AppendLine();
        sb.AppendLine("## Landmarks (pose − truth, % of leg length; dx + = image right, dy + = lower)");
        sb.AppendLine();
        sb.AppendLine("| view | landmark | frames×sides | mean distance | mean dx | mean dy |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var g in run.Landmarks.GroupBy(l => (l.View, l.Landmark)).OrderBy(g => g.Key.View, StringComparer.Ordinal).ThenBy(g => g.Key.Landmark, StringComparer.Ordinal))
        {
            int n = g.Sum(l => l.N);
            sb.AppendLine($"| {g.Key.View} | {g.Key.Landmark} | {n} | {F(g.Sum(l => l.MeanDistance * l.N) / n)} | {F(g.Sum(l => l.MeanDx * l.N) / n)} | {F(g.Sum(l => l.MeanDy * l.N) / n)} |");
        }
        sb.AppendLine();
        sb.AppendLine("## Clips");
        sb.AppendLine();
        sb.AppendLine("| clip | true view | detected view | movement | detected | reps true/found | frames | render s | pose s | failure |");
        sb.AppendLine("|---|---|---|---|---|---|---:|---:|---:|---|");
        foreach (var c in run.Clips)
            sb.AppendLine($"| {c.Clip} | {c.TrueView} | {c.DetectedView} | {c.TrueMovement} | {c.DetectedMovement} | {c.TrueReps}/{c.RepsFound} | {c.Frames} | {F(c.RenderSeconds)} | {F(c.PoseSeconds)} | {c.Failure ?? ""} |");
        return sb.ToString();
    }

    public static void Write(ValidationRun run, string dir)
    {
        AtomicFile.WriteAllText(Path.Combine(dir, "validation.md"), Markdown(run));
        var s = new StringBuilder("movement,view,metric,n,not_measured,mae,bias,gain,intercept,r2,sign_n,sign_right,left_minus_right,truth_sd,worst,worst_clip,mae_analysis_on_truth\n");
        foreach (var r in ValidationStats.Compute(run.Metrics))
            s.AppendLine($"{r.Movement},{r.View},{r.Metric},{r.N},{r.Missing},{F(r.Mae, 3)},{F(r.Bias, 3)},{F(r.Gain, 3)},{F(r.Intercept, 3)},{F(r.R2, 3)},{r.SignN},{r.SignAgree},{F(r.LeftMinusRight, 3)},{F(r.TruthSd, 3)},{F(r.Worst, 3)},{r.WorstClip},{F(r.MaeOnTruth, 3)}");
        AtomicFile.WriteAllText(Path.Combine(dir, "validation-summary.csv"), s.ToString());
        var m = new StringBuilder("clip,movement,view,metric,side,event,true_frame,truth,measured,error,measured_on_truth,error_on_truth\n");
        foreach (var x in run.Metrics)
            m.AppendLine($"{x.Clip},{x.Movement},{x.View},{x.Metric},{Side(x.Side)},{x.Event},{x.TrueFrame},{F(x.Truth, 3)},{F(x.Measured, 3)},{F(x.Error, 3)},{F(x.MeasuredOnTruth, 3)},{F(x.ErrorOnTruth, 3)}");
        AtomicFile.WriteAllText(Path.Combine(dir, "validation-metrics.csv"), m.ToString());
        var e = new StringBuilder("clip,movement,view,event,side,true_frame,detected_frame,frame_error,within_1,detected_on_truth\n");
        foreach (var x in run.Events)
            e.AppendLine($"{x.Clip},{x.Movement},{x.View},{x.Kind},{Side(x.Side)},{x.TrueFrame},{(x.DetectedFrame is { } d ? Inv.I(d) : "")},{(x.FrameError is { } fe ? Inv.I(fe) : "")},{(x.Within1 ? 1 : 0)},{(x.DetectedOnTruth is { } dt ? Inv.I(dt) : "")}");
        AtomicFile.WriteAllText(Path.Combine(dir, "validation-events.csv"), e.ToString());
        var c = new StringBuilder("clip,true_view,detected_view,true_movement,detected_movement,true_reps,reps_found,frames,render_seconds,pose_seconds,failure\n");
        foreach (var x in run.Clips)
            c.AppendLine($"{x.Clip},{x.TrueView},{x.DetectedView},{x.TrueMovement},{x.DetectedMovement},{x.TrueReps},{x.RepsFound},{x.Frames},{F(x.RenderSeconds, 2)},{F(x.PoseSeconds, 2)},\"{(x.Failure ?? "").Replace("\"", "'", StringComparison.Ordinal)}\"");
        AtomicFile.WriteAllText(Path.Combine(dir, "validation-clips.csv"), c.ToString());
        var l = new StringBuilder("clip,view,landmark,n,mean_distance_pct_ll,mean_dx_pct_ll,mean_dy_pct_ll\n");
        foreach (var x in run.Landmarks) l.AppendLine($"{x.Clip},{x.View},{x.Landmark},{x.N},{F(x.MeanDistance, 3)},{F(x.MeanDx, 3)},{F(x.MeanDy, 3)}");
        AtomicFile.WriteAllText(Path.Combine(dir, "validation-landmarks.csv"), l.ToString());
    }

    /// <summary>The shipped status table's verdict on a row ("withheld" rows are never shown to a user).</summary>
    private static string Status(MetricStats r) =>
        Enum.TryParse<CameraView>(r.View, out var v) && Enum.TryParse<MovementKind>(r.Movement, out var m) && MetricValidationTable.Current.Find(r.Metric, v, m) is { } e
            ? (e.Status == ValidationStatus.Withheld ? "withheld" : e.Status == ValidationStatus.Validated ? (e.Correction is null ? "validated" : "validated, corrected") : "not validated")
            : "-";

    private static string Side(Side? s) => s is null ? "" : s == Core.Side.Left ? "left" : "right";
    private static string F(double v, int d = 2) => double.IsFinite(v) ? Inv.F(v, d) : "-";
}
