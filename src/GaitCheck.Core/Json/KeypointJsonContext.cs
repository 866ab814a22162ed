using System.Text.Json.Serialization;

namespace GaitCheck.Core.Json;

/// <summary>Source-generated serialisation of keypoints.json: camelCase names, every property written (nulls too) unless marked.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(KeypointDocument))]
public sealed partial class KeypointJsonContext : JsonSerializerContext;
