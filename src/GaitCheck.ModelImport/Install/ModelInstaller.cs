using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.Core.Models;

namespace GaitCheck.ModelImport.Install;

/// <summary>The state of one model file against the manifest; <paramref name="Missing"/>: not listed or no file (as opposed to a wrong sha256).</summary>
public sealed record ModelStatus(string Name, string File, long Bytes, string Sha256, bool Ok, bool Missing, string Problem);

/// <summary>
/// `gaitcheck models install|list|verify`. models/models.json is committed with the sha256 each converted
/// file must have (the conversion is deterministic), so `verify` has a pinned reference and `install`
/// refuses to write a model whose bytes differ from it unless asked to update the manifest.
/// Install is idempotent: when the manifest names the current converter and every file matches, it returns after
/// hashing them (no npm, no conversion). `--update-manifest` forces a conversion and rewrites the manifest.
/// </summary>
public static class ModelInstaller
{
    public static string ManifestPath(string dir) => Path.Combine(dir, ModelManifest.FileName);

    /// <summary>Installs the four models into <paramref name="dir"/>; returns the manifest written (or found valid).</summary>
    public static ModelManifest Install(string dir, bool updateManifest, Action<string> log)
    {
        dir = Path.GetFullPath(dir);
        var sw = Stopwatch.StartNew();
        ModelManifest? existing = File.Exists(ManifestPath(dir)) ? ModelManifest.Load(ManifestPath(dir)) : null;
        if (existing != null && !updateManifest && existing.Converter == ModelCatalog.Converter
            && ModelCatalog.Entries.All(e => existing.Find(e.Name) != null) && Verify(dir, existing).All(s => s.Ok))
        {
            log($"models: {ModelCatalog.Entries.Count} installed and verified in {dir} ({sw.ElapsedMilliseconds} ms)");
            return existing;
        }
        string tgz = PackageSource.Obtain(Path.Combine(dir, ".cache"), log);
        var files = PackageSource.ReadEntries(tgz, ModelCatalog.TarballFiles);
        var entries = new List<ModelEntry>();
        foreach (var c in ModelCatalog.Entries)
        {
            var (tflite, sourcePath) = SourceBytes(c, files);
            var t0 = sw.ElapsedMilliseconds;
            var (onnx, sourceSha) = Convert(c, tflite, sourcePath);
            string sha = PackageSource.Sha256(onnx);
            if (existing?.Find(c.Name) is { } pinned && pinned.Sha256 != sha && !updateManifest)
                throw new GaitCheckException(ExitCode.ModelInvalid,
                    $"converted {c.Name}.onnx has sha256 {sha} but {ManifestPath(dir)} pins {pinned.Sha256}: the converter's output changed (rerun with --update-manifest if intended)");
            AtomicFile.WriteAllBytes(Path.Combine(dir, c.Name + ".onnx"), onnx);
            log($"models: {c.Name}.onnx  {Inv.F(onnx.Length / 1048576.0, 1)} MB  converted in {Inv.I(sw.ElapsedMilliseconds - t0)} ms");
            entries.Add(new ModelEntry
            {
                Name = c.Name, File = c.Name + ".onnx", Sha256 = sha,
                SourcePackage = ModelCatalog.Package, SourceVersion = ModelCatalog.Version, SourcePath = sourcePath, SourceSha256 = sourceSha,
                Licence = ModelCatalog.Licence, InputSize = c.InputSize, Normalisation = c.Normalisation,
                Inputs = c.Inputs, Outputs = c.Outputs, KeypointNames = c.KeypointNames,
            });
        }
        var manifest = new ModelManifest
        {
            Package = ModelCatalog.Package, PackageVersion = ModelCatalog.Version, PackageSha256 = ModelCatalog.TarballSha256,
            Converter = ModelCatalog.Converter, Models = entries,
        };
        string json = manifest.ToJson();
        if (!File.Exists(ManifestPath(dir)) || File.ReadAllText(ManifestPath(dir)) != json) AtomicFile.WriteAllText(ManifestPath(dir), json);
        log($"models: {entries.Count} installed in {dir} ({sw.ElapsedMilliseconds} ms)");
        return manifest;
    }

    /// <summary>Converts one catalogued graph with its manifest facts as ONNX metadata; returns the ONNX bytes and the source's sha256.</summary>
    public static (byte[] Onnx, string SourceSha256) Convert(CatalogEntry c, byte[] tflite, string sourcePath)
    {
        string sourceSha = PackageSource.Sha256(tflite);
        byte[] onnx = TfliteConverter.ConvertToBytes(tflite, $"{ModelCatalog.Package}@{ModelCatalog.Version}/{sourcePath}", c.Name,
            ModelCatalog.Metadata(c, sourcePath, sourceSha));
        return (onnx, sourceSha);
    }

    internal static (byte[] Bytes, string SourcePath) SourceBytes(CatalogEntry c, Dictionary<string, byte[]> files)
    {
        byte[] all = files[c.SourcePath];
        if (c.PackedName is null) return (all, c.SourcePath);
        string js = System.Text.Encoding.UTF8.GetString(files[ModelCatalog.PackedLoader]);
        var (start, end) = PackageSource.PackedRange(js, c.PackedName);
        if (start < 0 || end > all.Length || start >= end)
            throw new GaitCheckException(ExitCode.ExternalToolFailed, $"{ModelCatalog.PackedLoader} range {start}..{end} of {c.PackedName} lies outside {c.SourcePath} ({all.Length} bytes)");
        return (all[start..end], $"{c.SourcePath}[{start}..{end}) = {c.PackedName}");
    }

    /// <summary>Checks each catalogued model against the manifest in <paramref name="dir"/> (ModelMissing when the manifest is absent).</summary>
    public static IReadOnlyList<ModelStatus> Verify(string dir, ModelManifest? manifest = null)
    {
        manifest ??= ModelManifest.Load(ManifestPath(dir));
        var result = new List<ModelStatus>();
        foreach (var c in ModelCatalog.Entries)
        {
            var e = manifest.Find(c.Name);
            if (e is null) { result.Add(new ModelStatus(c.Name, c.Name + ".onnx", 0, "", false, true, $"{c.Name}: not listed in {ManifestPath(dir)}")); continue; }
            string path = Path.Combine(dir, e.File);
            if (!File.Exists(path)) { result.Add(new ModelStatus(c.Name, e.File, 0, "", false, true, $"{e.File}: missing (run `gaitcheck models install`)")); continue; }
            string sha = PackageSource.Sha256File(path);
            long len = new FileInfo(path).Length;
            bool ok = sha == e.Sha256;
            result.Add(new ModelStatus(c.Name, e.File, len, sha, ok, false, ok ? "" : $"{e.File}: sha256 {sha} differs from the manifest's {e.Sha256}"));
        }
        return result;
    }
}
