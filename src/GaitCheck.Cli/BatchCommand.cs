using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck batch INPUT... --out DIR [--jobs N]`: one report folder per video and batch-summary.csv.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Videos, folders (searched recursively) or list files (.txt/.lst: one path per line)", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out", "-o") { Description = "Output folder: one sub-folder per input and batch-summary.csv", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Inputs analysed in parallel (each then uses 1 inference thread)", DefaultValueFactory = _ => 1 };
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
            if (n < 1) throw new GaitCheckException(ExitCode.Usage, $"--jobs must be at least 1, got {Inv.I(n)}");
            var s = settings.Read(parse);
            var list = BatchInputs.Expand(parse.GetValue(inputs)!);
            using var cancel = CtrlC.Start();
            var r = BatchRunner.Run(list, Path.GetFullPath(parse.GetValue(outDir)!), s, n, !parse.GetValue(noResume),
                parse.InvocationConfiguration.Error, cancel.Token);
            parse.InvocationConfiguration.Output.WriteLine(
                $"batch: {Inv.I(r.Total)} inputs: {Inv.I(r.Ok)} analysed, {Inv.I(r.Skipped)} already complete, {Inv.I(r.Failed)} failed; summary: {r.SummaryPath}");
            if (r.Failed > 0) parse.InvocationConfiguration.Error.WriteLine($"gaitcheck: error: {Inv.I(r.Failed)} of {Inv.I(r.Total)} inputs failed (see {r.SummaryPath})");
            return (int)r.Code;
        });
        return cmd;
    }
}
