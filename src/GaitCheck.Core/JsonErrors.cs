using System.Text.Json;

namespace GaitCheck.Core;

/// <summary>A JSON error in plain words and with its place, instead of .NET's wording (which names .NET types).</summary>
public static class JsonErrors
{
    /// <summary>"not valid JSON (line 3, byte 7)", "bad value at $.render.fps (line 3, byte 7)", or GaitCheck's own message.</summary>
    public static string Describe(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.LineNumber is not { } line) return e.Message; // thrown by GaitCheck itself, already in its words
        string what = e.Path is { Length: > 1 } p ? "bad value at " + p : "not valid JSON";
        return $"{what} (line {line + 1}, byte {e.BytePositionInLine ?? 0})";
    }
}
