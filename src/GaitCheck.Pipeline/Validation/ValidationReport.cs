using System.Text;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.Validation;

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

    public static IReadOnlyList<Target> Targets(ValidationRun run)
    {
        var t = new List<Target>();
        foreach (var metric in new[] { MetricCatalog.Fppa, MetricCatalog.PelvicDrop })
        {
            var m = run.Metrics.Where(x => x.Metric == metric && x.View == "Frontal" && x.Movement == "SingleLegSquat").ToList();
            var ok = m.Where(x => double.IsFinite(x.Measured)).ToList();
            double mae = ok.Count > 0 ? ok.Average(x => Math.Abs(x.Error)) : double.NaN;
            bool met = ok.Count == m.Count && m.Count > 0 && mae <= 3;
            t.Add(new Target($"{metric} MAE, frontal single-leg squat", "≤ 3.0°", $"{F(mae)}° ({ok.Count}/{m.Count} reps measured)", met,
                double.IsFinite(mae) ? (mae <= 3 ? $"met by {F(3 - mae)}°" : $"missed by {F(mae - 3)}°") : "not measured"));
        }
        var reps = run.Events.Where(e => e.Kind == "rep bottom").ToList();
        int found = reps.Count(e => e.DetectedFrame != null);
        t.Add(new Target("every rep found", "100%", $"{found}/{reps.Count}", found == reps.Count && reps.Count > 0, found == reps.Count ? "met" : $"missed {reps.Count - found} reps"));
        var runEv = run.Events.Where(e => e.Movement == "Running" && e.Kind is "InitialContact" or "ToeOff").ToList();
        double share = runEv.Count > 0 ? runEv.Count(e => e.Within1) / (double)runEv.Count : double.NaN;
        t.Add(new Target("running events within ±1 frame", "≥ 90%", $"{F(100 * share)}% of {runEv.Count}", share >= 0.9,
            double.IsFinite(share) ? (share >= 0.9 ? $"met by {F(100 * (share - 0.9))} points" : $"missed by {F(100 * (0.9 - share))} points") : "not measured"));
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
        sb.AppendLine($"Gain and intercept: least-squares line of measured on true; sign: right sign where |truth| ≥ {Inv.F(ValidationStats.SignThreshold, 0)}; L−R: mean error of left minus right (stance leg in squats).");
        sb.AppendLine();
        sb.AppendLine("| movement | view | metric | n | not measured | MAE | bias | gain | R² | sign right | L−R error | truth SD | worst | worst clip | MAE on exact truth |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var r in ValidationStats.Compute(run.Metrics))
            sb.AppendLine($"| {r.Movement} | {r.View} | {r.Metric} | {r.N} | {r.Missing} | {F(r.Mae)} | {F(r.Bias)} | {F(r.Gain)} | {F(r.R2)} | {r.SignAgree}/{r.SignN} | {F(r.LeftMinusRight)} | {F(r.TruthSd)} | {F(r.Worst)} | {r.WorstClip} | {F(r.MaeOnTruth)} |");
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

    private static string Side(Side? s) => s is null ? "" : s == Core.Side.Left ? "left" : "right";
    private static string F(double v, int d = 2) => double.IsFinite(v) ? Inv.F(v, d) : "-";
}
