using System.Reflection;

namespace GaitCheck.Reporting.Tests;

/// <summary>Dependencies point one way: Analysis and Reporting never see OpenCV or ONNX Runtime; Core depends on no GaitCheck assembly.</summary>
public class DependencyRuleTests
{
    private static readonly string[] Native = ["OpenCvSharp", "Microsoft.ML.OnnxRuntime"];

    [Theory]
    [InlineData(typeof(GaitCheck.Analysis.StructureAnalyzer))]
    [InlineData(typeof(ReportWriter))]
    public void Analysis_and_Reporting_reference_neither_OpenCv_nor_OnnxRuntime(Type inAssembly)
    {
        var refs = inAssembly.Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.Contains("GaitCheck.Core", refs);
        foreach (var n in Native)
            Assert.DoesNotContain(refs, r => r.StartsWith(n, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(refs, r => r is "GaitCheck.Video" or "GaitCheck.Pose" or "GaitCheck.Pipeline" or "GaitCheck.Cli");
    }

    [Fact]
    public void Core_references_no_GaitCheck_assembly()
    {
        Assembly core = typeof(GaitCheck.Core.Inv).Assembly;
        Assert.Equal("GaitCheck.Core", core.GetName().Name);
        var refs = core.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.NotEmpty(refs);
        Assert.DoesNotContain(refs, r => r.StartsWith("GaitCheck", StringComparison.Ordinal));
        foreach (var n in Native)
            Assert.DoesNotContain(refs, r => r.StartsWith(n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Reporting_references_Analysis_only_among_GaitCheck_libraries()
    {
        var refs = typeof(ReportWriter).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").Where(n => n.StartsWith("GaitCheck", StringComparison.Ordinal)).Order().ToList();
        Assert.All(refs, r => Assert.True(r is "GaitCheck.Core" or "GaitCheck.Analysis", r));
    }
}
