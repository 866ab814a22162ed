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
}
