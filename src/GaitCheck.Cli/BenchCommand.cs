using System.CommandLine;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck bench ...`: benchmarks (not timed tests). Subcommands: `pose` (BenchPoseCommand); `models` is added by the model-import work.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var cmd = new Command("bench", "Benchmarks: speed and memory figures on this machine");
        cmd.Subcommands.Add(BenchPoseCommand.Create());
        cmd.Subcommands.Add(BenchModelsCommand.Create());
        return cmd;
    }
}
