using GaitCheck.Core;
using GaitCheck.Core.Markers;
using GaitCheck.Reporting.Csv;

namespace GaitCheck.Reporting.Tests;

/// <summary>
/// markers.csv read back (`analyze-keypoints --markers`): what <see cref="MarkerCsv"/> writes, <see cref="MarkerCsvReader"/>
/// rebuilds (positions to the written 0.01 px, gaps, colour, protocol, frame alignment), and a damaged or mismatched
/// file is a <see cref="FormatException"/> naming the line, never a different set of tracks.
/// </summary>
public class MarkerCsvReaderTests
{
    private const double Fps = 30;

    /// <summary>Keypoint frames 10, 11, 12, 14, 15 (frame 13 was not decoded) at their video times.</summary>
    private static PoseSequence Keypoints(params int[] indices) => new()
    {
        Video = new VideoInfo { Path = "clip.mp4", Width = 1280, Height = 720, Fps = Fps },
        Frames = [.. (indices.Length > 0 ? indices : [10, 11, 12, 14, 15]).Select(i => new PoseFrame { Index = i, Time = i / Fps, Points = new Keypoint[Skeleton.Count] })],
    };

    /// <summary>Tracks of <paramref name="protocolId"/> on every frame of <paramref name="seq"/>, with gaps where (marker + frame) % 4 == 0.</summary>
    private static MarkerTracks Tracks(PoseSequence seq, string protocolId = "posterior", string colour = "pink")
    {
        var p = MarkerProtocols.All.Single(x => x.Id == protocolId);
        int n = seq.Frames.Count, k = p.Markers.Count;
        float[][] x = MarkerTracks.Gaps(k, n), y = MarkerTracks.Gaps(k, n), d = MarkerTracks.Gaps(k, n);
        for (int m = 0; m < k; m++)
            for (int f = 0; f < n; f++)
            {
                if ((m + f) % 4 == 0) continue;
                x[m][f] = 100.123f + 37.7f * m + 1.01f * f; y[m][f] = 400.456f - 13.3f * m + 0.5f * f; d[m][f] = 11.5f + 0.25f * m;
            }
        return new MarkerTracks(p, colour, [.. seq.Frames.Select(f => f.Index)], x, y, d);
    }

    [Theory]
    [InlineData("frontal", "green")]
    [InlineData("posterior", "pink")]
    public void What_the_writer_writes_reads_back_as_the_same_tracks_with_their_gaps(string protocol, string colour)
    {
        var seq = Keypoints();
        var written = Tracks(seq, protocol, colour);
        var read = MarkerCsvReader.Parse(MarkerCsv.Write(written, seq), seq);

        Assert.Same(written.Protocol, read.Protocol);
        Assert.Equal(colour, read.Colour);
        Assert.Equal(written.FrameIndices, read.FrameIndices);
        int gaps = 0;
        for (int m = 0; m < written.Protocol.Markers.Count; m++)
            for (int f = 0; f < written.FrameCount; f++)
            {
                if (!float.IsFinite(written.X[m][f]))
                {
                    gaps++;
                    Assert.True(float.IsNaN(read.X[m][f]) && float.IsNaN(read.Y[m][f]) && float.IsNaN(read.Diameter[m][f]), $"marker {m} frame {f} is a gap");
                    continue;
                }
                // The file holds 0.01 px.
                Assert.Equal(Math.Round(written.X[m][f], 2), read.X[m][f], 0.0001);
                Assert.Equal(Math.Round(written.Y[m][f], 2), read.Y[m][f], 0.0001);
                Assert.Equal(Math.Round(written.Diameter[m][f], 2), read.Diameter[m][f], 0.0001);
            }
        Assert.True(gaps > 0, "the fixture has gaps");
        Assert.Equal(written.Stats().Select(s => s.TrackedFraction), read.Stats().Select(s => s.TrackedFraction));
        // Written again, the read tracks give the same bytes.
        Assert.Equal(MarkerCsv.Write(written, seq), MarkerCsv.Write(read, seq));
    }

    [Fact]
    public void A_decimal_comma_culture_reads_the_same_numbers()
    {
        var seq = Keypoints();
        string text = MarkerCsv.Write(Tracks(seq), seq);
        var invariant = MarkerCsvReader.Parse(text, seq);
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            System.Globalization.CultureInfo.CurrentCulture = comma;
            Assert.Equal("1,5", 1.5.ToString(System.Globalization.CultureInfo.CurrentCulture));
            var read = MarkerCsvReader.Parse(text, seq);
            for (int m = 0; m < read.Protocol.Markers.Count; m++) Assert.Equal(invariant.X[m], read.X[m]);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public void A_keypoint_frame_the_file_lacks_is_a_gap()
    {
        var seq = Keypoints();
        var lines = MarkerCsv.Write(Tracks(seq), seq).Split('\n');
        string text = string.Join('\n', lines.Where(l => !l.StartsWith("12,", StringComparison.Ordinal)));
        var read = MarkerCsvReader.Parse(text, seq);
        int entry = read.FrameIndices.ToList().IndexOf(12);
        Assert.All(read.X, track => Assert.True(float.IsNaN(track[entry])));
        Assert.Contains(read.X, track => float.IsFinite(track[entry + 1]));
    }

    [Fact]
    public void A_file_without_the_colour_column_reads_with_an_unknown_colour()
    {
        var seq = Keypoints();
        var written = Tracks(seq);
        string text = string.Concat(MarkerCsv.Write(written, seq).Split('\n').Where(l => l.Length > 0).Select(l => l[..l.LastIndexOf(',')] + "\n"));
        Assert.StartsWith(string.Join(",", MarkerCsvColumns.WithoutColour) + "\n", text, StringComparison.Ordinal);
        var read = MarkerCsvReader.Parse(text, seq);
        Assert.Equal(MarkerCsvReader.UnknownColour, read.Colour);
        Assert.Equal(written.X[1], read.X[1], (a, b) => float.IsNaN(a) ? float.IsNaN(b) : Math.Abs(a - b) < 0.006);
    }

    public static TheoryData<string, string, string> Damaged => new()
    {
        // (what is done to the text, the replaced text, the message it must give)
        { "header", "frame,time,marker,x_px,y_px,diameter_px,colour", "line 1: the header is" },
        { "first-row", "10,0.3333,L_PSIS,abc,400.46,11.50,pink", "line 2: x_px 'abc' is not a number" },
        { "first-row", "10,0.3333,L_PSIS,100,400,11,pink,extra", "line 2 has 8 fields, expected 7" },
        { "first-row", "10,0.3333,L_PSIS,100,,11,pink", "line 2: x_px, y_px and diameter_px must be three numbers" },
        { "first-row", "10,0.3333,L_FOOT,100,400,11,pink", "line 2: marker 'L_FOOT' is not a marker of any protocol" },
        { "first-row", "10,0.3333,L_PSIS,100,400,11,purple", "line 2: colour 'purple' is not one of" },
        { "first-row", "10,0.3333,L_PSIS,1e99,400,11,pink", "line 2: x_px '1e99' is not a number" },
        { "first-row", "10,0.3333,L_PSIS,NaN,400,11,pink", "line 2: x_px 'NaN' is not a number" },
        { "first-row", "10,0.3333,L_PSIS,\"100,5\",400,11,pink", "line 2: x_px '100,5' is not a number" },
        { "first-row", "ten,0.3333,L_PSIS,100,400,11,pink", "line 2: frame 'ten' is not a frame number" },
        { "first-row", "13,0.4333,L_PSIS,100,400,11,pink", "line 2: frame 13 is not a frame of the keypoint file" },
        { "first-row", "10,0.5000,L_PSIS,100,400,11,pink", "line 2: frame 10 is at 0.5 s, but the keypoint file's frame 10 is at 0.3333 s" },
        { "first-row", "10,0.3333,L_PSIS,100,400,11,orange", "colour pink, but earlier rows say orange" },
        { "first-row", "10,0.3333,R_PSIS,100,400,11,pink", "marker R_PSIS is listed twice for frame 10" },
        { "first-row", "10,0.3333,L_ASIS,100,400,11,pink", "has markers of protocols" },
        { "truncate", "", "ends without a line break: the file is cut short" },
        { "header-only", "", "has no rows after its header" },
        { "drop-marker", "R_CALC_DIST", "has no rows for R_CALC_DIST of protocol posterior" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_damaged_or_mismatched_file_names_the_line_and_the_fault(string how, string text, string message)
    {
        var seq = Keypoints();
        string csv = MarkerCsv.Write(Tracks(seq), seq);
        var lines = csv.Split('\n').ToList();
        string damaged = how switch
        {
            "header" => string.Join('\n', [text, .. lines.Skip(1)]),
            "first-row" => string.Join('\n', [lines[0], text, .. lines.Skip(2)]),
            "truncate" => csv[..^9],
            "header-only" => lines[0] + "\n",
            "drop-marker" => string.Join('\n', lines.Where(l => !l.Contains(text, StringComparison.Ordinal))),
            _ => throw new ArgumentException(how),
        };
        var e = Assert.Throws<FormatException>(() => MarkerCsvReader.Parse(damaged, seq));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
