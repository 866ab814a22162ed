using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Cli;

/// <summary>
/// `gaitcheck batch INPUT... --out DIR [--jobs N]`: one report folder per video and batch-summary.csv. Progress (one
/// line per input) goes to stdout; stderr carries only the final error line when inputs failed.
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Videos, folders (searched recursively) or list files (.txt/.lst: one path per line)", Arity = ArgumentArity.OneOrMore };
        var outDir = CliOptions.Path("--out", "Output folder: one sub-folder per input and batch-summary.csv", required: true, "-o");
        var jobs = CliOptions.Number("--jobs", "Inputs analysed in parallel, 1 to twice the cores (each then uses 1 inference thread)", 1, "-j");
        var noResume = new Option<bool>("--no-resume") { Description = "Re-analyse inputs whose output folder is already complete" };
        var settings = new AnalyzeCommand.SettingsOptions();
        var cmd = new Command("batch", "Analyse many videos; continues past failures; resumable");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(outDir);
        cmd.Options.Add(jobs);
        cmd.Options.Add(noResume);
        settings.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            int n = parse.GetValue(jobs);
            BatchRunner.ValidateJobs(n);
            var s = settings.Read(parse);
            var o = parse.InvocationConfiguration.Output;
            string root = Path.GetFullPath(parse.GetValue(outDir)!);
            var list = BatchInputs.Expand(parse.GetValue(inputs)!, root, o.WriteLine);
            BatchOutcome r;
            using (var progress = ProgressLine.For(parse))
                r = BatchRunner.Run(list, root, s, n, !parse.GetValue(noResume), o, CliApp.Cancel, progress);
            o.WriteLine($"batch: {Inv.I(r.Total)} inputs: {Inv.I(r.Ok)} analysed, {Inv.I(r.Skipped)} already complete, {Inv.I(r.Failed)} failed; summary: {r.SummaryPath}");
            if (r.Failed > 0) parse.InvocationConfiguration.Error.WriteLine($"gaitcheck: error: {Inv.I(r.Failed)} of {Inv.I(r.Total)} inputs failed (see {r.SummaryPath})");
            return (int)r.Code;
        });
        return cmd;
    }
}
