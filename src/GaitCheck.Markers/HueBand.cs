using OpenCvSharp;

namespace GaitCheck.Markers;

/// <summary>
/// A sticker colour as a band of OpenCV HSV (hue 0-180, saturation and value 0-255). The bands are narrow in hue and
/// demand strong saturation, so skin (hue about 10-25, saturation below 160), wood and grey clothing stay out; what
/// is left is told apart from a marker by size and shape (<see cref="BlobFinder"/>).
/// </summary>
public sealed record HueBand(string Colour, int HueLo, int HueHi, int SatMin, int ValMin)
{
    public Scalar Lower => new(HueLo, SatMin, ValMin);
    public Scalar Upper => new(HueHi, 255, 255);

    public static IReadOnlyList<HueBand> All { get; } =
    [
        new("green", 40, 88, 100, 50),
        new("orange", 5, 21, 175, 110),
        new("pink", 148, 175, 110, 90),
        new("blue", 100, 124, 140, 50),
    ];

    public static HueBand For(string colour) => All.FirstOrDefault(b => b.Colour == colour)
        ?? throw new ArgumentException($"unknown marker colour '{colour}'", nameof(colour));
}
