using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GaitCheck.Core.Json;

/// <summary>
/// Serialises a document through its source-generated type info onto a <see cref="Utf8JsonWriter"/> with the given
/// writer options (indentation, new line, escaping), so each file keeps the layout it has always had.
/// </summary>
public static class JsonOutput
{
    public static void Write<T>(Stream stream, T value, JsonTypeInfo<T> type, JsonWriterOptions options)
    {
        using var w = new Utf8JsonWriter(stream, options);
        JsonSerializer.Serialize(w, value, type);
    }

    public static byte[] ToBytes<T>(T value, JsonTypeInfo<T> type, JsonWriterOptions options)
    {
        using var ms = new MemoryStream();
        Write(ms, value, type, options);
        return ms.ToArray();
    }

    public static string ToText<T>(T value, JsonTypeInfo<T> type, JsonWriterOptions options) =>
        Encoding.UTF8.GetString(ToBytes(value, type, options));
}
