using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>`analyze-keypoints --markers FILE` with a file it cannot use: one line on stderr, the documented exit code, no result.json.</summary>
public class AnalyzeKeypointsMarkersErrorTests
{
    private static readonly string Keypoints = Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.truth.keypoints.json");

    [Theory]
    [InlineData("bad-header", "frame;time_s;marker;x_px;y_px;diameter_px;colour\n0;0;L_ASIS;1;2;3;green\n", "the header is")]
    [InlineData("not-a-number", "frame,time_s,marker,x_px,y_px,diameter_px,colour\n0,,L_ASIS,1O2.5,2,3,green\n", "x_px '1O2.5' is not a number")]
    [InlineData("unknown-marker", "frame,time_s,marker,x_px,y_px,diameter_px,colour\n0,,L_ELBOW,1,2,3,green\n", "marker 'L_ELBOW' is not a marker of any protocol")]
    [InlineData("truncated", "frame,time_s,marker,x_px,y_px,diameter_px,colour\n0,,L_ASIS,1,2,3,gr", "the file is cut short")]
    public void A_malformed_markers_file_is_bad_input_in_one_line(string name, string text, string message)
    {
        string dir = RepoPaths.Actual(Path.Combine("markers-csv-bad", name));
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        Directory.CreateDirectory(dir);
        string csv = Path.Combine(dir, "markers.csv");
        File.WriteAllText(csv, text);
        var r = CliRunner.Run("analyze-keypoints", Keypoints, "--markers", csv, "--out", dir);
        Assert.True(r.Code == 10, r.ToString());
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("gaitcheck: error: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "result.json")));
    }

    [Fact]
    public void A_missing_markers_file_is_input_not_found()
    {
        string dir = RepoPaths.Actual(Path.Combine("markers-csv-bad", "missing"));
        var r = CliRunner.Run("analyze-keypoints", Keypoints, "--markers", Path.Combine(dir, "no-such-markers.csv"), "--out", dir);
        Assert.True(r.Code == 3, r.ToString());
        Assert.Contains("markers file not found", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }
}
