using GaitCheck.Core.Markers;
using Xunit;

namespace GaitCheck.Core.Tests.Markers;

public class MarkerProtocolTests
{
    [Fact]
    public void The_shipped_protocols_cover_the_issue_s_angles()
    {
        var frontal = MarkerProtocols.ForView("frontal")!;
        var posterior = MarkerProtocols.ForView("posterior")!;
        Assert.Equal(["fppa", "pelvic_drop"], frontal.Angles.Select(a => a.Metric));
        Assert.Equal(["pelvic_drop", "rearfoot_eversion_proxy"], posterior.Angles.Select(a => a.Metric));
        Assert.Equal(["L_ASIS", "R_ASIS"], frontal.AngleFor("pelvic_drop")!.MarkersFor(Side.Left));
        Assert.Equal(4, posterior.AngleFor("rearfoot_eversion_proxy")!.MarkersFor(Side.Right).Count);
        Assert.Null(MarkerProtocols.ForView("leftSagittal"));
        Assert.All(MarkerProtocols.All.SelectMany(p => p.Angles), a => Assert.False(string.IsNullOrWhiteSpace(a.Citation)));
        Assert.All(MarkerProtocols.All.SelectMany(p => p.Markers), m => Assert.False(string.IsNullOrWhiteSpace(m.Placement)));
    }

    [Fact]
    public void A_protocol_naming_a_missing_marker_or_landmark_is_refused()
    {
        var p = MarkerProtocols.ForView("frontal")!;
        var badAngle = p with { Angles = [p.Angles[0] with { Left = ["L_THIGH", "L_KNEE", "NOPE"] }] };
        Assert.Throws<InvalidOperationException>(() => MarkerProtocols.Check(badAngle));
        var badAnchor = p with { Markers = [p.Markers[0] with { Anchor = new MarkerAnchor { From = "left_elbowz" } }, .. p.Markers.Skip(1)] };
        Assert.Throws<InvalidOperationException>(() => MarkerProtocols.Check(badAnchor));
        Assert.Throws<ArgumentException>(() => MarkerColours.Sample("purple"));
    }

    [Fact]
    public void Tracks_are_looked_up_by_video_frame_and_gaps_stay_gaps()
    {
        var p = MarkerProtocols.ForView("frontal")!;
        int k = p.Markers.Count;
        float[][] Arr(float v) => Enumerable.Range(0, k).Select(_ => new[] { v, float.NaN }).ToArray();
        var t = new MarkerTracks(p, "green", [10, 12], Arr(5), Arr(6), Arr(7));
        Assert.Equal((5d, 6d), t.At("L_KNEE", 10));
        Assert.True(double.IsNaN(t.At("L_KNEE", 12).X));
        Assert.True(double.IsNaN(t.At("L_KNEE", 11).X));
        Assert.True(double.IsNaN(t.At("NOPE", 10).X));
        Assert.All(t.Stats(), s => Assert.Equal(0.5, s.TrackedFraction));
    }
}
