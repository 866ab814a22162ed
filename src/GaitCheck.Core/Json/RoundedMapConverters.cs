using System.Text.Json;
using System.Text.Json.Serialization;

namespace GaitCheck.Core.Json;

/// <summary>
/// An object of numbers from name/value pairs, written in the list's order (the writer keeps the order its
/// document defines, which a dictionary does not promise), each value with a <see cref="NumberRounding"/>.
/// </summary>
public abstract class RoundedMapConverter(NumberRounding rounding) : JsonConverter<IReadOnlyList<KeyValuePair<string, double>>>
{
    public override IReadOnlyList<KeyValuePair<string, double>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("write-only document");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, double>> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var kv in value)
        {
            writer.WritePropertyName(kv.Key);
            rounding.Write(writer, kv.Value);
        }
        writer.WriteEndObject();
    }
}

/// <summary>An object of number arrays (per-frame series) from name/array pairs in the list's order, each element with a <see cref="NumberRounding"/>.</summary>
public abstract class RoundedSeriesConverter(NumberRounding rounding) : JsonConverter<IReadOnlyList<KeyValuePair<string, double[]>>>
{
    public override IReadOnlyList<KeyValuePair<string, double[]>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("write-only document");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, double[]>> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var kv in value)
        {
            writer.WriteStartArray(kv.Key);
            foreach (double d in kv.Value) rounding.Write(writer, d);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
