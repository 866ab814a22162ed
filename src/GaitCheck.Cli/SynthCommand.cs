using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.DevVerbs;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck synth --scenario NAME --out DIR`: renders a mannequin clip with exact ground truth.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var scenario = new Option<string?>("--scenario", "-s") { Description = "Named preset (see --list)" };
        var json = CliOptions.Path("--json", "Scenario JSON file (as written beside each clip: NAME.scenario.json)", required: false);
        var outDir = CliOptions.Path("--out", "Output folder for NAME.mp4, NAME.truth.json, NAME.truth.keypoints.json, NAME.scenario.json", required: false, "-o");
        var list = new Option<bool>("--list") { Description = "List the named scenarios and exit" };
        var truthOnly = new Option<bool>("--truth-only") { Description = "Write the ground truth files without rendering the video" };
        var noFfmpeg = new Option<bool>("--no-ffmpeg") { Description = "Encode with OpenCV (mp4v) instead of the ffmpeg CLI (H.264)" };
        var name = new Option<string?>("--name") { Description = "Output base name" };
        var movement = CliOptions.Choice("--movement", "singleLegSquat, running or walking", RenderSynthetic.MovementNames);
        var view = CliOptions.Choice("--view", "frontal, posterior, leftSagittal, rightSagittal or oblique", RenderSynthetic.ViewNames);
        var stance = CliOptions.Choice<Side>("--stance", "Squat stance side: left or right");
        var valgus = CliOptions.Number<float>("--valgus", "Dynamic knee valgus (deg) at squat bottom / running midstance");
        var drop = CliOptions.Number<float>("--pelvic-drop", "Contralateral pelvic drop (deg)");
        var lean = CliOptions.Number<float>("--trunk-lean", "Squat lateral trunk lean towards the stance side (deg)");
        var reps = CliOptions.Number<int>("--reps", "Squat repetitions");
        var depth = CliOptions.Number<float>("--depth", "Squat depth: stance knee flexion at the bottom (deg)");
        var pause = CliOptions.Number<double>("--pause", "Standing pause between reps (s)");
        var cadence = CliOptions.Number<double>("--cadence", "Running/walking cadence (steps/min)");
        var overstride = CliOptions.Number<float>("--overstride", "Extra hip flexion at initial contact (deg)");
        var eversion = CliOptions.Number<float>("--eversion", "Rearfoot (subtalar) eversion at midstance (deg)");
        var seconds = CliOptions.Number<double>("--seconds", "Running/walking clip length (s)");
        var fps = CliOptions.Number<double>("--fps", "Frames per second (24-240)");
        var width = CliOptions.Number<int>("--width", "Image width (px, even)");
        var height = CliOptions.Number<int>("--height", "Image height (px, even)");
        var portrait = new Option<bool>("--portrait") { Description = "Portrait frame (swap width and height if landscape)" };
        var noise = CliOptions.Number<float>("--noise", "Sensor noise sigma in 8-bit levels");
        var blur = CliOptions.Number<int>("--blur", "Motion blur: sub-frame renders averaged per frame (1 = none)");
        var background = CliOptions.Choice("--background", "plain or textured", RenderSynthetic.BackgroundNames);
        var bystander = CliOptions.Toggle("--bystander", "Add a second, smaller mannequin as a bystander");
        var camHeight = CliOptions.Number<float>("--camera-height", "Camera height (m)");
        var distance = CliOptions.Number<float>("--distance", "Camera distance (m)");
        var focal = CliOptions.Number<float>("--focal", "35 mm-equivalent focal length (mm)");
        var seed = CliOptions.Number<int>("--seed", "Noise seed");
        var markers = CliOptions.Choice("--markers", "Put the view's skin-marker stickers on the subject in this colour: green, orange, pink or blue", RenderSynthetic.MarkerColourNames);
        var markerSize = CliOptions.Number<float>("--marker-size", "Sticker diameter (mm, 8-40)");
        var decoy = CliOptions.Toggle("--marker-decoy", "Add a ball of the sticker colour beside the subject");

        var cmd = new Command("synth", "Render a synthetic mannequin clip with exact ground truth (joint projections, metrics, events)");
        foreach (var o in new Option[] { scenario, json, outDir, list, truthOnly, noFfmpeg, name, movement, view, stance, valgus, drop, lean, reps, depth,
                     pause, cadence, overstride, eversion, seconds, fps, width, height, portrait, noise, blur, background, bystander, camHeight, distance, focal, seed, markers, markerSize, decoy })
            cmd.Options.Add(o);
        cmd.Subcommands.Add(CreateValidate());
        cmd.Subcommands.Add(CreateCalibrate());
        cmd.Subcommands.Add(CreateMarkers());
        cmd.SetAction(p =>
        {
            var stdout = p.InvocationConfiguration.Output;
            if (p.GetValue(list))
            {
                foreach (var k in RenderSynthetic.Presets) stdout.WriteLine(k);
                return 0;
            }
            string dir = Path.GetFullPath(p.GetValue(outDir) ?? throw new GaitCheckException(ExitCode.Usage, "--out DIR is required"));
            var request = new SynthRequest
            {
                Preset = p.GetValue(scenario), ScenarioFile = p.GetValue(json),
                Name = p.GetValue(name), Movement = p.GetValue(movement), View = p.GetValue(view), Stance = p.GetValue(stance),
                Valgus = p.GetValue(valgus), PelvicDrop = p.GetValue(drop), TrunkLean = p.GetValue(lean), Reps = p.GetValue(reps),
                Depth = p.GetValue(depth), Pause = p.GetValue(pause), Cadence = p.GetValue(cadence), Overstride = p.GetValue(overstride),
                Eversion = p.GetValue(eversion), Seconds = p.GetValue(seconds), Fps = p.GetValue(fps), Width = p.GetValue(width),
                Height = p.GetValue(height), Portrait = p.GetValue(portrait), Noise = p.GetValue(noise), Blur = p.GetValue(blur),
                Background = p.GetValue(background), Bystander = p.GetValue(bystander), CameraHeight = p.GetValue(camHeight),
                Distance = p.GetValue(distance), Focal = p.GetValue(focal), Seed = p.GetValue(seed),
                Markers = p.GetValue(markers), MarkerSize = p.GetValue(markerSize), MarkerDecoy = p.GetValue(decoy),
            };
            stdout.WriteLine(p.GetValue(truthOnly)
                ? RenderSynthetic.TruthOnly(request, dir)
                : RenderSynthetic.Render(request, dir, !p.GetValue(noFfmpeg), Progress(p), CliApp.Cancel));
            return 0;
        });
        return cmd;
    }

    /// <summary>`gaitcheck synth validate --out DIR`: the synthetic validation benchmark (scripts/validate.sh).</summary>
    private static Command CreateValidate()
    {
        var outDir = CliOptions.Path("--out", "Folder for clips-GRID/ and the validation tables", required: true, "-o");
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
            var (md, tables) = ValidateSynthetic.Validate(new ValidateRequest
            {
                OutDir = Path.GetFullPath(p.GetValue(outDir)!), Grid = p.GetValue(grid)!, Quick = p.GetValue(quick), Model = p.GetValue(model)!,
                Flip = !p.GetValue(noFlip), Refine = !p.GetValue(noRefine), Source = p.GetValue(source), Corrections = !p.GetValue(raw),
                Rerender = p.GetValue(rerender),
            }, Progress(p), CliApp.Cancel);
            p.InvocationConfiguration.Output.WriteLine(md);
            p.InvocationConfiguration.Output.WriteLine($"tables written to {tables}/validation.md and validation-*.csv");
            return 0;
        });
        return cmd;
    }

    /// <summary>`gaitcheck synth markers --out DIR`: the skin-marker validation (scripts/validate.sh's marker rows).</summary>
    private static Command CreateMarkers()
    {
        var outDir = CliOptions.Path("--out", "Folder for clips-markers-GRID/ and markers-validation-GRID.md/.csv/-failures.csv", required: true, "-o");
        var quick = new Option<bool>("--quick") { Description = "Three clips instead of the whole marker grid" };
        var grid = new Option<string>("--grid") { Description = "test (default: held out, with the composited real clips), tuning (the grid and real composites the detector and tracker were adjusted on) or real (the composited real clips alone)", DefaultValueFactory = _ => "test" };
        grid.AcceptOnlyFromAmong("test", "tuning", "real");
        var cmd = new Command("markers", "Render the skin-marker grid, track the stickers and tabulate protocol-angle errors, tracking rate and swaps against the marker truth");
        foreach (var o in new Option[] { outDir, quick, grid }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var (md, _) = ValidateSynthetic.ValidateMarkers(Path.GetFullPath(p.GetValue(outDir)!), p.GetValue(grid)!, p.GetValue(quick), Progress(p), CliApp.Cancel);
            p.InvocationConfiguration.Output.WriteLine(md);
            return 0;
        });
        return cmd;
    }

    /// <summary>`gaitcheck synth calibrate --out DIR`: builds the validation status table from the tuning and test grids.</summary>
    private static Command CreateCalibrate()
    {
        var outDir = CliOptions.Path("--out", "Folder for clips-tuning/, clips-test/, the tables and metric-validation.json", required: true, "-o");
        var model = new Option<string>("--model", "-m") { Description = "Landmark model: lite, full or heavy", DefaultValueFactory = _ => "full" };
        model.AcceptOnlyFromAmong("lite", "full", "heavy");
        var noRefine = new Option<bool>("--no-refine") { Description = "Pose without heatmap refinement" };
        var cmd = new Command("calibrate", "Choose each metric's landmarks and correction on the tuning grid, judge them on the test grid, write metric-validation.json");
        foreach (var o in new Option[] { outDir, model, noRefine }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var (md, file) = ValidateSynthetic.Calibrate(new ValidateRequest { OutDir = Path.GetFullPath(p.GetValue(outDir)!), Model = p.GetValue(model)!, Refine = !p.GetValue(noRefine) },
                Progress(p), CliApp.Cancel);
            p.InvocationConfiguration.Output.WriteLine(md);
            p.InvocationConfiguration.Output.WriteLine($"written: {file} (commit it as src/GaitCheck.Analysis/Validation/{ValidateSynthetic.TableFileName})");
            return 0;
        });
        return cmd;
    }

    /// <summary>Where the render and validation progress lines go: stderr, or nowhere with --quiet.</summary>
    private static Action<string> Progress(ParseResult p) =>
        p.GetValue(CliApp.Quiet) ? _ => { }
    : msg => p.InvocationConfiguration.Error.WriteLine(msg);
}
