using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Validation;
using GaitCheck.Pose;
using GaitCheck.Synth;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck synth --scenario NAME --out DIR`: renders a mannequin clip with exact ground truth.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var scenario = new Option<string?>("--scenario", "-s") { Description = "Named preset (see --list)" };
        var json = new Option<FileInfo?>("--json") { Description = "Scenario JSON file (as written beside each clip: NAME.scenario.json)" };
        var outDir = new Option<DirectoryInfo?>("--out", "-o") { Description = "Output folder for NAME.mp4, NAME.truth.json, NAME.truth.keypoints.json, NAME.scenario.json" };
        var list = new Option<bool>("--list") { Description = "List the named scenarios and exit" };
        var truthOnly = new Option<bool>("--truth-only") { Description = "Write the ground truth files without rendering the video" };
        var noFfmpeg = new Option<bool>("--no-ffmpeg") { Description = "Encode with OpenCV (mp4v) instead of the ffmpeg CLI (H.264)" };
        var name = new Option<string?>("--name") { Description = "Output base name" };
        var movement = new Option<MovementType?>("--movement") { Description = "singleLegSquat, running or walking" };
        var view = new Option<CameraPlacement?>("--view") { Description = "frontal, posterior, leftSagittal, rightSagittal or oblique" };
        var stance = new Option<Side?>("--stance") { Description = "Squat stance side: left or right" };
        var valgus = new Option<float?>("--valgus") { Description = "Dynamic knee valgus (deg) at squat bottom / running midstance" };
        var drop = new Option<float?>("--pelvic-drop") { Description = "Contralateral pelvic drop (deg)" };
        var lean = new Option<float?>("--trunk-lean") { Description = "Squat lateral trunk lean towards the stance side (deg)" };
        var reps = new Option<int?>("--reps") { Description = "Squat repetitions" };
        var depth = new Option<float?>("--depth") { Description = "Squat depth: stance knee flexion at the bottom (deg)" };
        var pause = new Option<double?>("--pause") { Description = "Standing pause between reps (s)" };
        var cadence = new Option<double?>("--cadence") { Description = "Running/walking cadence (steps/min)" };
        var overstride = new Option<float?>("--overstride") { Description = "Extra hip flexion at initial contact (deg)" };
        var eversion = new Option<float?>("--eversion") { Description = "Rearfoot (subtalar) eversion at midstance (deg)" };
        var seconds = new Option<double?>("--seconds") { Description = "Running/walking clip length (s)" };
        var fps = new Option<double?>("--fps") { Description = "Frames per second (24-240)" };
        var width = new Option<int?>("--width") { Description = "Image width (px, even)" };
        var height = new Option<int?>("--height") { Description = "Image height (px, even)" };
        var portrait = new Option<bool>("--portrait") { Description = "Portrait frame (swap width and height if landscape)" };
        var noise = new Option<float?>("--noise") { Description = "Sensor noise sigma in 8-bit levels" };
        var blur = new Option<int?>("--blur") { Description = "Motion blur: sub-frame renders averaged per frame (1 = none)" };
        var background = new Option<BackgroundKind?>("--background") { Description = "plain or textured" };
        var bystander = new Option<bool?>("--bystander") { Description = "Add a second, smaller mannequin as a bystander" };
        var camHeight = new Option<float?>("--camera-height") { Description = "Camera height (m)" };
        var distance = new Option<float?>("--distance") { Description = "Camera distance (m)" };
        var focal = new Option<float?>("--focal") { Description = "35 mm-equivalent focal length (mm)" };
        var seed = new Option<int?>("--seed") { Description = "Noise seed" };

        var cmd = new Command("synth", "Render a synthetic mannequin clip with exact ground truth (joint projections, metrics, events)");
        foreach (var o in new Option[] { scenario, json, outDir, list, truthOnly, noFfmpeg, name, movement, view, stance, valgus, drop, lean, reps, depth,
                     pause, cadence, overstride, eversion, seconds, fps, width, height, portrait, noise, blur, background, bystander, camHeight, distance, focal, seed })
            cmd.Options.Add(o);
        cmd.Subcommands.Add(CreateValidate());
        cmd.Subcommands.Add(CreateCalibrate());
        cmd.SetAction(p =>
        {
            var stdout = p.InvocationConfiguration.Output;
            if (p.GetValue(list))
            {
                foreach (var k in ScenarioPresets.All.Keys) stdout.WriteLine(k);
                return 0;
            }
            var dir = p.GetValue(outDir) ?? throw new GaitCheckException(ExitCode.Usage, "--out DIR is required");
            Scenario baseScenario;
            if (p.GetValue(json) is { } f)
            {
                if (!f.Exists) throw new GaitCheckException(ExitCode.InputNotFound, $"scenario file not found: {f.FullName}");
                try { baseScenario = Scenario.FromJson(File.ReadAllText(f.FullName)); }
                catch (System.Text.Json.JsonException e) { throw new GaitCheckException(ExitCode.Usage, $"{f.Name} is not a valid scenario: {e.Message}", e); }
            }
            else baseScenario = ScenarioPresets.Get(p.GetValue(scenario) ?? "sls-frontal-valgus-left");
            var sc = new ScenarioOverrides
            {
                Name = p.GetValue(name), Movement = p.GetValue(movement), View = p.GetValue(view), Stance = p.GetValue(stance),
                Valgus = p.GetValue(valgus), PelvicDrop = p.GetValue(drop), TrunkLean = p.GetValue(lean), Reps = p.GetValue(reps),
                Depth = p.GetValue(depth), Pause = p.GetValue(pause), Cadence = p.GetValue(cadence), Overstride = p.GetValue(overstride),
                Eversion = p.GetValue(eversion), Seconds = p.GetValue(seconds), Fps = p.GetValue(fps), Width = p.GetValue(width),
                Height = p.GetValue(height), Portrait = p.GetValue(portrait), Noise = p.GetValue(noise), Blur = p.GetValue(blur),
                Background = p.GetValue(background), Bystander = p.GetValue(bystander), CameraHeight = p.GetValue(camHeight),
                Distance = p.GetValue(distance), Focal = p.GetValue(focal), Seed = p.GetValue(seed),
            }.Apply(baseScenario);
            if (p.GetValue(truthOnly))
            {
                var t = SynthRunner.WriteTruthOnly(sc, dir.FullName);
                stdout.WriteLine($"{sc.Name}: ground truth for {t.FrameCount} frames written to {dir.FullName}");
                return 0;
            }
            var r = SynthRunner.Run(sc, dir.FullName, msg => p.InvocationConfiguration.Error.WriteLine(msg), preferFfmpeg: !p.GetValue(noFfmpeg));
            stdout.WriteLine(SynthRunner.Summary(r));
            return 0;
        });
        return cmd;
    }

    /// <summary>`gaitcheck synth validate --out DIR`: the synthetic validation benchmark (scripts/validate.sh).</summary>
    private static Command CreateValidate()
    {
        var outDir = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for clips-GRID/ and the validation tables", Required = true };
        var grid = new Option<string>("--grid") { Description = "test (default: the grid the README reports) or tuning (the grid every choice is made on)", DefaultValueFactory = _ => "test" };
        grid.AcceptOnlyFromAmong("test", "tuning");
        var quick = new Option<bool>("--quick") { Description = "A smaller grid (one clip per kind)" };
        var model = new Option<string>("--model", "-m") { Description = "Landmark model: lite, full or heavy", DefaultValueFactory = _ => "full" };
        model.AcceptOnlyFromAmong("lite", "full", "heavy");
        var noFlip = new Option<bool>("--no-flip") { Description = "Pose without flip averaging" };
        var noRefine = new Option<bool>("--no-refine") { Description = "Pose without heatmap refinement" };
        var source = new Option<string?>("--source") { Description = "Read every metric from image or world landmarks (default: each metric's validated source)" };
        source.AcceptOnlyFromAmong("image", "world");
        var raw = new Option<bool>("--raw") { Description = "Raw values: do not apply the validated corrections" };
        var rerender = new Option<bool>("--rerender") { Description = "Render clips again even if identical ones exist" };
        var cmd = new Command("validate", "Render a grid of scenarios, run the full pipeline on each and tabulate errors against the ground truth");
        foreach (var o in new Option[] { outDir, grid, quick, model, noFlip, noRefine, source, raw, rerender }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            string dir = p.GetValue(outDir)!.FullName;
            var run = ValidationRunner.Run(new ValidationSettings
            {
                OutDir = dir, Grid = Enum.Parse<GridKind>(p.GetValue(grid)!, ignoreCase: true), Quick = p.GetValue(quick),
                Pose = new PoseConfig(Enum.Parse<PoseModelKind>(p.GetValue(model)!, ignoreCase: true), !p.GetValue(noFlip), !p.GetValue(noRefine)),
                Source = p.GetValue(source) is { } src ? Enum.Parse<Analysis.Metrics.LandmarkSource>(src, ignoreCase: true) : null,
                Corrections = !p.GetValue(raw), Rerender = p.GetValue(rerender),
            }, msg => p.InvocationConfiguration.Error.WriteLine(msg));
            string tables = Path.Combine(dir, run.Variant);
            ValidationReport.Write(run, tables);
            p.InvocationConfiguration.Output.WriteLine(ValidationReport.Markdown(run));
            p.InvocationConfiguration.Output.WriteLine($"tables written to {tables}/validation.md and validation-*.csv");
            return 0;
        });
        return cmd;
    }

    /// <summary>`gaitcheck synth calibrate --out DIR`: builds the validation status table from the tuning and test grids.</summary>
    private static Command CreateCalibrate()
    {
        var outDir = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for clips-tuning/, clips-test/, the tables and metric-validation.json", Required = true };
        var model = new Option<string>("--model", "-m") { Description = "Landmark model: lite, full or heavy", DefaultValueFactory = _ => "full" };
        model.AcceptOnlyFromAmong("lite", "full", "heavy");
        var noRefine = new Option<bool>("--no-refine") { Description = "Pose without heatmap refinement" };
        var cmd = new Command("calibrate", "Choose each metric's landmarks and correction on the tuning grid, judge them on the test grid, write metric-validation.json");
        foreach (var o in new Option[] { outDir, model, noRefine }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            string dir = p.GetValue(outDir)!.FullName;
            var pose = new PoseConfig(Enum.Parse<PoseModelKind>(p.GetValue(model)!, ignoreCase: true), true, !p.GetValue(noRefine));
            var table = CalibrationRunner.Run(dir, pose, null, msg => p.InvocationConfiguration.Error.WriteLine(msg));
            p.InvocationConfiguration.Output.WriteLine(Reporting.StatusMarkdown.Table(table));
            p.InvocationConfiguration.Output.WriteLine($"written: {Path.Combine(dir, CalibrationRunner.TableFile)} (commit it as src/GaitCheck.Analysis/Validation/{CalibrationRunner.TableFile})");
            return 0;
        });
        return cmd;
    }
}
