namespace GaitCheck.ModelImport.Install;

/// <summary>
/// The original .tflite graphs, extracted from the cached npm tarball into models/.cache/ (git-ignored),
/// for the fidelity tests and the benchmark, which run them under OpenCV DNN as an independent oracle.
/// </summary>
public static class SourceModels
{
    /// <summary>Paths of the four .tflite files by model name, extracting them (and fetching the tarball) when needed.</summary>
    public static IReadOnlyDictionary<string, string> Ensure(string modelsDir, Action<string> log)
    {
        string cache = Path.Combine(Path.GetFullPath(modelsDir), ".cache");
        var paths = ModelCatalog.Entries.ToDictionary(e => e.Name, e => Path.Combine(cache, e.Name + ".tflite"));
        if (paths.Values.All(File.Exists)) return paths;
        string tgz = PackageSource.Obtain(cache, log);
        var files = PackageSource.ReadEntries(tgz, ModelCatalog.TarballFiles);
        foreach (var e in ModelCatalog.Entries)
            Core.AtomicFile.WriteAllBytes(paths[e.Name], ModelInstaller.SourceBytes(e, files).Bytes);
        return paths;
    }
}
