using System.Text.Json.Serialization;

namespace GaitCheck.Reporting.Json;

/// <summary>Source-generated serialisation of result.json: camelCase names, nulls written unless a property says otherwise.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ResultDocument))]
public sealed partial class ResultJsonContext : JsonSerializerContext;
