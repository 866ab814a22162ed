using System.Collections.Concurrent;
using System.Security.Cryptography;
using GaitCheck.Core;
using GaitCheck.Core.Models;

namespace GaitCheck.Pose;

/// <summary>
/// Locates the models folder and verifies each file's sha256 against models/models.json on first use
/// (rtmlib/FaceAiSharp habit: models verify themselves before they run).
/// </summary>
public sealed class ModelStore
{
    private readonly ConcurrentDictionary<string, string> _verified = new(StringComparer.Ordinal);
    private ModelManifest? _manifest;

    public ModelStore(string directory) => Directory = Path.GetFullPath(directory);

    public string Directory { get; }

    /// <summary>
    /// $GAITCHECK_MODELS, else the nearest models/models.json walking up from the application folder (a build inside the
    /// repository), else the per-user data folder <see cref="UserDirectory"/> (an installed .NET tool: `gaitcheck models
    /// install` puts the models there).
    /// </summary>
    public static string DefaultDirectory()
    {
        string? env = Environment.GetEnvironmentVariable("GAITCHECK_MODELS");
        if (!string.IsNullOrWhiteSpace(env)) return Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models");
            if (File.Exists(Path.Combine(candidate, ModelManifest.FileName))) return candidate;
        }
        return UserDirectory();
    }

    /// <summary>$XDG_DATA_HOME/gaitcheck/models, else ~/.local/share/gaitcheck/models (the XDG base directory default).</summary>
    public static string UserDirectory()
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string data = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg) ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "gaitcheck", "models");
    }

    /// <summary>The manifest (read once).</summary>
    public ModelManifest Manifest => _manifest ??= ModelManifest.Load(Path.Combine(Directory, ModelManifest.FileName));

    /// <summary>Path of the verified detector .onnx; GaitCheckException ModelMissing / ModelInvalid.</summary>
    public string DetectorPath => Verified(PoseModelNames.Detector);

    /// <summary>Path of the verified landmark .onnx of the given kind; GaitCheckException ModelMissing / ModelInvalid.</summary>
    public string LandmarkPath(PoseModelKind kind) => Verified(PoseModelNames.Landmark(kind));

    private string Verified(string name) => _verified.GetOrAdd(name, Verify);

    private string Verify(string name)
    {
        var entry = Manifest.Find(name)
            ?? throw new GaitCheckException(ExitCode.ModelMissing, $"model {name} is not in {Path.Combine(Directory, ModelManifest.FileName)} (run `gaitcheck models install`)");
        string path = Path.Combine(Directory, entry.File);
        if (!File.Exists(path))
            throw new GaitCheckException(ExitCode.ModelMissing, $"model file missing: {path} (run `gaitcheck models install`)");
        string actual = Sha256Of(path);
        if (!string.Equals(actual, entry.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new GaitCheckException(ExitCode.ModelInvalid, $"model file {path} has sha256 {actual}, manifest expects {entry.Sha256} (run `gaitcheck models install`)");
        return path;
    }

    internal static string Sha256Of(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }
}
