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

    /// <summary>A blob on every marker but the ankles, at its anchor (the rest of each leg's chain, seen throughout).</summary>
    private static List<Blob> Rest((double X, double Y)[] anchors) =>
        [.. Frontal.Markers.Select((m, i) => (m, i)).Where(p => !p.m.Id.EndsWith("ANKLE", StringComparison.Ordinal)).Select(p => new Blob(anchors[p.i].X, anchors[p.i].Y + 3, 8, 50))];

    /// <summary>Every marker's anchor where a standing body 800 px tall from hip to ankle puts it (left leg on the image's right); the ankles' anchors given.</summary>
    private static (double X, double Y)[] Anchors((double X, double Y) leftAnkle, (double X, double Y) rightAnkle)
    {
        var a = new (double X, double Y)[Frontal.Markers.Count];
        a[Id("L_ASIS")] = (560, 60); a[Id("R_ASIS")] = (240, 60);
        a[Id("L_THIGH")] = (530, 420); a[Id("R_THIGH")] = (270, 420);
        a[Id("L_KNEE")] = (515, 500); a[Id("R_KNEE")] = (285, 500);
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
            blobs.AddRange(Rest(Anchors((lx, 900), (rx, 900))));
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
            blobs.AddRange(Rest(Anchors((500, 900), (470, 900))));
            t.Step(f, Anchors((500, 900), (470, 900)), Leg, blobs);
            if (armCovers) Assert.True(float.IsNaN(t.X[Id("L_ANKLE")][f]));
            else Assert.Equal(505, t.X[Id("L_ANKLE")][f], 3);   // found again: the rest of its chain is in view
            Assert.Equal(470, t.X[Id("R_ANKLE")][f], 3);
        }
    }

    [Fact]
    public void A_same_coloured_object_as_near_as_the_sticker_makes_it_a_gap_not_a_guess()
    {
        var t = new MarkerTracker(Frontal, 1);
        // Nothing tracked yet: the anchor is the only guide, and two blobs are about equally near it.
        var a = Anchors((500, 900), (300, 900));
        t.Step(0, a, Leg, [new Blob(520, 900, 8, 50), new Blob(478, 904, 8, 50), new Blob(300, 901, 8, 50), .. Rest(a)]);
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
    public void A_sticker_whose_hidden_chain_mate_could_be_where_it_is_waits_for_the_whole_chain()
    {
        var t = new MarkerTracker(Frontal, 2);
        var a = Anchors((500, 900), (300, 900));
        // Frame 0: the left knee sticker is hidden. The thigh sticker lies within the knee's search region, so it could be
        // either; the ankle sticker lies far from both, so it can only be the ankle's.
        var blobs = Rest(a).Where(b => Math.Abs(b.X - a[Id("L_KNEE")].X) > 1e-6).ToList();
        blobs.AddRange([new Blob(500, 903, 8, 50), new Blob(300, 903, 8, 50)]);
        t.Step(0, a, Leg, blobs);
        Assert.True(float.IsNaN(t.X[Id("L_THIGH")][0]));
        Assert.Equal(500, t.X[Id("L_ANKLE")][0], 3);
        Assert.True(float.IsFinite(t.X[Id("R_THIGH")][0]) && float.IsFinite(t.X[Id("R_ANKLE")][0]), "the right leg's chain is whole");
        // Frame 1: all in view.
        t.Step(1, a, Leg, [.. Rest(a), new Blob(500, 903, 8, 50), new Blob(300, 903, 8, 50)]);
        Assert.True(float.IsFinite(t.X[Id("L_THIGH")][1]) && float.IsFinite(t.X[Id("L_KNEE")][1]));
    }

    private static readonly MarkerProtocol Posterior = MarkerProtocols.ForView("posterior")!;

    private static int PId(string id) => Posterior.Markers.ToList().FindIndex(m => m.Id == id);

    /// <summary>Posterior anchors: PSIS at the top, each leg's shank and heel chain below it (left leg on the image's left from behind).</summary>
    private static (double X, double Y)[] PosteriorAnchors()
    {
        var a = new (double X, double Y)[Posterior.Markers.Count];
        foreach (var (side, x) in new[] { ("L", 300.0), ("R", 500.0) })
        {
            a[PId(side + "_PSIS")] = (x, 40);
            a[PId(side + "_SHANK_PROX")] = (x, 620); a[PId(side + "_SHANK_DIST")] = (x, 740);
            a[PId(side + "_CALC_PROX")] = (x, 790); a[PId(side + "_CALC_DIST")] = (x, 830);
        }
        return a;
    }

    /// <summary>The left leg's shank and heel chain, top to bottom.</summary>
    private static readonly string[] LeftLeg = ["L_SHANK_PROX", "L_SHANK_DIST", "L_CALC_PROX", "L_CALC_DIST"];

    private static Blob At((double X, double Y) p, double dx = 0, double dy = 0, double d = 8) => new(p.X + dx, p.Y + dy, d, (int)(Math.PI / 4 * d * d));

    [Fact]
    public void A_whole_chain_the_pose_puts_off_is_identified_by_its_order_and_spacing()
    {
        // The pose puts the whole left leg 30 px above the stickers (its ankle high at depth), most of the heel pair's
        // spacing: the chain's order and spacing still say which sticker is which.
        var a = PosteriorAnchors();
        var t = new MarkerTracker(Posterior, 1);
        t.Step(0, a, Leg, [.. LeftLeg.Select(id => At(a[PId(id)], 8, 30)), At(a[PId("L_PSIS")]), At(a[PId("R_PSIS")])]);
        foreach (var id in LeftLeg) Assert.Equal(a[PId(id)].Y + 30, t.Y[PId(id)][0], 3);
    }

    [Fact]
    public void A_lone_heel_sticker_where_its_neighbour_is_expected_is_not_given_an_identity()
    {
        // A lifted foot: the upper heel sticker is hidden, and the pose's heel direction has turned so that the lower one
        // lies where the upper one is expected. Reading it as the upper sticker would be a swap.
        var a = PosteriorAnchors();
        var t = new MarkerTracker(Posterior, 1);
        t.Step(0, a, Leg, [At(a[PId("L_SHANK_PROX")]), At(a[PId("L_SHANK_DIST")]), At(a[PId("L_CALC_PROX")], 0, 3), At(a[PId("L_PSIS")]), At(a[PId("R_PSIS")])]);
        Assert.True(float.IsNaN(t.Y[PId("L_CALC_PROX")][0]));
        Assert.True(float.IsNaN(t.Y[PId("L_CALC_DIST")][0]));
    }

    [Fact]
    public void A_tracked_sticker_that_vanishes_does_not_take_the_neighbour_its_motion_runs_into()
    {
        // A lifted heel seen from behind: its two stickers 20 px apart, swinging up 12 px a frame. At the last frame the
        // upper one is hidden, and the lower one lies within reach of the upper one's own motion.
        var a = PosteriorAnchors();
        const int n = 7;
        var t = new MarkerTracker(Posterior, n);
        var prox = a[PId("L_CALC_PROX")];
        for (int f = 0; f < n; f++)
        {
            double up = -12.0 * f;
            var blobs = new List<Blob> { At(a[PId("L_PSIS")]), At(a[PId("R_PSIS")]), At(a[PId("L_SHANK_PROX")], 0, up), At(a[PId("L_SHANK_DIST")], 0, up), At(prox, 0, up + 20) };
            if (f < n - 1) blobs.Add(At(prox, 0, up));
            t.Step(f, a, Leg, blobs);
        }
        Assert.True(float.IsFinite(t.Y[PId("L_CALC_PROX")][n - 2]), "tracked before it vanished");
        Assert.True(float.IsNaN(t.Y[PId("L_CALC_PROX")][n - 1]));
        float dist = t.Y[PId("L_CALC_DIST")][n - 1];
        Assert.True(float.IsNaN(dist) || Math.Abs(dist - (prox.Y - 72 + 20)) < 1e-3, $"the lower heel sticker is a gap or in its own place, not {dist}");
    }

    [Fact]
    public void A_tracked_chain_stays_tracked_while_the_pose_leaves_it_behind_along_its_limb()
    {
        // From behind, BlazePose keeps a swinging foot on the ground: the stickers rise 10 px a frame up the line of the
        // shank while every anchor stays put, until the heel stickers lie 150 px (over twice their gate) from their anchors.
        var a = PosteriorAnchors();
        const int n = 18;
        var t = new MarkerTracker(Posterior, n);
        for (int f = 0; f < n; f++)
        {
            double up = -10.0 * Math.Max(0, f - 3);
            t.Step(f, a, Leg, [At(a[PId("L_PSIS")]), At(a[PId("R_PSIS")]), .. LeftLeg.Select(id => At(a[PId(id)], 0, up))]);
        }
        foreach (var id in LeftLeg) Assert.Equal(a[PId(id)].Y - 140, t.Y[PId(id)][n - 1], 3);
    }

    [Fact]
    public void The_backward_pass_recovers_a_chain_before_the_pose_finds_it_and_agrees_with_the_forward_one_after()
    {
        // For the first 10 frames the pose puts the left leg 150 px low, down its own line (beyond every gate, as a foot
        // kept on the ground while it swings), then where it is. The stickers move smoothly throughout: tracked backwards
        // from frame 10, they are known from the first frame.
        var good = PosteriorAnchors();
        const int n = 24;
        var t = new TwoWayTracker(Posterior, n);
        for (int f = 0; f < n; f++)
        {
            var a = ((double X, double Y)[])good.Clone();
            if (f < 10) foreach (var id in LeftLeg) a[PId(id)] = (good[PId(id)].X, good[PId(id)].Y + 150);
            double dx = 3.0 * (f - 10);
            t.Step(f, a, Leg, [At(good[PId("L_PSIS")]), At(good[PId("R_PSIS")]), .. LeftLeg.Select(id => At(good[PId(id)], dx, 0))]);
        }
        Assert.True(float.IsNaN(t.Forward.X[PId("L_CALC_DIST")][0]), "the forward pass cannot know it yet");
        t.Finish();
        for (int f = 0; f < n; f++)
            foreach (var id in LeftLeg) Assert.Equal(good[PId(id)].X + 3.0 * (f - 10), t.X[PId(id)][f], 3);
    }

    [Fact]
    public void A_blob_far_from_the_stickers_size_is_not_taken_for_a_tracked_sticker()
    {
        var a = Anchors((515, 900), (285, 900));
        var t = new MarkerTracker(Frontal, 3);
        var all = Frontal.Markers.Select((m, i) => At(a[i], d: 14)).ToList();
        t.Step(0, a, Leg, all);
        t.Step(1, a, Leg, all);
        // Frame 2: the left ASIS sticker is covered; a small same-coloured speck lies 3 px from it.
        t.Step(2, a, Leg, [.. all.Where((b, i) => i != Id("L_ASIS")), At(a[Id("L_ASIS")], 3, 0, 5)]);
        Assert.True(float.IsFinite(t.X[Id("L_ASIS")][1]));
        Assert.True(float.IsNaN(t.X[Id("L_ASIS")][2]));
    }

    [Fact]
    public void A_colour_whose_every_angle_is_measurable_on_a_fifth_of_the_frames_is_accepted_but_not_one_angle_alone()
    {
        // 100 frames. Both PSIS throughout; the right leg's four shank and heel stickers together on the first 15 frames,
        // and each of them on 30 others, never all four together. Then the left leg's four together on 25 frames.
        const int n = 100;
        int k = Posterior.Markers.Count;
        var x = MarkerTracks.Gaps(k, n);
        var y = MarkerTracks.Gaps(k, n);
        var d = MarkerTracks.Gaps(k, n);
        void Seen(string id, int f) { x[PId(id)][f] = 100; y[PId(id)][f] = 100; d[PId(id)][f] = 8; }
        var right = new[] { "R_SHANK_PROX", "R_SHANK_DIST", "R_CALC_PROX", "R_CALC_DIST" };
        for (int f = 0; f < n; f++) { Seen("L_PSIS", f); Seen("R_PSIS", f); }
        for (int f = 0; f < 15; f++) foreach (var id in right) Seen(id, f);
        for (int i = 0; i < right.Length; i++)
            for (int f = 20 + 10 * i; f < 20 + 10 * i + 30; f++) Seen(right[i], f);
        var pelvisOnly = new MarkerTracks(Posterior, "orange", Enumerable.Range(0, n).ToList(), x, y, d);
        Assert.False(MarkerPass.Accepted(pelvisOnly.Stats()), "fewer than half of the markers on half of the frames");
        Assert.False(MarkerPass.EveryAngleMeasured(pelvisOnly), "the rearfoot angle is measurable on 15% of the frames at most");
        for (int f = 50; f < 75; f++) foreach (var id in LeftLeg) Seen(id, f);
        var whole = new MarkerTracks(Posterior, "orange", Enumerable.Range(0, n).ToList(), x, y, d);
        Assert.False(MarkerPass.Accepted(whole.Stats()));
        Assert.True(MarkerPass.EveryAngleMeasured(whole), "pelvic drop on every frame, the left rearfoot angle on 25%");
    }

    [Fact]
    public void A_clip_without_stickers_is_not_accepted()
    {
        var none = Frontal.Markers.Select(m => new MarkerTrackStats(m.Id, 0, double.NaN)).ToList();
        Assert.False(MarkerPass.Accepted(none));
        var few = Frontal.Markers.Select(m => new MarkerTrackStats(m.Id, m.Id is "L_ASIS" or "L_THIGH" or "R_KNEE" ? 0.9 : 0.1, 6)).ToList();
        Assert.False(MarkerPass.Accepted(few));
        var most = Frontal.Markers.Select((m, i) => new MarkerTrackStats(m.Id, i < 4 ? 0.6 : 0.1, 6)).ToList();
        Assert.True(MarkerPass.Accepted(most));
    }
}
