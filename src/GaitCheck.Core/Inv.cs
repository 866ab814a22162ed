using System.Globalization;

namespace GaitCheck.Core;

/// <summary>Invariant-culture number formatting for every number GaitCheck writes.</summary>
public static class Inv
{
    public static readonly CultureInfo C = CultureInfo.InvariantCulture;
    public static string F(double v, int decimals) => double.IsFinite(v) ? v.ToString("F" + decimals.ToString(C), C) : "";
    public static string R(double v) => double.IsFinite(v) ? v.ToString("R", C) : "";
    public static string I(long v) => v.ToString(C);
    public static double ParseDouble(string s) => double.Parse(s, NumberStyles.Float, C);
}
