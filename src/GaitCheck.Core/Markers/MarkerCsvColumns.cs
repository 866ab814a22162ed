namespace GaitCheck.Core.Markers;

/// <summary>
/// markers.csv's file name and columns, shared by its writer (Reporting's <c>MarkerCsv</c>) and its reader
/// (<see cref="MarkerCsvReader"/>): frame, time_s, marker, x_px, y_px, diameter_px, colour.
/// </summary>
public static class MarkerCsvColumns
{
    public const string FileName = "markers.csv";
    public const string Frame = "frame";
    public const string Time = "time_s";
    public const string Marker = "marker";
    public const string X = "x_px";
    public const string Y = "y_px";
    public const string Diameter = "diameter_px";
    /// <summary>The sticker colour tracked, the same on every row (added after the first six; a file without it still reads).</summary>
    public const string Colour = "colour";

    /// <summary>The header markers.csv is written with.</summary>
    public static IReadOnlyList<string> All { get; } = [Frame, Time, Marker, X, Y, Diameter, Colour];

    /// <summary>The header of a markers.csv written before the colour column: still read, its colour <see cref="MarkerCsvReader.UnknownColour"/>.</summary>
    public static IReadOnlyList<string> WithoutColour { get; } = [Frame, Time, Marker, X, Y, Diameter];
}
