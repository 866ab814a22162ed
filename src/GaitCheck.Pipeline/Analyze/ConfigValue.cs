using System.Text.Json;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.Analyze;

/// <summary>One value of a config file, read as the type its key needs; a wrong type is a usage error naming the key.</summary>
internal readonly record struct ConfigValue(string Path, string Key, JsonElement Value)
{
    public string? String() => Value.ValueKind switch
    {
        JsonValueKind.String => Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw Bad("a string"),
    };

    public double? Number()
    {
        if (Value.ValueKind == JsonValueKind.Null) return null;
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetDouble(out double d) || !double.IsFinite(d)) throw Bad("a finite number");
        return d;
    }

    public int? Int()
    {
        if (Value.ValueKind == JsonValueKind.Null) return null;
        if (Value.ValueKind != JsonValueKind.Number) throw Bad("a whole number");
        if (!Value.TryGetInt32(out int i))
            throw new GaitCheckException(ExitCode.Usage, $"config file {Path}: bad value for '{Key}': {Value.GetRawText()} is not a whole number in range");
        return i;
    }

    public bool? Bool() => Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => throw Bad("true or false"),
    };

    private GaitCheckException Bad(string expected) =>
        new(ExitCode.Usage, $"config file {Path}: bad value for '{Key}': expected {expected}, got {Shown()}");

    private string Shown() => Value.ValueKind == JsonValueKind.String ? $"'{Value.GetString()}'" : Value.GetRawText();
}
