using System.Globalization;
using System.Numerics;

namespace GaitCheck.Synth.Body;

/// <summary>Colours of the mannequin as "#RRGGBB". Left and right shoes differ only when a scenario asks.</summary>
public sealed record Appearance
{
    public string Skin { get; init; } = "#D9A982";
    public string Hair { get; init; } = "#3B2A1E";
    public string Shirt { get; init; } = "#2F6DB5";
    public string Shorts { get; init; } = "#2B2B33";
    public string Socks { get; init; } = "#EDEDED";
    public string LeftShoe { get; init; } = "#C8372D";
    public string RightShoe { get; init; } = "#C8372D";

    public static Appearance Bystander { get; } = new()
    {
        Skin = "#8D5A3B", Hair = "#121212", Shirt = "#3C8F4F", Shorts = "#6B5B45", Socks = "#303030",
        LeftShoe = "#E8E8E8", RightShoe = "#E8E8E8",
    };

    public static bool IsColour(string? hex) =>
        hex is { Length: 7 } && hex[0] == '#' && int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _);

    /// <summary>Parses "#RRGGBB" into linear-ish RGB in [0,1].</summary>
    public static Vector3 Rgb(string hex)
    {
        string h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v))
            throw new FormatException($"colour '{hex}' is not #RRGGBB");
        return new Vector3(((v >> 16) & 255) / 255f, ((v >> 8) & 255) / 255f, (v & 255) / 255f);
    }
}
