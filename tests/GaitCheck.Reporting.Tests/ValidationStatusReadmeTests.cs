using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Validation;
using GaitCheck.TestSupport;

namespace GaitCheck.Reporting.Tests;

/// <summary>
/// The validation status table is data in one place (the embedded metric-validation.json); the README's table is its
/// rendering, kept identical by this test, and the three angles the tool exists for each have a verdict.
/// </summary>
public class ValidationStatusReadmeTests
{
    private const string Begin = "<!-- metric-validation:begin -->", End = "<!-- metric-validation:end -->";

    [Fact]
    public void The_readme_shows_exactly_the_shipped_status_table()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        int a = readme.IndexOf(Begin, StringComparison.Ordinal), b = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a, "README has no metric-validation block");
        string inReadme = readme[(a + Begin.Length)..b].Trim('\n');
        Assert.Equal(StatusMarkdown.Table(MetricValidationTable.Current).Trim('\n'), inReadme);
    }

    [Theory]
    [InlineData(MetricCatalog.Fppa, CameraView.Frontal, MovementKind.SingleLegSquat)]
    [InlineData(MetricCatalog.Fppa, CameraView.Posterior, MovementKind.SingleLegSquat)]
    [InlineData(MetricCatalog.PelvicDrop, CameraView.Frontal, MovementKind.SingleLegSquat)]
    [InlineData(MetricCatalog.PelvicDrop, CameraView.Posterior, MovementKind.Running)]
    [InlineData(MetricCatalog.RearfootEversion, CameraView.Posterior, MovementKind.Running)]
    public void The_shipped_table_judges_the_key_angles_with_test_grid_figures(string metric, CameraView view, MovementKind movement)
    {
        var table = MetricValidationTable.Current;
        Assert.StartsWith(MetricValidationTable.PoseModelPrefix, table.Pipeline, StringComparison.Ordinal);
        var e = table.Find(metric, view, movement);
        Assert.NotNull(e);
        Assert.NotEqual(ValidationStatus.NotValidated, e.Status);
        Assert.NotNull(e.Test);
        Assert.True(e.Test.N >= 10, $"{metric} {view} {movement}: only {e.Test.N} test values");
        // The verdict is the rules' verdict on the figures shown.
        Assert.Equal(MetricValidationTable.Judge(e.Test, MetricCatalog.Get(metric)).Status, e.Status);
    }
}
