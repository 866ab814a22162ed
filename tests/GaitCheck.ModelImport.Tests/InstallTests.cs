using System.Formats.Tar;
using System.IO.Compression;
using GaitCheck.Core;
using GaitCheck.Core.Models;
using GaitCheck.ModelImport.Install;
using GaitCheck.Pose;
using GaitCheck.TestSupport;
using Microsoft.ML.OnnxRuntime;

namespace GaitCheck.ModelImport.Tests;

/// <summary>The manifest, verification, determinism of the conversion and the facts written into the ONNX metadata.</summary>
[Collection("models")]
public class InstallTests(ModelFixture fx) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gc-models-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Installed_models_verify_clean()
    {
        var status = ModelInstaller.Verify(RepoPaths.Models);
        Assert.Equal(4, status.Count);
        Assert.All(status, s => Assert.True(s.Ok, s.Problem));
    }

    [Fact]
    public void Conversion_is_deterministic_and_matches_the_pinned_sha256()
    {
        var entry = ModelCatalog.Entries.Single(e => e.Name == "pose_landmark_lite");
        byte[] tflite = File.ReadAllBytes(fx.Tflite[entry.Name]);
        var (a, srcSha) = ModelInstaller.Convert(entry, tflite, entry.SourcePath);
        var (b, _) = ModelInstaller.Convert(entry, tflite, entry.SourcePath);
        Assert.Equal(a, b);
        var pinned = ModelManifest.Load(Path.Combine(RepoPaths.Models, ModelManifest.FileName)).Find(entry.Name)!;
        Assert.Equal(pinned.Sha256, PackageSource.Sha256(a));
        Assert.Equal(pinned.SourceSha256, srcSha);
    }

    [Fact]
    public void Onnx_metadata_carries_the_manifest_facts()
    {
        var manifest = ModelManifest.Load(Path.Combine(RepoPaths.Models, ModelManifest.FileName));
        foreach (var name in new[] { "pose_detection", "pose_landmark_full" })
        {
            var e = manifest.Find(name)!;
            using var session = new InferenceSession(Path.Combine(RepoPaths.Models, e.File));
            var meta = session.ModelMetadata.CustomMetadataMap;
            Assert.Equal(e.SourceSha256, meta["source_sha256"]);
            Assert.Equal("Apache-2.0", meta["licence"]);
            Assert.Equal("@mediapipe/pose", meta["source_package"]);
            Assert.Equal(e.InputSize.ToString(System.Globalization.CultureInfo.InvariantCulture), meta["input_size"]);
            Assert.Equal(e.KeypointNames, meta["keypoint_names"].Split(','));
            Assert.Equal([1, e.InputSize, e.InputSize, 3], session.InputMetadata["input_1"].Dimensions);
        }
    }

    [Fact]
    public void Verify_reports_one_problem_per_bad_file_and_the_store_refuses_them()
    {
        File.Copy(Path.Combine(RepoPaths.Models, ModelManifest.FileName), Path.Combine(_dir, ModelManifest.FileName));
        byte[] lite = File.ReadAllBytes(Path.Combine(RepoPaths.Models, "pose_landmark_lite.onnx"));
        lite[lite.Length / 2] ^= 0xff;
        File.WriteAllBytes(Path.Combine(_dir, "pose_landmark_lite.onnx"), lite);
        var problems = ModelInstaller.Verify(_dir).Where(s => !s.Ok).Select(s => s.Problem).ToList();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("pose_landmark_lite.onnx: sha256", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("pose_detection.onnx: missing", StringComparison.Ordinal));
        Assert.Equal(["pose_detection", "pose_landmark_full", "pose_landmark_heavy"], ModelInstaller.Verify(_dir).Where(s => s.Missing).Select(s => s.Name));

        var store = new ModelStore(_dir);
        Assert.Equal(ExitCode.ModelInvalid, Assert.Throws<GaitCheckException>(() => store.LandmarkPath(PoseModelKind.Lite)).Code);
        Assert.Equal(ExitCode.ModelMissing, Assert.Throws<GaitCheckException>(() => store.DetectorPath).Code);
        Assert.Equal(ExitCode.ModelMissing, Assert.Throws<GaitCheckException>(() => new ModelStore(Path.Combine(_dir, "nowhere")).DetectorPath).Code);
    }

    [Fact]
    public void Manifest_round_trips_byte_for_byte()
    {
        string json = File.ReadAllText(Path.Combine(RepoPaths.Models, ModelManifest.FileName));
        Assert.Equal(json, ModelManifest.Parse(json, "models.json").ToJson());
        Assert.Equal(ExitCode.ModelInvalid, Assert.Throws<GaitCheckException>(() => ModelManifest.Parse("{\"format\":\"other\"}", "x")).Code);
    }

    [Fact]
    public void Packed_asset_range_is_read_from_the_loader_script()
    {
        const string js = "loadPackage({\"files\": [{\"filename\": \"/a/b.tflite\", \"start\": 0, \"end\": 10}, " +
                          "{\"filename\": \"/third_party/x/pose_detection.tflite\", \"start\": 10, \"end\": 2962298}], \"remote_package_size\": 2962298})";
        Assert.Equal((10, 2962298), PackageSource.PackedRange(js, "pose_detection.tflite"));
        Assert.Equal(ExitCode.ExternalToolFailed, Assert.Throws<GaitCheckException>(() => PackageSource.PackedRange(js, "missing.tflite")).Code);
    }

    [Fact]
    public void Tarball_entries_are_read_and_a_missing_entry_is_an_error()
    {
        string tgz = Path.Combine(_dir, "t.tgz");
        using (var fs = File.Create(tgz))
        using (var gz = new GZipStream(fs, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gz))
        {
            var e = new PaxTarEntry(TarEntryType.RegularFile, "package/a.bin") { DataStream = new MemoryStream([1, 2, 3]) };
            tar.WriteEntry(e);
        }
        Assert.Equal([1, 2, 3], PackageSource.ReadEntries(tgz, ["package/a.bin"])["package/a.bin"]);
        Assert.Equal(ExitCode.ExternalToolFailed, Assert.Throws<GaitCheckException>(() => PackageSource.ReadEntries(tgz, ["package/b.bin"])).Code);
    }
}
