using GaitCheck.Cli;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>Runs the CLI in-process and captures its output.</summary>
internal static class CliRunner
{
    public sealed record Result(int Code, string Out, string Err)
    {
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public override string ToString() => $"exit {Code}\nstdout: {Out}\nstderr: {Err}";
    }

    // Test binaries may live under --artifacts-path, away from the repository's models folder.
    static CliRunner() => Environment.SetEnvironmentVariable("GAITCHECK_MODELS", RepoPaths.Models);

    public static Result Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CliApp.Run(args, o, e);
        return new Result(code, o.ToString(), e.ToString());
    }
}
