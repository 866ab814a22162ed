using GaitCheck.Core;

namespace GaitCheck.Reporting;

/// <summary>Invariant-culture number text for reports: fixed decimals, no "-0.0", empty for NaN.</summary>
public static class Num
{
    public static string F(double v, int decimals)
    {
        if (!double.IsFinite(v)) return "";
        double r = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        return Inv.F(r == 0 ? 0 : r, decimals);
    }
}
