using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using Xunit.Abstractions;
namespace GaitCheck.Synth.Tests;
public class ScratchDiagH(ITestOutputHelper o)
{
    [Fact]
    public void Diag()
    {
        foreach (var f in Directory.GetFiles("/tmp/synthE/valfull2/clips", "*.pose-full.keypoints.json").Order())
        {
            var r = ClipAnalyzer.Analyze(KeypointFile.Load(f));
            var pd = r.Metric(MetricCatalog.PelvicDrop);
            o.WriteLine($"{Path.GetFileName(f)}: {r.View.View} {r.Movement.Kind} {r.Movement.StanceSide} reps {r.Reps.Count} strides {r.Strides.Count} pelvicdrop {(pd is null ? "none" : pd.Reported + " " + string.Join(",", pd.Sides.Select(s => s.Mean)))}");
        }
    }
}
