namespace GaitCheck.TestSupport;

/// <summary>Locates the repository, its models folder and the shared media beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Models => Path.Combine(Root, "models");
    public static string SharedMedia => Path.GetFullPath(Path.Combine(Root, "..", "shared", "media"));
    public static string SampleVideos => Path.Combine(Root, "sample-videos");

    /// <summary>A folder for a test's actual outputs (ignored by git).</summary>
    public static string Actual(string name)
    {
        string dir = Path.Combine(Root, "tests", "actual", name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Path of a shared media file; fails the test with a clear reason when it is absent (never passes silently).</summary>
    public static string Media(string relative)
    {
        string p = Path.Combine(SharedMedia, relative);
        if (!File.Exists(p)) throw new FileNotFoundException($"shared media missing: {p} (see ../shared/media/SOURCES.md)");
        return p;
    }

    private static string FindRoot()
    {
        // Baked in at build time, so tests built with --artifacts-path elsewhere still find the repository.
        string? baked = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GaitCheckRepoRoot")?.Value;
        if (baked != null && File.Exists(Path.Combine(baked, "GaitCheck.sln"))) return baked;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "GaitCheck.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GaitCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
