using System.Globalization;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Reporting.Tests;

public class CsvTests
{
    /// <summary>A culture that writes numbers the German way (decimal comma). Globalization is invariant in this build, so de-DE is emulated.</summary>
    private static CultureInfo GermanLike()
    {
        try { return CultureInfo.GetCultureInfo("de-DE", predefinedOnly: false) is { NumberFormat.NumberDecimalSeparator: "," } de ? de : Emulated(); }
        catch (CultureNotFoundException) { return Emulated(); }
        static CultureInfo Emulated()
        {
            var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            c.NumberFormat.NumberDecimalSeparator = ",";
            c.NumberFormat.NumberGroupSeparator = ".";
            return c;
        }
    }

    [Fact]
    public void Summary_uses_invariant_decimals_under_a_decimal_comma_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = GermanLike();
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really uses a comma
            string csv = CsvWriter.Summary(SampleDocuments.RightValgusSquat().Metrics);
            var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("metric,name,unit,event,side,n,mean,sd,worst,", lines[0], StringComparison.Ordinal);
            var right = lines.Single(l => l.StartsWith("fppa,", StringComparison.Ordinal) && l.Contains(",right,", StringComparison.Ordinal));
            Assert.Contains(",3,17.63,0.91,18.40,-10.90,8.00,13.50,", right, StringComparison.Ordinal);
            Assert.DoesNotContain("17,63", csv, StringComparison.Ordinal);
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public void Every_row_has_as_many_fields_as_the_header_and_quotes_commas()
    {
        string csv = CsvWriter.Summary(SampleDocuments.RightValgusSquat().Metrics);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int cols = lines[0].Split(',').Length;
        foreach (var l in lines) Assert.Equal(cols, ParseFields(l).Count);
        Assert.Contains("\"controls 8.4 ± 5.1°, PFP 16.8 ± 5.4° (Herrington 2014)\"", csv, StringComparison.Ordinal);
        Assert.Equal(1 + 2 + 1 + 2, lines.Length); // header, fppa L/R, pelvic drop, knee flexion L/R
    }

    [Fact]
    public void Field_quotes_only_when_needed()
    {
        Assert.Equal("abc", CsvWriter.Field("abc"));
        Assert.Equal("\"a,b\"", CsvWriter.Field("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvWriter.Field("say \"hi\""));
    }

    private static List<string> ParseFields(string line)
    {
        var fields = new List<string>();
        var cur = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted) { if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cur.Append('"'); i++; } else if (c == '"') quoted = false; else cur.Append(c); }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(cur.ToString()); cur.Clear(); }
            else cur.Append(c);
        }
        fields.Add(cur.ToString());
        return fields;
    }
}
