using System.CommandLine;
using GaitCheck.Core;
using GaitCheck.ModelImport.Install;
using GaitCheck.Pose;

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
        CliOptions.Path("--dir", "Models folder (default: $GAITCHECK_MODELS, else the repository's models/)", false, ModelStore.DefaultDirectory, "-d");

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
            ModelInstaller.Install(Path.GetFullPath(parse.GetValue(dir)!), parse.GetValue(update), line => err.WriteLine(line));
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
            string d = Path.GetFullPath(parse.GetValue(dir)!);
            var manifest = Core.Models.ModelManifest.Load(ModelInstaller.ManifestPath(d));
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine($"{manifest.Package}@{manifest.PackageVersion} ({manifest.Models.FirstOrDefault()?.Licence}) in {d}");
            foreach (var s in ModelInstaller.Verify(d, manifest))
            {
                var e = manifest.Find(s.Name);
                o.WriteLine($"{s.Name,-20} {s.File,-26} {Inv.F(s.Bytes / 1048576.0, 1),6} MB  input {e?.InputSize}px  sha256 {(e?.Sha256 ?? "").PadRight(12)[..12]}  {(s.Ok ? "ok" : s.Problem)}");
            }
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
            string d = Path.GetFullPath(parse.GetValue(dir)!);
            var problems = ModelInstaller.Verify(d).Where(s => !s.Ok).ToList();
            foreach (var p in problems) parse.InvocationConfiguration.Error.WriteLine($"gaitcheck: error: {p.Problem}");
            if (problems.Count == 0) { parse.InvocationConfiguration.Output.WriteLine($"models: all {ModelCatalog.Entries.Count} verified in {d}"); return 0; }
            return (int)(problems.Any(p => p.Missing) ? ExitCode.ModelMissing : ExitCode.ModelInvalid);
        });
        return cmd;
    }
}
