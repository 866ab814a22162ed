using System.CommandLine;
using GaitCheck.Core;

namespace GaitCheck.Cli;

/// <summary>Builds the command tree and turns every error into one line on stderr and a documented exit code.</summary>
public static class CliApp
{
    /// <summary>Global flag: print stack traces of errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print details and stack traces of errors", Recursive = true };

    /// <summary>Global flag: no progress line on stderr.</summary>
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Do not show progress on stderr", Recursive = true };

    /// <summary>Global flag: progress as plain lines on stderr even when it is not a terminal (a log file).</summary>
    public static readonly Option<bool> Progress = new("--progress") { Description = "Show progress on stderr even when it is not a terminal: a plain line every 10 s (for log files)", Recursive = true };

    public static RootCommand Build()
    {
        var root = new RootCommand("GaitCheck: measures the hip, knee and foot drivers of runner's knee from phone video.");
        root.Options.Add(Verbose);
        root.Options.Add(Quiet);
        root.Options.Add(Progress);
        // Each verb lives in its own *Command.cs file.
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(AnalyzeKeypointsCommand.Create());
        root.Subcommands.Add(BatchCommand.Create());
        root.Subcommands.Add(BatchWorkerCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(SessionCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(PoseCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(RecognitionCommand.Create());
        return root;
    }

    /// <summary>The running command's stop token (SIGINT/SIGTERM, see <see cref="Interruption"/>); none outside <see cref="Run"/>.</summary>
    internal static CancellationToken Cancel => Current.Value?.Token ?? CancellationToken.None;

    /// <summary>Per run (async-local), so runs in one process (tests) do not share a token.</summary>
    private static readonly AsyncLocal<Interruption?> Current = new();

    /// <summary>Response files ("@file" expanding to arguments) are off: "@clip.mp4" is a file name like any other.</summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stderr ??= Console.Error;
        var root = Build();
        var parse = root.Parse(args, Parsing);
        if (parse.Errors.Count > 0)
        {
            string verb = parse.CommandResult.Command == root ? "gaitcheck" : "gaitcheck " + parse.CommandResult.Command.Name;
            stderr.WriteLine($"gaitcheck: error: {string.Join("; ", parse.Errors.Select(e => OneLine(e.Message).TrimEnd('.')))} (see '{verb} --help')");
            return (int)ExitCode.Usage;
        }
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (stdout != null) config.Output = stdout;
        config.Error = stderr;
        using var interruption = new Interruption(stderr);
        Current.Value = interruption;
        try
        {
            int code = parse.Invoke(config);
            return interruption.Token.IsCancellationRequested && code != 0 ? interruption.Report() : code;
        }
        catch (Exception) when (interruption.Token.IsCancellationRequested)
        {
            return interruption.Report(); // whatever failed while stopping is a consequence of the stop
        }
        catch (GaitCheckException e)
        {
            stderr.WriteLine($"gaitcheck: error: {OneLine(e.Message)}");
            if (parse.GetValue(Verbose)) stderr.WriteLine(e.ToString());
            return (int)e.Code;
        }
        catch (Exception e) when (IoError.IsDiskFull(e))
        {
            stderr.WriteLine($"gaitcheck: error: disk full: {IoError.Reason(e)}");
            return (int)ExitCode.OutputFailed;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"gaitcheck: internal error: {OneLine(e.Message)} (run with --verbose for details; please report this)");
            if (parse.GetValue(Verbose)) stderr.WriteLine(e.ToString());
            return (int)ExitCode.InternalError;
        }
        finally
        {
            Current.Value = null;
        }
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
