using System.Text.Json;
using System.Text.Json.Serialization;

namespace GaitCheck.Core.Json;

/// <summary>A double written with a <see cref="NumberRounding"/>; NaN or infinity as null (read back as NaN).</summary>
public abstract class RoundedDoubleConverter(NumberRounding rounding) : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => rounding.Write(writer, value);
}

/// <summary>An optional double written with a <see cref="NumberRounding"/>; null as null.</summary>
public abstract class RoundedNullableDoubleConverter(NumberRounding rounding) : JsonConverter<double?>
{
    public override bool HandleNull => true;

    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v) rounding.Write(writer, v); else writer.WriteNullValue();
    }
}

/// <summary>A float written with a <see cref="NumberRounding"/>; NaN or infinity as null (read back as NaN).</summary>
public abstract class RoundedFloatConverter(NumberRounding rounding) : JsonConverter<float>
{
    public override bool HandleNull => true;

    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? float.NaN : reader.GetSingle();

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) => rounding.Write(writer, value);
}

/// <summary>A float array, each element written with a <see cref="NumberRounding"/> (null for a gap).</summary>
public abstract class RoundedFloatArrayConverter(NumberRounding rounding) : JsonConverter<float[]>
{
    public override float[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("write-only document");

    public override void Write(Utf8JsonWriter writer, float[] value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (float v in value) rounding.Write(writer, v);
        writer.WriteEndArray();
    }
}
