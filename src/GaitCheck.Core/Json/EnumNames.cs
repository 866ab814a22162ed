namespace GaitCheck.Core.Json;

/// <summary>Enum and side names as the JSON documents and messages spell them.</summary>
public static class EnumNames
{
    /// <summary>Enum value as camelCase (LeftSagittal → "leftSagittal").</summary>
    public static string Camel<T>(T value) where T : struct, Enum
    {
        string s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }

    /// <summary>"left" or "right".</summary>
    public static string Lower(Side side) => side == Side.Left ? "left" : "right";

    /// <summary>"left", "right" or null.</summary>
    public static string? Lower(Side? side) => side is { } s ? Lower(s) : null;
}
