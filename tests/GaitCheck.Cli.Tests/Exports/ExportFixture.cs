using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests.Exports;

/// <summary>Two real analyses (the committed running and single-leg squat samples, lite model), made once for the export tests.</summary>
public sealed class ExportFixture
{
    public string Running { get; } = Analyse("run-posterior");
    public string Squat { get; } = Analyse("sls-frontal-valgus-left");

    private static string Analyse(string clip)
    {
        string o = Path.Combine(RepoPaths.Actual("exports"), clip);
        if (Directory.Exists(o)) Directory.Delete(o, recursive: true);
        var r = CliRunner.Run(["analyze", Path.Combine(RepoPaths.SampleVideos, clip + ".mp4"), "--out", o, "--model", "lite", "--no-overlay"]);
        if (r.Code != 0) throw new InvalidOperationException("the analysis for the export tests failed: " + r);
        return o;
    }
}

/// <summary>Readers of the files the export tests parse back.</summary>
internal static class ExportFiles
{
    public static double Number(string s) => double.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>angles.mot: header key=value lines up to endheader, then the column names and the rows.</summary>
    public static (Dictionary<string, string> Header, string[] Columns, List<double[]> Rows) Mot(string path)
    {
        var lines = File.ReadAllLines(path);
        int end = Array.IndexOf(lines, "endheader");
        Assert.True(end > 0, "no endheader line");
        var header = lines[1..end].Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        header["name"] = lines[0];
        var columns = lines[end + 1].Split('\t');
        var rows = lines[(end + 2)..].Select(l => l.Split('\t').Select(Number).ToArray()).ToList();
        return (header, columns, rows);
    }
}
