using System.Text.Json.Serialization;

namespace GaitCheck.Synth.Truth;

/// <summary>Source-generated serialisation of the truth file: camelCase names, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TruthDocument))]
public sealed partial class TruthJsonContext : JsonSerializerContext;
