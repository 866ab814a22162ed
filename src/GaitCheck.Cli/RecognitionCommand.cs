using System.CommandLine;
using GaitCheck.Pipeline.DevVerbs;

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
            var err = parse.InvocationConfiguration.Error;
            var (md, counts) = RecognitionReport.Run(names, Path.GetFullPath(parse.GetValue(media)!), Path.GetFullPath(parse.GetValue(samples)!), dir, err.WriteLine, CliApp.Cancel);
            var o = parse.InvocationConfiguration.Output;
            o.Write(md);
            o.WriteLine(counts);
            return 0;   // the table is the result; RecognitionTableTests fails on any wrong row
        });
        return cmd;
    }
}
