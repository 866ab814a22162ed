namespace GaitCheck.Core.Markers;

/// <summary>
/// The sticker colours GaitCheck tracks, by name, with the sRGB of a typical sticker of that colour (used by the
/// synthetic renderer and the composited test clips; detection uses hue ranges, not these exact values).
/// </summary>
public static class MarkerColours
{
    public static IReadOnlyList<string> Names { get; } = ["green", "orange", "pink", "blue"];

    /// <summary>"#RRGGBB" of a typical sticker: a saturated green, orange, pink (magenta) or blue.</summary>
    public static string Sample(string name) => name switch
    {
        "green" => "#12B04A",
        "orange" => "#FF6A00",
        "pink" => "#F5198C",
        "blue" => "#1560E0",
        _ => throw new ArgumentException($"unknown marker colour '{name}'; known: {string.Join(", ", Names)}", nameof(name)),
    };
}
