using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Recognition;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck recognition --out DIR`: the recognition table (every shared clip and its adversarial variants: expected label, what was said).</summary>
internal static class RecognitionCommand
{
    public static Command Create()
    {
        var outDir = CliOptions.Path("--out", "Output folder: recognition.md, and the variants' clips in clips/ (reused on re-runs)", required: true, "-o");
        var media = CliOptions.Path("--media", "The shared media folder (default ../shared/media)", required: false, () => Path.Combine("..", "shared", "media"));
        var samples = CliOptions.Path("--samples", "The committed sample videos (default sample-videos)", required: false, () => "sample-videos");
        var only = new Option<string?>("--only") { Description = "Comma-separated row names to run (default: all)" };
        var cmd = new Command("recognition", "Recognition table: every clip in the shared media and adversarial variants made with ffmpeg, expected label against what GaitCheck says");
        foreach (var o in new Option[] { outDir, media, samples, only }) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            string dir = Path.GetFullPath(parse.GetValue(outDir)!);
            var names = parse.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var cases = RecognitionCorpus.All.Where(c => names is null || names.Contains(c.Name)).ToList();
            if (cases.Count == 0) throw new GaitCheckException(ExitCode.Usage, "--only names no row of the recognition table");
            var err = parse.InvocationConfiguration.Error;
            var rows = RecognitionTable.Run(cases, Path.GetFullPath(parse.GetValue(media)!), Path.GetFullPath(parse.GetValue(samples)!), dir, null, err.WriteLine, CliApp.Cancel);
            string md = RecognitionTable.Markdown(rows);
            AtomicFile.WriteAllText(Path.Combine(dir, "recognition.md"), md);
            var o = parse.InvocationConfiguration.Output;
            o.Write(md);
            int bad = rows.Count(r => r.Verdict == "WRONG WITH FINDINGS");
            o.WriteLine($"{Inv.I(rows.Count(r => r.Verdict == "right"))} of {Inv.I(rows.Count)} right; {Inv.I(bad)} wrong labels with findings");
            return 0;   // the table is the result; RecognitionTableTests fails on any wrong row
        });
        return cmd;
    }
}
