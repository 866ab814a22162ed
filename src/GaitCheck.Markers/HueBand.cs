using OpenCvSharp;

namespace GaitCheck.Markers;

/// <summary>
/// A sticker colour as a band of OpenCV HSV (hue 0-180, saturation and value 0-255). The bands are narrow in hue and
/// demand strong saturation, so skin (hue about 10-25, saturation below 160), wood and grey clothing stay out; what
/// is left is told apart from a marker by size and shape (<see cref="BlobFinder"/>). Orange shares its hue with skin,
/// so its floor is higher: dark skin (#6B4226, saturation 164) reaches 187 in noise 4, and at 175 its specks joined the
/// stickers and were taken for them (121 misplaced positions on the tuning grid's orange-on-dark-skin squat; none at 192).
/// </summary>
public sealed record HueBand(string Colour, int HueLo, int HueHi, int SatMin, int ValMin)
{
    public Scalar Lower => new(HueLo, SatMin, ValMin);
    public Scalar Upper => new(HueHi, 255, 255);

    public static IReadOnlyList<HueBand> All { get; } =
    [
        new("green", 40, 88, 100, 50),
        new("orange", 5, 21, 192, 80),
        new("pink", 148, 175, 110, 50),
        new("blue", 100, 124, 140, 50),
    ];

    public static HueBand For(string colour) => All.FirstOrDefault(b => b.Colour == colour)
        ?? throw new ArgumentException($"unknown marker colour '{colour}'", nameof(colour));
}
