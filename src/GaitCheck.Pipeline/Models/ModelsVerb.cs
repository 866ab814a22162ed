using GaitCheck.Core;
using GaitCheck.Core.Models;
using GaitCheck.ModelImport.Install;
using GaitCheck.Pose;

namespace GaitCheck.Pipeline.Models;

/// <summary>`gaitcheck models install|list|verify`: the converted BlazePose models (GaitCheck.ModelImport) in a models folder.</summary>
public static class ModelsVerb
{
    /// <summary>$GAITCHECK_MODELS, else the nearest models/models.json above the application, else the per-user data folder (ModelStore.UserDirectory).</summary>
    public static string DefaultDirectory() => ModelStore.DefaultDirectory();

    public static void Install(string dir, bool updateManifest, Action<string> log) => ModelInstaller.Install(dir, updateManifest, log);

    /// <summary>A heading line, then one line per model: file, size, input size, sha256 prefix and status.</summary>
    public static IEnumerable<string> List(string dir)
    {
        var manifest = ModelManifest.Load(ModelInstaller.ManifestPath(dir));
        yield return $"{manifest.Package}@{manifest.PackageVersion} ({manifest.Models.FirstOrDefault()?.Licence}) in {dir}";
        foreach (var s in ModelInstaller.Verify(dir, manifest))
        {
            var e = manifest.Find(s.Name);
            yield return $"{s.Name,-20} {s.File,-26} {Inv.F(s.Bytes / 1048576.0, 1),6} MB  input {e?.InputSize}px  sha256 {(e?.Sha256 ?? "").PadRight(12)[..12]}  {(s.Ok ? "ok" : s.Problem)}";
        }
    }

    /// <summary>What verification found: one line per problem, the exit code, and the line to print when all is well.</summary>
    public sealed record Verification(IReadOnlyList<string> Problems, ExitCode Code, string Summary);

    public static Verification Verify(string dir)
    {
        var problems = ModelInstaller.Verify(dir).Where(s => !s.Ok).ToList();
        var code = problems.Count == 0 ? ExitCode.Ok : problems.Any(p => p.Missing) ? ExitCode.ModelMissing : ExitCode.ModelInvalid;
        return new Verification([.. problems.Select(p => p.Problem)], code, $"models: all {ModelCatalog.Entries.Count} verified in {dir}");
    }
}
