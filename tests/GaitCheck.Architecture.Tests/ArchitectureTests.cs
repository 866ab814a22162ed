using GaitCheck.TestSupport;

namespace GaitCheck.Architecture.Tests;

/// <summary>Every project file and every namespace against ARCHITECTURE.md's dependency table.</summary>
public sealed class ArchitectureTests
{
    private static readonly IReadOnlyDictionary<string, ProjectRule> Table =
        DependencyTable.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "ARCHITECTURE.md")));

    private static IEnumerable<string> Projects(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void The_table_names_every_production_project_and_only_those()
    {
        var onDisk = Projects("src").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.True(onDisk.Count >= 10, $"only {onDisk.Count} projects found under src/");
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), Table.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_production_project_matches_its_row()
    {
        var problems = Projects("src").Select(ProjectReader.Read)
            .SelectMany(p => ArchitectureRules.Check(p, Table[p.Project], Table.Keys.ToList())).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_project_compiles_another_projects_files_or_references_a_test_project()
    {
        var problems = Projects("src").Concat(Projects("tests")).Select(ProjectReader.Read).SelectMany(ArchitectureRules.CheckSharing).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Analysis_and_reporting_never_see_opencv_or_onnx_runtime()
    {
        foreach (string name in new[] { "GaitCheck.Core", "GaitCheck.Analysis", "GaitCheck.Reporting" })
            Assert.DoesNotContain(Table[name].Packages, k => k.StartsWith("OpenCvSharp", StringComparison.Ordinal) || k.Contains("OnnxRuntime", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cli_sees_only_core_and_pipeline()
    {
        Assert.Equal(["GaitCheck.Core", "GaitCheck.Pipeline"], Table["GaitCheck.Cli"].References.Order(StringComparer.Ordinal));
    }
}
