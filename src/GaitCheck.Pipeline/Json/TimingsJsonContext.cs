using System.Text.Json.Serialization;

namespace GaitCheck.Pipeline.Json;

/// <summary>Source-generated serialisation of both timings files: camelCase names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PoseTimingsDocument))]
[JsonSerializable(typeof(ClipTimingsDocument))]
public sealed partial class TimingsJsonContext : JsonSerializerContext;
