using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Cli;

/// <summary>
/// `gaitcheck batch INPUT... --out DIR [--jobs N] [--shard K/N|auto]`: one report folder per video and batch-summary.csv,
/// each input in its own worker process. Progress (one line per input) goes to stdout; stderr carries only the final
/// error line when inputs failed.
/// </summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Videos, folders (searched recursively), list files (.txt/.lst: one path per line) or manifests (.csv: a path column and per-input settings)", Arity = ArgumentArity.OneOrMore };
        var outDir = CliOptions.Path("--out", "Output folder: one sub-folder per input and batch-summary.csv", required: true, "-o");
        var jobs = CliOptions.Number("--jobs", "Inputs analysed in parallel, 1 to twice the cores (each then uses 1 inference thread)", 1, "-j");
        var noResume = new Option<bool>("--no-resume") { Description = "Re-analyse inputs whose output folder is already complete" };
        var shard = new Option<string?>("--shard") { Description = "Run shard K of N (K/N, from 1) of the inputs, or auto: from SLURM_ARRAY_TASK_ID/_COUNT or JOB_COMPLETION_INDEX; writes batch-summary.shard-K-of-N.csv for `gaitcheck merge`" };
        var shardCount = CliOptions.Number<int>("--shard-count", "Number of shards for --shard auto in a Kubernetes indexed Job (default: GAITCHECK_SHARD_COUNT)");
        var timeout = CliOptions.Number("--timeout", "Seconds one input may take before its worker is killed (status timeout)", 1800.0);
        var memory = CliOptions.Number("--memory-limit", "Resident memory in MB one worker may use before it is killed (status crashed); 0 = no cap", 4096L);
        var faults = new Option<string[]>("--test-fault") { Description = "Test only: NAME=abort|segv|hang|oom makes the worker of input file NAME fail so", Hidden = true };
        var settings = new AnalyzeCommand.SettingsOptions();
        var cmd = new Command("batch", "Analyse many videos, each in its own worker process; continues past failures and crashes; resumable; shardable");
        cmd.Arguments.Add(inputs);
        foreach (var o in new Option[] { outDir, jobs, noResume, shard, shardCount, timeout, memory, faults }) cmd.Options.Add(o);
        settings.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            int n = parse.GetValue(jobs);
            BatchRunner.ValidateJobs(n);
            var s = settings.Read(parse);
            double t = parse.GetValue(timeout);
            long mem = parse.GetValue(memory);
            if (!(t > 0 && t <= 7 * 86_400)) throw new GaitCheckException(ExitCode.Usage, $"--timeout must be from 1 s to a week (604800 s), got {Inv.Text(t)}");
            if (mem < 0) throw new GaitCheckException(ExitCode.Usage, $"--memory-limit must be 0 (no cap) or more MB, got {Inv.I((int)Math.Max(mem, int.MinValue))}");
            var spec = parse.GetValue(shard) is { } sh ? ShardSpec.Parse(sh, parse.GetValue(shardCount)) : null;
            var launch = WorkerHost.Launch(TimeSpan.FromSeconds(t), mem == 0 ? null : mem, ParseFaults(parse.GetValue(faults)));
            var o = parse.InvocationConfiguration.Output;
            string root = Path.GetFullPath(parse.GetValue(outDir)!);
            var list = BatchInputs.Expand(parse.GetValue(inputs)!, root, o.WriteLine);
            if (spec != null) o.WriteLine($"batch: shard {Inv.I(spec.Index)} of {Inv.I(spec.Count)} ({Inv.I(spec.Positions(list.Count).Count())} of {Inv.I(list.Count)} inputs)");
            BatchOutcome r;
            using (var progress = ProgressLine.For(parse))
                r = BatchRunner.Run(list, root, s, n, !parse.GetValue(noResume), o, CliApp.Cancel, launch, spec, progress);
            o.WriteLine($"batch: {Inv.I(r.Total)} inputs: {Inv.I(r.Ok)} analysed, {Inv.I(r.Skipped)} already complete, {Inv.I(r.Failed)} failed; summary: {r.SummaryPath}");
            if (r.Failed > 0) parse.InvocationConfiguration.Error.WriteLine($"gaitcheck: error: {Inv.I(r.Failed)} of {Inv.I(r.Total)} inputs failed (see {r.SummaryPath})");
            return (int)r.Code;
        });
        return cmd;
    }

    private static Dictionary<string, WorkerFault>? ParseFaults(string[]? specs)
    {
        if (specs is not { Length: > 0 }) return null;
        var d = new Dictionary<string, WorkerFault>(StringComparer.Ordinal);
        foreach (string f in specs)
        {
            int eq = f.LastIndexOf('=');
            if (eq <= 0 || !Enum.TryParse<WorkerFault>(f[(eq + 1)..], ignoreCase: true, out var kind) || kind == WorkerFault.None)
                throw new GaitCheckException(ExitCode.Usage, $"--test-fault expects NAME=abort|segv|hang|oom, got '{f}'");
            d[f[..eq]] = kind;
        }
        return d;
    }
}
