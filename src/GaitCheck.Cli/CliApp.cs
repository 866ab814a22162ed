using System.CommandLine;
using GaitCheck.Core;

namespace GaitCheck.Cli;

/// <summary>Builds the command tree and turns every error into one line on stderr and a documented exit code.</summary>
public static class CliApp
{
    /// <summary>Global flag: print stack traces of errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print details and stack traces of errors", Recursive = true };

    public static RootCommand Build()
    {
        var root = new RootCommand("GaitCheck: measures the hip, knee and foot drivers of runner's knee from phone video.");
        root.Options.Add(Verbose);
        // Each verb lives in its own *Command.cs file.
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(AnalyzeKeypointsCommand.Create());
        root.Subcommands.Add(BatchCommand.Create());
        root.Subcommands.Add(PoseCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stderr ??= Console.Error;
        var root = Build();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"gaitcheck: {e.Message}");
            stderr.WriteLine("Run 'gaitcheck --help' for usage.");
            return (int)ExitCode.Usage;
        }
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (stdout != null) config.Output = stdout;
        config.Error = stderr;
        try
        {
            return parse.Invoke(config);
        }
        catch (GaitCheckException e)
        {
            stderr.WriteLine($"gaitcheck: error: {OneLine(e.Message)}");
            if (parse.GetValue(Verbose)) stderr.WriteLine(e.ToString());
            return (int)e.Code;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("gaitcheck: cancelled");
            return (int)ExitCode.Cancelled;
        }
        catch (Exception e) when (e is IOException { HResult: 28 or unchecked((int)0x80070070) })
        {
            stderr.WriteLine($"gaitcheck: error: disk full: {OneLine(e.Message)}");
            return (int)ExitCode.OutputFailed;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"gaitcheck: internal error: {OneLine(e.Message)} (run with --verbose for details; please report this)");
            if (parse.GetValue(Verbose)) stderr.WriteLine(e.ToString());
            return (int)ExitCode.InternalError;
        }
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
