using System.Buffers.Binary;
using GaitCheck.Reporting.Charts;

namespace GaitCheck.Reporting.Tests;

public class ChartTests
{
    [Fact]
    public void Charts_are_valid_pngs_of_the_declared_size()
    {
        var charts = ChartSet.Render(SampleDocuments.RightValgusSquat());
        var names = charts.Select(c => c.FileName).ToList();
        Assert.Contains("fppa-per-cycle.png", names);
        Assert.Contains("fppa.png", names);
        Assert.Contains("pelvic-drop.png", names);
        Assert.Contains("knee-flexion.png", names);
        Assert.Contains("side-comparison.png", names);
        Assert.DoesNotContain("rearfoot-eversion-per-cycle.png", names); // no data, no chart
        foreach (var c in charts)
        {
            Assert.True(c.Png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), c.FileName + " has the PNG signature");
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(c.Png, 12, 4));
            Assert.Equal(ChartRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(c.Png.AsSpan(16)));
            Assert.Equal(ChartRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(c.Png.AsSpan(20)));
            Assert.True(c.Png.Length > 5000, c.FileName + " has content");
            Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(c.Png, c.Png.Length - 8, 4));
        }
    }

    [Fact]
    public void Charts_are_deterministic()
    {
        var a = ChartSet.Render(SampleDocuments.RightValgusSquat());
        var b = ChartSet.Render(SampleDocuments.RightValgusSquat());
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++) Assert.True(a[i].Png.AsSpan().SequenceEqual(b[i].Png), a[i].FileName + " differs between runs");
    }

    [Fact]
    public void Empty_document_gets_no_charts()
    {
        var doc = new ReportDocument { Clip = new ClipFacts { FileName = "x.mp4" } };
        Assert.Empty(ChartSet.Render(doc));
    }
}
