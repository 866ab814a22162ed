namespace GaitCheck.Architecture.Tests;

/// <summary>The rules fail on made-up projects that break them, so a green architecture test means something.</summary>
public sealed class RuleSelfTests
{
    private static readonly string[] All = ["GaitCheck.Core", "GaitCheck.Analysis", "GaitCheck.Video", "GaitCheck.Reporting"];

    private static readonly ProjectRule Reporting = new("GaitCheck.Reporting",
        new HashSet<string>(StringComparer.Ordinal) { "GaitCheck.Core", "GaitCheck.Analysis" }, new HashSet<string>(StringComparer.Ordinal) { "ScottPlot" });

    private static SourceFile Source(string text) => ProjectReader.ParseSource("X.cs", text);

    private static ProjectFacts Facts(string[] refs, string[] packages, params SourceFile[] sources) =>
        new("GaitCheck.Reporting", refs.ToHashSet(StringComparer.Ordinal), packages.ToHashSet(StringComparer.Ordinal), [], sources);

    private static readonly SourceFile Good = Source("using GaitCheck.Core;\nusing GaitCheck.Analysis.Metrics;\nusing ScottPlot;\nnamespace GaitCheck.Reporting.Charts;\n");

    [Fact]
    public void A_project_that_matches_its_row_passes()
    {
        Assert.Empty(ArchitectureRules.Check(Facts(["GaitCheck.Core", "GaitCheck.Analysis"], ["ScottPlot"], Good), Reporting, All));
    }

    [Fact]
    public void A_missing_an_extra_and_an_unused_reference_fail()
    {
        var missing = ArchitectureRules.Check(Facts(["GaitCheck.Core"], ["ScottPlot"], Good), Reporting, All).ToList();
        Assert.Contains(missing, p => p.Contains("missing reference to GaitCheck.Analysis", StringComparison.Ordinal));
        var onlyCore = Source("using GaitCheck.Core;\nusing ScottPlot;\nnamespace GaitCheck.Reporting;\n// GaitCheck.Analysis in a comment does not count\n");
        var unused = ArchitectureRules.Check(Facts(["GaitCheck.Core", "GaitCheck.Analysis"], ["ScottPlot"], onlyCore), Reporting, All).ToList();
        Assert.Contains(unused, p => p.Contains("GaitCheck.Analysis is unused", StringComparison.Ordinal));
        var extra = ArchitectureRules.Check(Facts(["GaitCheck.Core", "GaitCheck.Analysis", "GaitCheck.Video"], ["ScottPlot"], Good), Reporting, All).ToList();
        Assert.Contains(extra, p => p.Contains("GaitCheck.Video is not in ARCHITECTURE.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forbidden_using_a_wrong_namespace_and_an_undeclared_package_fail()
    {
        var bad = Source("using GaitCheck.Core;\nusing GaitCheck.Analysis;\nusing GaitCheck.Video;\nusing OpenCvSharp;\nusing ScottPlot;\nnamespace GaitCheck.Pipeline.Charts;\ninternal static class C { }\n");
        var problems = ArchitectureRules.Check(Facts(["GaitCheck.Core", "GaitCheck.Analysis"], ["ScottPlot"], bad), Reporting, All).ToList();
        Assert.Contains(problems, p => p.Contains("crosses into GaitCheck.Video", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("is not under GaitCheck.Reporting", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("without declaring the OpenCvSharp4 package", StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_source_file_fails()
    {
        var p = new ProjectFacts("GaitCheck.Core.Tests", new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal),
            ["../GaitCheck.Analysis.Tests/Helper.cs"], []);
        Assert.Single(ArchitectureRules.CheckSharing(p));
    }

    [Fact]
    public void The_table_parser_reads_names_references_and_packages()
    {
        var t = DependencyTable.Parse("| Project | References | Packages |\n|---|---|---|\n| `GaitCheck.Core` | | |\n| `GaitCheck.Video` | Core | OpenCvSharp4 |\n");
        Assert.Empty(t["GaitCheck.Core"].References);
        Assert.Equal(["GaitCheck.Core"], t["GaitCheck.Video"].References);
        Assert.Equal(["OpenCvSharp4"], t["GaitCheck.Video"].Packages);
    }
}
