using GaitCheck.Core;
using GaitCheck.Core.Markers;
using GaitCheck.Markers;
using Xunit;

namespace GaitCheck.Markers.Tests;

/// <summary>Identity through crossings, occlusion and same-coloured objects, on blob lists built by hand.</summary>
public class MarkerTrackerTests
{
    private static readonly MarkerProtocol Frontal = MarkerProtocols.ForView("frontal")!;
    private const double Leg = 800;

    private static int Id(string id) => Frontal.Markers.ToList().FindIndex(m => m.Id == id);

    /// <summary>Every marker's anchor at a default place; the ankles' anchors given.</summary>
    private static (double X, double Y)[] Anchors((double X, double Y) leftAnkle, (double X, double Y) rightAnkle)
    {
        var a = Frontal.Markers.Select((m, i) => (X: 300.0 + 40 * i, Y: 100.0 + 10 * i)).ToArray();
        a[Id("L_ANKLE")] = leftAnkle; a[Id("R_ANKLE")] = rightAnkle;
        return a;
    }

    [Fact]
    public void Crossing_ankles_keep_their_identities_even_when_the_pose_swaps_sides_for_a_few_frames()
    {
        const int n = 60;
        var t = new MarkerTracker(Frontal, n);
        for (int f = 0; f < n; f++)
        {
            // The ankles cross: the left moves from x 400 to 600, the right from 600 to 400, both 12 px below their anchors.
            double lx = 400 + 200.0 * f / (n - 1), rx = 600 - 200.0 * f / (n - 1);
            bool poseSwapped = f is >= 25 and < 31;   // BlazePose labels the legs the wrong way round near the crossing
            var anchors = poseSwapped ? Anchors((rx, 900), (lx, 900)) : Anchors((lx, 900), (rx, 900));
            var blobs = new List<Blob> { new(lx, 912, 8, 50), new(rx, 912, 8, 50) };
            t.Step(f, anchors, Leg, blobs);
            float gotL = t.X[Id("L_ANKLE")][f], gotR = t.X[Id("R_ANKLE")][f];
            if (float.IsFinite(gotL)) Assert.Equal(lx, gotL, 3);
            if (float.IsFinite(gotR)) Assert.Equal(rx, gotR, 3);
        }
        int tracked = Enumerable.Range(0, n).Count(f => float.IsFinite(t.X[Id("L_ANKLE")][f]));
        Assert.True(tracked >= n - 12, $"tracked {tracked} of {n}");
    }

    [Fact]
    public void A_hidden_marker_is_a_gap_and_does_not_take_its_neighbour()
    {
        const int n = 40;
        var t = new MarkerTracker(Frontal, n);
        for (int f = 0; f < n; f++)
        {
            bool armCovers = f is >= 10 and < 20;   // an arm hides the left ankle's sticker
            var blobs = new List<Blob> { new(470, 905, 8, 50) };
            if (!armCovers) blobs.Add(new Blob(505, 905, 8, 50));
            t.Step(f, Anchors((500, 900), (470, 900)), Leg, blobs);
            if (armCovers) Assert.True(float.IsNaN(t.X[Id("L_ANKLE")][f]));
            else Assert.Equal(505, t.X[Id("L_ANKLE")][f], 3);
            Assert.Equal(470, t.X[Id("R_ANKLE")][f], 3);
        }
    }

    [Fact]
    public void A_same_coloured_object_as_near_as_the_sticker_makes_it_a_gap_not_a_guess()
    {
        var t = new MarkerTracker(Frontal, 1);
        // Nothing tracked yet: the anchor is the only guide, and two blobs are about equally near it.
        t.Step(0, Anchors((500, 900), (300, 900)), Leg, [new Blob(520, 900, 8, 50), new Blob(478, 904, 8, 50), new Blob(300, 901, 8, 50)]);
        Assert.True(float.IsNaN(t.X[Id("L_ANKLE")][0]));
        Assert.Equal(300, t.X[Id("R_ANKLE")][0], 3);
    }

    [Fact]
    public void A_thigh_marker_found_below_its_knee_marker_is_a_swap_and_both_are_gaps()
    {
        var t = new MarkerTracker(Frontal, 1);
        var a = Anchors((500, 900), (300, 900));
        a[Id("L_THIGH")] = (500, 660); a[Id("L_KNEE")] = (500, 600);   // the pose has the knee above the thigh here
        t.Step(0, a, Leg, [new Blob(500, 600, 8, 50), new Blob(500, 655, 8, 50)]);
        Assert.True(float.IsNaN(t.X[Id("L_THIGH")][0]));
        Assert.True(float.IsNaN(t.X[Id("L_KNEE")][0]));
    }

    [Fact]
    public void A_clip_without_stickers_is_not_accepted()
    {
        var none = Frontal.Markers.Select(m => new MarkerTrackStats(m.Id, 0, double.NaN)).ToList();
        Assert.False(MarkerPass.Accepted(none));
        var few = Frontal.Markers.Select((m, i) => new MarkerTrackStats(m.Id, i < 3 ? 0.9 : 0.1, 6)).ToList();
        Assert.False(MarkerPass.Accepted(few));
        var most = Frontal.Markers.Select((m, i) => new MarkerTrackStats(m.Id, i < 4 ? 0.6 : 0.1, 6)).ToList();
        Assert.True(MarkerPass.Accepted(most));
    }
}
