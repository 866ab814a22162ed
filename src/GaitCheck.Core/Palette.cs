namespace GaitCheck.Core;

/// <summary>An sRGB colour, 8 bits per channel.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>"#RRGGBB" (upper case), as CSS and ScottPlot take it.</summary>
    public string Hex => $"#{R:X2}{G:X2}{B:X2}";
}

/// <summary>
/// The one palette of every picture GaitCheck draws: overlay video, key frames, charts and the report's CSS.
/// Sides and bands use Okabe &amp; Ito's colour-blind-safe set (Okabe M, Ito K. Color Universal Design, 2008): the
/// subject's LEFT side sky blue, RIGHT side orange, whatever crosses the midline white on video and near-black on paper.
/// </summary>
public static class Palette
{
    public static readonly Rgb Left = new(86, 180, 233);      // Okabe-Ito sky blue
    public static readonly Rgb Right = new(230, 159, 0);      // Okabe-Ito orange
    /// <summary>Bones across the midline on video (shoulders, hips) and overlay text.</summary>
    public static readonly Rgb Midline = new(255, 255, 255);
    /// <summary>Side-less series on paper.</summary>
    public static readonly Rgb Neutral = new(51, 51, 51);
    /// <summary>The literature's typical range.</summary>
    public static readonly Rgb Typical = new(0, 158, 115);    // Okabe-Ito bluish green
    /// <summary>The literature's elevated range.</summary>
    public static readonly Rgb Elevated = new(213, 94, 0);    // Okabe-Ito vermillion
    /// <summary>Repetitions and their bottoms.</summary>
    public static readonly Rgb Rep = new(204, 121, 167);      // Okabe-Ito reddish purple
    /// <summary>The measurement-noise band.</summary>
    public static readonly Rgb Noise = new(127, 127, 127);

    /// <summary>The colour of a side; <see cref="Neutral"/> for none.</summary>
    public static Rgb Of(Side? side) => side switch { Side.Left => Left, Side.Right => Right, _ => Neutral };
}
