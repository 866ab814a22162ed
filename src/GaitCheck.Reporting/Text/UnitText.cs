namespace GaitCheck.Reporting.Text;

/// <summary>How a metric's unit follows a number in the report's and the terminal's words: "17.6°", "12 ms", "3.1 %LL".</summary>
public static class UnitText
{
    public static string After(string unit) => unit == "deg" ? "°" : " " + unit;
}
