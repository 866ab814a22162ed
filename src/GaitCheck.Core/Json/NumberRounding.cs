using System.Text.Json;

namespace GaitCheck.Core.Json;

/// <summary>
/// How a JSON document rounds its numbers: <see cref="Decimals"/> places with <see cref="Midpoint"/> rounding; a
/// non-finite value is written as null. <see cref="Even"/> is plain Math.Round (keypoints, truth and timings files:
/// a tiny negative value stays "-0"); <see cref="HalfAway"/> rounds halves away from zero and writes "-0" as 0
/// (result.json).
/// </summary>
public sealed record NumberRounding(int Decimals, MidpointRounding Midpoint, bool KeepsNegativeZero)
{
    public static NumberRounding Even(int decimals) => new(decimals, MidpointRounding.ToEven, KeepsNegativeZero: true);

    public static NumberRounding HalfAway(int decimals) => new(decimals, MidpointRounding.AwayFromZero, KeepsNegativeZero: false);

    public void Write(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!double.IsFinite(value)) { writer.WriteNullValue(); return; }
        double r = Math.Round(value, Decimals, Midpoint);
        if (r == 0 && !KeepsNegativeZero) r = 0;
        writer.WriteNumberValue(r);
    }

    /// <summary>A float stays a float (MathF.Round, shortest float text), as the keypoint file has always written it.</summary>
    public void Write(Utf8JsonWriter writer, float value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!float.IsFinite(value)) { writer.WriteNullValue(); return; }
        float r = MathF.Round(value, Decimals, Midpoint);
        if (r == 0 && !KeepsNegativeZero) r = 0;
        writer.WriteNumberValue(r);
    }
}
