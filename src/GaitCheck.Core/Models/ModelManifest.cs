using System.Text.Json;

namespace GaitCheck.Core.Models;

/// <summary>One tensor of a model's interface: name, shape, layout and what its values mean.</summary>
public sealed record TensorInfo(string Name, int[] Shape, string Layout);

/// <summary>One installed model: the .onnx file, where it came from, and its input/output contract.</summary>
public sealed record ModelEntry
{
    /// <summary>Short name, e.g. "pose_landmark_full".</summary>
    public required string Name { get; init; }
    /// <summary>File name inside the models folder, e.g. "pose_landmark_full.onnx".</summary>
    public required string File { get; init; }
    /// <summary>Lower-case hex sha256 of the .onnx file.</summary>
    public required string Sha256 { get; init; }
    public required string SourcePackage { get; init; }
    public required string SourceVersion { get; init; }
    /// <summary>Path inside the npm tarball (plus byte range for packed assets).</summary>
    public required string SourcePath { get; init; }
    /// <summary>Lower-case hex sha256 of the source .tflite bytes.</summary>
    public required string SourceSha256 { get; init; }
    public required string Licence { get; init; }
    /// <summary>Square input side in pixels (224 detector, 256 landmarks).</summary>
    public required int InputSize { get; init; }
    /// <summary>How pixels become input values, e.g. "RGB float32 NHWC, value = pixel / 255 (range [0,1])".</summary>
    public required string Normalisation { get; init; }
    public required IReadOnlyList<TensorInfo> Inputs { get; init; }
    public required IReadOnlyList<TensorInfo> Outputs { get; init; }
    /// <summary>Keypoint names in output order (33 landmarks, or the detector's 4 alignment points).</summary>
    public required IReadOnlyList<string> KeypointNames { get; init; }
}

/// <summary>
/// models/models.json: the list of installed models with the sha256 each file must have. Written by
/// `gaitcheck models install`, read by `models list|verify` and by the model loader before first use.
/// Serialisation is deterministic (same entries, same bytes).
/// </summary>
public sealed record ModelManifest
{
    public const string FormatName = "gaitcheck-models/1";
    public const string FileName = "models.json";

    public string Format { get; init; } = FormatName;
    /// <summary>npm package spec, e.g. "@mediapipe/pose".</summary>
    public required string Package { get; init; }
    public required string PackageVersion { get; init; }
    /// <summary>sha256 of the npm tarball.</summary>
    public required string PackageSha256 { get; init; }
    /// <summary>Name and version of the converter that made the files; a different converter means the files must be remade.</summary>
    public string Converter { get; init; } = "";
    public required IReadOnlyList<ModelEntry> Models { get; init; }

    public ModelEntry? Find(string name) => Models.FirstOrDefault(m => m.Name == name);

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        IndentSize = 2,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options).ReplaceLineEndings("\n") + "\n";

    public static ModelManifest Parse(string json, string source)
    {
        try
        {
            var m = JsonSerializer.Deserialize<ModelManifest>(json, Options)
                ?? throw new JsonException("empty document");
            if (m.Format != FormatName) throw new JsonException($"format is '{m.Format}', expected '{FormatName}'");
            return m;
        }
        catch (JsonException e)
        {
            throw new GaitCheckException(ExitCode.ModelInvalid, $"{source} is not a valid model manifest: {JsonErrors.Describe(e)}", e);
        }
    }

    /// <summary>Reads a manifest; ModelMissing when the file is absent, ModelInvalid when malformed.</summary>
    public static ModelManifest Load(string path)
    {
        if (!System.IO.File.Exists(path))
            throw new GaitCheckException(ExitCode.ModelMissing, $"model manifest not found: {path} (run `gaitcheck models install`)");
        return Parse(System.IO.File.ReadAllText(path), path);
    }
}
