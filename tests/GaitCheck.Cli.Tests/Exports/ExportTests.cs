using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Cli.Tests.Exports;

/// <summary>landmarks.trc, angles.mot and curves.csv of real analyses, parsed back and checked against keypoints.csv and result.json.</summary>
public class ExportTests(ExportFixture f) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Trc_holds_every_landmark_in_pixels_with_y_up()
    {
        var lines = File.ReadAllLines(Path.Combine(f.Running, "landmarks.trc"));
        Assert.Equal(["PathFileType", "4", "(X/Y/Z)", "landmarks.trc"], lines[0].Split('\t'));
        Assert.Equal("DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames", lines[1]);
        var h = lines[2].Split('\t');
        Assert.Equal("px", h[4]);
        Assert.Equal(60.0, ExportFiles.Number(h[0]), 3);
        Assert.Equal("33", h[3]);
        var names = lines[3].Split('\t').Skip(2).Where(s => s.Length > 0).ToList();
        Assert.Equal(33, names.Count);
        Assert.Equal("left_knee", names[25]);
        Assert.Equal("X26", lines[4].Split('\t')[2 + 3 * 25]);

        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(f.Running, "result.json")));
        int height = result.RootElement.GetProperty("source").GetProperty("height").GetInt32();
        var data = lines[5..];
        Assert.Equal(int.Parse(h[2], System.Globalization.CultureInfo.InvariantCulture), data.Length);
        // Every landmark of every frame matches keypoints.csv (x, and y flipped to point up), to keypoints.csv's 0.01 px.
        var kp = File.ReadAllLines(Path.Combine(f.Running, "keypoints.csv")).Skip(1).Select(CsvLine.Split).ToList();
        Assert.Equal(data.Length * 33, kp.Count);
        for (int i = 0; i < kp.Count; i++)
        {
            var row = data[i / 33].Split('\t');
            Assert.Equal(2 + 3 * 33, row.Length);
            Assert.Equal(ExportFiles.Number(kp[i][0]) + 1, ExportFiles.Number(row[0]));
            int m = i % 33;
            if (kp[i][5].Length == 0) // a gap: no value in either file
            {
                Assert.Equal(["", "", ""], row[(2 + 3 * m)..(5 + 3 * m)]);
                continue;
            }
            Assert.Equal(ExportFiles.Number(kp[i][5]), ExportFiles.Number(row[2 + 3 * m]), 0.006);
            Assert.Equal(height - ExportFiles.Number(kp[i][6]), ExportFiles.Number(row[3 + 3 * m]), 0.006);
            Assert.Equal("0", row[4 + 3 * m]);
        }
    }

    [Fact]
    public void Mot_is_an_opensim_storage_in_degrees_matching_the_reported_values()
    {
        var (header, columns, rows) = ExportFiles.Mot(Path.Combine(f.Squat, "angles.mot"));
        Assert.Equal("angles", header["name"]);
        Assert.Equal("1", header["version"]);
        Assert.Equal("yes", header["inDegrees"]);
        Assert.Equal(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), header["nRows"]);
        Assert.Equal(columns.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), header["nColumns"]);
        Assert.Equal("time", columns[0]);
        Assert.Contains("fppa_l", columns);
        Assert.All(rows, r => Assert.Equal(columns.Length, r.Length));
        // The stance knee's FPPA at each rep's bottom frame is the rep's value in result.json (0.1° rounding).
        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(f.Squat, "result.json")));
        int fppa = Array.IndexOf(columns, "fppa_" + result.RootElement.GetProperty("movement").GetProperty("stanceSide").GetString()![0]);
        var reps = result.RootElement.GetProperty("reps").EnumerateArray().ToList();
        Assert.NotEmpty(reps);
        foreach (var rep in reps)
        {
            var row = rows[rep.GetProperty("bottomFrame").GetInt32()];
            Assert.Equal(rep.GetProperty("bottomTime").GetDouble(), row[0], 3);
            Assert.Equal(rep.GetProperty("values").GetProperty("fppa").GetDouble(), row[fppa], 0.051);
        }
    }

    [Fact]
    public void Curves_have_101_points_per_stride_from_contact_to_contact()
    {
        var (_, columns, mot) = ExportFiles.Mot(Path.Combine(f.Running, "angles.mot"));
        var lines = File.ReadAllLines(Path.Combine(f.Running, "curves.csv"));
        Assert.Equal("cycle_type,cycle,side,metric,unit,percent,value", lines[0]);
        var rows = lines.Skip(1).Select(CsvLine.Split).ToList();
        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(f.Running, "result.json")));
        var strides = result.RootElement.GetProperty("strides").EnumerateArray().ToList();
        var cycles = rows.GroupBy(r => (r[0], r[1], r[2], r[3])).ToList();
        Assert.All(rows, r => Assert.Equal(("stride", "deg"), (r[0], r[4])));
        Assert.Equal(strides.Count, cycles.Select(c => (c.Key.Item2, c.Key.Item3)).Distinct().Count());
        foreach (var c in cycles)
        {
            Assert.Equal(Enumerable.Range(0, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), c.Select(r => r[5]));
            var stride = strides.Single(s => s.GetProperty("number").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) == c.Key.Item2
                && s.GetProperty("side").GetString() == c.Key.Item3);
            int col = Array.IndexOf(columns, c.Key.Item4 + "_" + c.Key.Item3[0]);
            Assert.True(col > 0, c.Key.Item4);
            // 0 % is the contact frame's value, 100 % the next contact's: the same numbers angles.mot holds.
            double first = mot[stride.GetProperty("contactFrame").GetInt32()][col], last = mot[stride.GetProperty("nextContactFrame").GetInt32()][col];
            Assert.Equal(double.IsNaN(first) ? "" : first.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), c.First()[6]);
            Assert.Equal(double.IsNaN(last) ? "" : last.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), c.Last()[6]);
        }
    }

    [Fact]
    public void Squat_curves_are_normalised_to_each_rep()
    {
        var rows = File.ReadAllLines(Path.Combine(f.Squat, "curves.csv")).Skip(1).Select(CsvLine.Split).ToList();
        using var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(f.Squat, "result.json")));
        int reps = result.RootElement.GetProperty("reps").GetArrayLength();
        Assert.All(rows, r => Assert.Equal("rep", r[0]));
        Assert.Equal(reps, rows.Select(r => r[1]).Distinct().Count());
        Assert.All(rows.GroupBy(r => (r[1], r[3])), g => Assert.Equal(101, g.Count()));
        Assert.Contains(rows, r => r[3] == "fppa" && r[6].Length > 0);
    }
}
