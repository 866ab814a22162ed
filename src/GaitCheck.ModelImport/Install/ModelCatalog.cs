using GaitCheck.Core;
using GaitCheck.Core.Models;

namespace GaitCheck.ModelImport.Install;

/// <summary>What one model is: where its TFLite bytes are in the npm package, and its interface contract.</summary>
public sealed record CatalogEntry(string Name, string SourcePath, int InputSize, string Normalisation,
    IReadOnlyList<TensorInfo> Inputs, IReadOnlyList<TensorInfo> Outputs, IReadOnlyList<string> KeypointNames)
{
    /// <summary>Set for the detector: the file name inside the packed-assets bundle, located by the loader script.</summary>
    public string? PackedName { get; init; }
}

/// <summary>
/// The pinned source of GaitCheck's models: the npm package @mediapipe/pose@0.5.1675469404 (Apache-2.0),
/// its tarball's sha256, and the four graphs it ships. Interface facts come from MediaPipe's graphs
/// (mediapipe/modules/pose_detection/pose_detection_cpu.pbtxt, pose_landmark/pose_landmark_by_roi_cpu.pbtxt)
/// and the model card "BlazePose GHUM 3D".
/// </summary>
public static class ModelCatalog
{
    public const string Package = "@mediapipe/pose";
    public const string Version = "0.5.1675469404";
    public const string TarballSha256 = "8bb349a7b3a3ba699df23be804ddd3b3eab810b50b15406894be257859388a84";
    public const string TarballName = "mediapipe-pose-0.5.1675469404.tgz";
    public const string Licence = "Apache-2.0";
    public const string Converter = "gaitcheck-modelimport/2 (TFLite->ONNX opset 17, NHWC interface, NCHW inside)";
    public const string PackedData = "package/pose_solution_packed_assets.data";
    public const string PackedLoader = "package/pose_solution_packed_assets_loader.js";

    private const string LandmarkNorm = "RGB float32 NHWC, value = pixel / 255 (range [0,1]); the person centred in the crop as MediaPipe's ROI places them";

    private static readonly TensorInfo[] LandmarkOutputs =
    [
        new("Identity", [1, 195], "33 landmarks x (x, y, z, visibility logit, presence logit); x, y in input pixels (0..256), z in the same scale, relative to the hips"),
        new("Identity_1", [1, 1], "pose flag: probability that a person is in the crop (sigmoid applied)"),
        new("Identity_2", [1, 256, 256, 1], "segmentation logits NHWC"),
        new("Identity_3", [1, 64, 64, 39], "heatmap logits NHWC (39 channels: 33 landmarks + 6 auxiliary)"),
        new("Identity_4", [1, 117], "33 world landmarks x (x, y, z) in metres, origin at the hips' centre"),
    ];

    public static readonly IReadOnlyList<CatalogEntry> Entries =
    [
        new("pose_detection", PackedData, 224,
            "RGB float32 NHWC, value = pixel / 127.5 - 1 (range [-1,1]); image letterboxed (aspect kept, padded evenly) to 224x224",
            [new TensorInfo("input_1", [1, 224, 224, 3], "NHWC RGB")],
            [
                new("Identity", [1, 2254, 12], "per SSD anchor: box (x centre, y centre, width, height) then 4 keypoints (x, y); 224-px units, offsets from the anchor centre"),
                new("Identity_1", [1, 2254, 1], "per SSD anchor: person score logit (apply sigmoid)"),
            ],
            ["mid_hip_center", "full_body_circle_point", "mid_shoulder_center", "upper_body_circle_point"])
        { PackedName = "pose_detection.tflite" },
        Landmark("pose_landmark_lite"),
        Landmark("pose_landmark_full"),
        Landmark("pose_landmark_heavy"),
    ];

    /// <summary>The tarball entries the models are read from: each graph's file plus the packed-assets loader script.</summary>
    public static IReadOnlyCollection<string> TarballFiles { get; } = [.. Entries.Select(e => e.SourcePath).Append(PackedLoader).Distinct()];

    private static CatalogEntry Landmark(string name) => new(name, "package/" + name + ".tflite", 256, LandmarkNorm,
        [new TensorInfo("input_1", [1, 256, 256, 3], "NHWC RGB")], LandmarkOutputs, Skeleton.Names);

    /// <summary>The facts written both into models.json and into the ONNX metadata_props.</summary>
    public static List<KeyValuePair<string, string>> Metadata(CatalogEntry e, string sourcePath, string sourceSha256) =>
    [
        new("name", e.Name),
        new("source_package", Package),
        new("source_version", Version),
        new("source_path", sourcePath),
        new("source_sha256", sourceSha256),
        new("licence", Licence),
        new("converter", Converter),
        new("input_size", e.InputSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("normalisation", e.Normalisation),
        new("inputs", string.Join("; ", e.Inputs.Select(Describe))),
        new("outputs", string.Join("; ", e.Outputs.Select(Describe))),
        new("keypoint_names", string.Join(",", e.KeypointNames)),
    ];

    private static string Describe(TensorInfo t) => $"{t.Name} [{string.Join(",", t.Shape)}] {t.Layout}";
}
