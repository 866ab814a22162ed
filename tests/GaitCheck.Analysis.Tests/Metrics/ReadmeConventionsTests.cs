using GaitCheck.Analysis.Metrics;
using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Metrics;

/// <summary>The README's "Angle conventions" table lists every metric of the catalog, with its citation.</summary>
public class ReadmeConventionsTests
{
    [Fact]
    public void Every_catalog_metric_has_a_row_in_the_angle_conventions()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int start = readme.IndexOf("## Angle conventions", StringComparison.Ordinal);
        int end = readme.IndexOf("## Analysis", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README has no Angle conventions section");
        string section = readme[start..end];
        foreach (var m in MetricCatalog.All)
        {
            string row = section.Split('\n').SingleOrDefault(l => l.Contains($"(`{m.Id}`)", StringComparison.Ordinal))
                ?? throw new Xunit.Sdk.XunitException($"no row for {m.Id}");
            string firstAuthor = m.Citation.Split(' ', ',', ';')[0];
            Assert.Contains(firstAuthor, row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_marker_protocol_angle_has_a_row_with_its_first_author()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int start = readme.IndexOf("**Skin-marker protocols**", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no skin-marker protocol table");
        var lines = readme[start..].Split('\n');
        foreach (var p in Core.Markers.MarkerProtocols.All)
            foreach (var a in p.Angles)
            {
                string row = lines.SingleOrDefault(l => l.StartsWith($"| `{p.Id}` (", StringComparison.Ordinal) && l.Contains($"`{a.Metric}`", StringComparison.Ordinal))
                    ?? throw new Xunit.Sdk.XunitException($"no row for {p.Id} {a.Metric}");
                Assert.Contains(a.Citation.Split(' ', ',', ';')[0], row, StringComparison.Ordinal);
            }
    }
}
