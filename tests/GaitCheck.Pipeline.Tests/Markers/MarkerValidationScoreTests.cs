using GaitCheck.Core.Markers;
using GaitCheck.DevTools.Markers;
using GaitCheck.Markers;

namespace GaitCheck.Pipeline.Tests.Markers;

/// <summary>The marker validation's scoring against hand-made truth: lost, misplaced and swapped marker-frames are counted and each is listed by marker and frame.</summary>
public class MarkerValidationScoreTests
{
    [Fact]
    public void Every_lost_misplaced_or_swapped_marker_frame_is_listed_with_its_reason()
    {
        var protocol = MarkerProtocols.ForView("frontal")!;
        int k = protocol.Markers.Count;
        const int n = 3;
        float[][] Filled(Func<int, int, float> v) => Enumerable.Range(0, k).Select(m => Enumerable.Range(0, n).Select(f => v(m, f)).ToArray()).ToArray();
        var truth = new MarkerTracks(protocol, "green", [0, 1, 2], Filled((m, _) => 100 * m), Filled((_, _) => 100), Filled((_, _) => 8));
        var x = Filled((m, _) => 100 * m);
        var y = Filled((_, _) => 100);
        var loss = Enumerable.Range(0, k).Select(_ => new MarkerLoss[n]).ToArray();
        x[0][1] = y[0][1] = float.NaN; loss[0][1] = MarkerLoss.Ambiguous;   // lost
        x[1][2] = 200;                                                       // at marker 2's place: a swap
        x[3][0] = 320;                                                       // 20 px off: misplaced
        var tracked = new MarkerTracks(protocol, "green", [0, 1, 2], x, y, Filled((_, _) => 8));
        var visible = Enumerable.Range(0, k).Select(_ => new[] { true, true, true }).ToArray();

        var c = MarkerValidation.Score("clip", "green", truth, visible, new MarkerPassResult(tracked, null, n, 1, loss));

        Assert.Equal(k * n, c.VisibleMarkerFrames);
        Assert.Equal(k * n - 1, c.TrackedVisible);
        Assert.Equal(2, c.Misplaced);
        Assert.Equal(1, c.Swaps);
        var rows = MarkerValidation.FailuresCsv([c]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("clip,marker,frame,true_x,true_y,x,y,outcome", rows[0]);
        Assert.Equal(
        [
            $"clip,{protocol.Markers[0].Id},1,0.00,100.00,–,–,ambiguous",
            $"clip,{protocol.Markers[1].Id},2,100.00,100.00,200.00,100.00,swap:{protocol.Markers[2].Id}",
            $"clip,{protocol.Markers[3].Id},0,300.00,100.00,320.00,100.00,misplaced",
        ], rows[1..]);
    }
}
