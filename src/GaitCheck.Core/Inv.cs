using System.Globalization;

namespace GaitCheck.Core;

/// <summary>Invariant-culture number formatting for every number GaitCheck writes.</summary>
public static class Inv
{
    public static readonly CultureInfo C = CultureInfo.InvariantCulture;
    public static string F(double v, int decimals) => double.IsFinite(v) ? v.ToString("F" + decimals.ToString(C), C) : "";
    public static string R(double v) => double.IsFinite(v) ? v.ToString("R", C) : "";
    public static string I(long v) => v.ToString(C);
    /// <summary>A number for a message: shortest round-trip form, and "NaN" / "infinity" spelled out (never a blank).</summary>
    public static string Text(double v) => double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "infinity" : double.IsNegativeInfinity(v) ? "-infinity" : v.ToString("R", C);
    public static double ParseDouble(string s) => double.Parse(s, NumberStyles.Float, C);
}
