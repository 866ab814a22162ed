using GaitCheck.Analysis;
using GaitCheck.Analysis.Markers;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using GaitCheck.Core.Markers;
using GaitCheck.TestSupport;
using Xunit;

namespace GaitCheck.Analysis.Tests.Markers;

/// <summary>
/// Marker values replace the markerless ones for findings, the markerless values stay beside them, and a literature
/// threshold applies only where the protocol matches the paper's.
/// </summary>
public class MarkerAnalysisTests
{
    /// <summary>Frontal-protocol tracks placed on a constructed clip's landmarks, the knee marker moved <paramref name="kneeMedialPx"/> towards the midline.</summary>
    private static MarkerTracks Tracks(PoseSequence seq, double kneeMedialPx, Func<int, bool>? gap = null)
    {
        var p = MarkerProtocols.All.Single(x => x.Id == "frontal");
        int n = seq.Frames.Count, k = p.Markers.Count;
        var x = new float[k][]; var y = new float[k][]; var d = new float[k][];
        for (int m = 0; m < k; m++)
        {
            x[m] = new float[n]; y[m] = new float[n]; d[m] = new float[n];
            var spec = p.Markers[m];
            var side = spec.SideValue;
            for (int f = 0; f < n; f++)
            {
                var pts = seq.Frames[f].Points;
                P2 hip = P2.From(pts[(int)Skeleton.Of(side, Landmark.LeftHip)]), knee = P2.From(pts[(int)Skeleton.Of(side, Landmark.LeftKnee)]);
                P2 ankle = P2.From(pts[(int)Skeleton.Of(side, Landmark.LeftAnkle)]);
                // Frontal view: the subject's left is image +x, so medial for the left leg is −x.
                double medial = side == Side.Left ? -kneeMedialPx : kneeMedialPx;
                P2 at = spec.Site switch
                {
                    "asis" => hip + new P2(0, -60),
                    "thigh" => P2.Mid(hip, knee),
                    "knee" => knee + new P2(medial, 0),
                    _ => ankle,
                };
                bool g = gap?.Invoke(f) == true;
                x[m][f] = g ? float.NaN : (float)at.X; y[m][f] = g ? float.NaN : (float)at.Y; d[m][f] = 8;
            }
        }
        return new MarkerTracks(p, "green", seq.Frames.Select(f => f.Index).ToList(), x, y, d);
    }

    [Fact]
    public void Marker_fppa_replaces_the_markerless_value_which_stays_beside_it()
    {
        var (s, truth) = ConstructedStructures.Squat(CameraView.Frontal, new SquatPose(12, 3, 2, 0, 0), null);
        var markerless = ClipAnalyzer.FromStructure(s);
        var tracks = Tracks(s.Sequence, kneeMedialPx: 25);
        var withMarkers = ClipAnalyzer.FromStructure(s, new AnalysisOptions { Markers = tracks });

        var pose = markerless.Metric(MetricCatalog.Fppa)!;
        var fppa = withMarkers.Metric(MetricCatalog.Fppa)!;
        Assert.NotNull(fppa.Markers);
        Assert.Equal("frontal", fppa.Markers!.Protocol);
        Assert.Equal(pose.Sides.Single().Mean, fppa.Markers.MarkerlessSides.Single().Mean);
        // The expected protocol value: the same cited geometry on the marker positions at each rep's bottom.
        var angles = new MarkerAngles(tracks, CameraView.Frontal);
        double expected = withMarkers.Reps.Average(r => angles.At(MetricCatalog.Fppa, s.Sequence.Frames[r.BottomFrame].Index, Side.Left));
        Assert.Equal(Math.Round(expected, 1), fppa.Sides.Single().Mean, 1);
        Assert.True(fppa.Sides.Single().Mean > pose.Sides.Single().Mean + 3, "a knee marker placed medially reads more valgus than the landmarks");
        Assert.All(withMarkers.Reps, r => Assert.True(r.MarkerlessValues.ContainsKey(MetricCatalog.Fppa)));
        Assert.Contains(withMarkers.Findings, f => f.MetricId == MetricCatalog.Fppa && f.MarkerProtocol == "frontal");
        Assert.Contains(withMarkers.Notes, n => n.StartsWith("Measured from skin markers", StringComparison.Ordinal));
        Assert.Equal(8, withMarkers.MarkerTracking.Count);
        Assert.Single(truth.Select(t => t.Side).Distinct());
    }

    [Fact]
    public void The_frontal_asis_pelvic_drop_is_shown_without_the_running_papers_threshold()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, new SquatPose(12, 9, 2, 0, 0), null);
        var r = ClipAnalyzer.FromStructure(s, new AnalysisOptions { Markers = Tracks(s.Sequence, 0) });
        var drop = r.Metric(MetricCatalog.PelvicDrop)!;
        Assert.NotNull(drop.Markers);
        Assert.False(drop.Markers!.ThresholdsApply);
        Assert.Null(drop.Threshold);
        Assert.DoesNotContain(r.Findings, f => f.MetricId == MetricCatalog.PelvicDrop);
        Assert.True(drop.Sides.Single().Mean > 5, "the value itself is still reported");
    }

    [Fact]
    public void A_marker_gap_at_every_bottom_leaves_no_value_never_the_landmarks()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Frontal, new SquatPose(12, 3, 2, 0, 0), null);
        var bottoms = s.Reps.SelectMany(r => Enumerable.Range(r.BottomFrame - 3, 7)).ToHashSet();
        var r = ClipAnalyzer.FromStructure(s, new AnalysisOptions { Markers = Tracks(s.Sequence, 10, f => bottoms.Contains(f)) });
        var fppa = r.Metric(MetricCatalog.Fppa)!;
        Assert.Empty(fppa.Sides);
        Assert.NotEmpty(fppa.Markers!.MarkerlessSides);
    }

    [Fact]
    public void A_protocol_for_another_view_measures_nothing_and_says_so()
    {
        var (s, _) = ConstructedStructures.Squat(CameraView.Posterior, new SquatPose(12, 3, 2, 0, 0), null);
        var r = ClipAnalyzer.FromStructure(s, new AnalysisOptions { Markers = Tracks(s.Sequence, 10) });
        Assert.All(r.Metrics, m => Assert.Null(m.Markers));
        Assert.Contains(r.Notes, n => n.Contains("protocol is for the frontal view", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Side.Left, -1, 5)]    // posterior: the left leg's lateral is image −x; heel bottom lateral = eversion
    [InlineData(Side.Right, 1, 5)]
    [InlineData(Side.Left, 1, -5)]
    public void Rearfoot_angle_is_positive_when_the_heel_bottom_lies_lateral(Side side, int dx, double sign)
    {
        double a = Geometry2D.RearfootAngle(new P2(100, 100), new P2(100, 200), new P2(100, 220), new P2(100 + dx * 5, 260), side, CameraView.Posterior);
        Assert.Equal(Math.Sign(sign), Math.Sign(a));
        Assert.Equal(Math.Atan2(5, 40) * 180 / Math.PI, Math.Abs(a), 6);
        Assert.True(double.IsNaN(Geometry2D.RearfootAngle(new P2(0, 0), new P2(0, 1), new P2(0, 2), new P2(0, 3), side, CameraView.Frontal)));
    }

    [Theory]
    [InlineData(40.0, 8f, true)]
    [InlineData(6.0, 8f, false)]   // a heel pair seen end-on: half a pixel of centroid error would swing the angle by 7°
    [InlineData(40.0, 4f, false)]  // stickers 4 px across: their centres are not good to a pixel
    public void A_rearfoot_angle_is_drawn_only_through_markers_far_enough_apart_and_large_enough(double heelPairPx, float diameter, bool measured)
    {
        var p = MarkerProtocols.All.Single(x => x.Id == "posterior");
        var place = new Dictionary<string, (float X, float Y)>
        {
            ["SHANK_PROX"] = (100, 100), ["SHANK_DIST"] = (100, 200), ["CALC_PROX"] = (100, 220), ["CALC_DIST"] = (103, 220 + (float)heelPairPx),
            ["PSIS"] = (100, 0),
        };
        var x = p.Markers.Select(m => new[] { place[m.Id[2..]].X + (m.SideValue == Side.Left ? 0 : 300) }).ToArray();
        var y = p.Markers.Select(m => new[] { place[m.Id[2..]].Y }).ToArray();
        var d = p.Markers.Select(_ => new[] { diameter }).ToArray();
        var angles = new MarkerAngles(new MarkerTracks(p, "green", [0], x, y, d), CameraView.Posterior);
        double a = angles.At("rearfoot_eversion_proxy", 0, Side.Left);
        Assert.Equal(measured, double.IsFinite(a));
    }
}
