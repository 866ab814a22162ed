using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.Pipeline.Models;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck models install|list|verify`.</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var cmd = new Command("models", "Install, list and verify the BlazePose ONNX models");
        cmd.Subcommands.Add(Install());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Verify());
        return cmd;
    }

    private static Option<string> DirOption() =>
        CliOptions.Path("--dir", "Models folder (default: $GAITCHECK_MODELS, else the repository's models/, else ~/.local/share/gaitcheck/models)", false, ModelsVerb.DefaultDirectory, "-d");

    private static Command Install()
    {
        var dir = DirOption();
        var update = new Option<bool>("--update-manifest") { Description = "Accept converted files whose sha256 differs from models.json and rewrite it" };
        var cmd = new Command("install", "Fetch @mediapipe/pose from npm (pinned sha256), convert its 4 TFLite graphs to ONNX, write models.json");
        cmd.Options.Add(dir);
        cmd.Options.Add(update);
        cmd.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            ModelsVerb.Install(Path.GetFullPath(parse.GetValue(dir)!), parse.GetValue(update), line => err.WriteLine(line));
            return 0;
        });
        return cmd;
    }

    private static Command List()
    {
        var dir = DirOption();
        var cmd = new Command("list", "List the models in models.json with size, sha256 and status");
        cmd.Options.Add(dir);
        cmd.SetAction(parse =>
        {
            foreach (var line in ModelsVerb.List(Path.GetFullPath(parse.GetValue(dir)!))) parse.InvocationConfiguration.Output.WriteLine(line);
            return 0;
        });
        return cmd;
    }

    private static Command Verify()
    {
        var dir = DirOption();
        var cmd = new Command("verify", "Check every model file against the sha256 in models.json (one line per problem)");
        cmd.Options.Add(dir);
        cmd.SetAction(parse =>
        {
            var v = ModelsVerb.Verify(Path.GetFullPath(parse.GetValue(dir)!));
            foreach (var p in v.Problems) parse.InvocationConfiguration.Error.WriteLine($"gaitcheck: error: {p}");
            if (v.Code == ExitCode.Ok) parse.InvocationConfiguration.Output.WriteLine(v.Summary);
            return (int)v.Code;
        });
        return cmd;
    }
}
