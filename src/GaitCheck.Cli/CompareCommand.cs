using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Compare;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck compare BEFORE AFTER --out DIR`: two visits (session.json or result.json) compared against each metric's smallest detectable difference.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var before = CliOptions.PathArgument("before", "The first visit's session.json or result.json");
        var after = CliOptions.PathArgument("after", "The second visit's session.json or result.json");
        var outDir = CliOptions.Path("--out", "Output folder: report.html, compare.json, charts/compare-*.png", required: true, "-o");
        var cmd = new Command("compare", "Compare two visits: the change in each metric, beyond or within measurement noise");
        cmd.Arguments.Add(before);
        cmd.Arguments.Add(after);
        cmd.Options.Add(outDir);
        cmd.SetAction(parse =>
        {
            var r = CompareVisits.Run(parse.GetValue(before)!, parse.GetValue(after)!, Path.GetFullPath(parse.GetValue(outDir)!));
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine($"compare: {Inv.I(r.Compared)} metric values at both visits, {Inv.I(r.Lines.Count)} changed beyond measurement noise");
            foreach (var line in r.Lines) o.WriteLine(line);
            o.WriteLine($"report: {r.ReportPath}");
            return 0;
        });
        return cmd;
    }
}
