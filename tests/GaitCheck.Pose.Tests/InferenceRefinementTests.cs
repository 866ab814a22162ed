using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Pose.Tests;

/// <summary>Heatmap refinement (MediaPipe's RefineLandmarksFromHeatmapCalculator) and test-time flip averaging.</summary>
[Collection(PoseModelsCollection.Name)]
public class InferenceRefinementTests(PoseModelsFixture models)
{
    private const int Hm = LandmarkModel.HeatmapSize, Ch = LandmarkOutput.ModelCount;

    [Fact]
    public void Refinement_moves_a_landmark_to_the_weighted_heatmap_peak_in_MediaPipes_cell_convention()
    {
        var heat = new float[Hm * Hm * Ch];
        Array.Fill(heat, -10f); // sigmoid ≈ 0
        // Landmark 25 (left knee): a confident 3x3 blob centred on cell (col 40, row 20), symmetric so the mean is the centre.
        for (int r = 19; r <= 21; r++)
            for (int c = 39; c <= 41; c++) heat[(r * Hm + c) * Ch + 25] = r == 20 && c == 40 ? 4f : 1f;
        // Landmark 26: never confident (max sigmoid < 0.5): stays where it is.
        for (int r = 19; r <= 21; r++) heat[(r * Hm + 10) * Ch + 26] = -1f;
        var lm = new float[Ch * 5];
        lm[25 * 5] = 41.5f * 4; lm[25 * 5 + 1] = 21.2f * 4;   // within the 7x7 kernel of the blob
        lm[26 * 5] = 10.5f * 4; lm[26 * 5 + 1] = 20.5f * 4;
        int moved = HeatmapRefiner.Refine(lm, heat, Hm, Hm, Ch, LandmarkModel.InputSize);
        Assert.Equal(1, moved);
        Assert.Equal(40f / Hm * 256, lm[25 * 5], 0.05f);   // col index / width (no half-cell offset), as MediaPipe
        Assert.Equal(20f / Hm * 256, lm[25 * 5 + 1], 0.05f);
        Assert.Equal(10.5f * 4, lm[26 * 5]);
    }

    [Fact]
    public void Flip_average_maps_the_mirror_back_and_swaps_sides()
    {
        var direct = Output(x: 100, leftKneeX: 90, worldX: 0.1f);
        // The mirror image sees the subject's left knee where the right one was: x → 256 − x, left ↔ right.
        var mirrored = Output(x: 256 - 100, leftKneeX: 256 - 110, worldX: -0.1f, swapKnees: true);
        var avg = FlipAveragedLandmarkModel.Average(direct, mirrored);
        int lk = (int)Landmark.LeftKnee, rk = (int)Landmark.RightKnee;
        Assert.Equal(100f, avg.X(rk), 0.001f);
        Assert.Equal((90f + 110f) / 2, avg.X(lk), 0.001f);
        Assert.Equal(0.1f, avg.World[lk * 3], 0.001f);
        Assert.Equal(7f, avg.Y(lk), 0.001f);
    }

    [Fact]
    public void Where_only_one_pass_finds_the_person_that_pass_alone_is_kept()
    {
        LandmarkOutput Direct(float flag) => Output(x: 100, leftKneeX: 90, worldX: 0.1f, flag: flag);
        LandmarkOutput Mirrored(float flag) => Output(x: 256 - 100, leftKneeX: 256 - 110, worldX: -0.1f, swapKnees: true, flag: flag);
        var kept = FlipAveragedLandmarkModel.Average(Direct(0.9f), Mirrored(0.2f));
        Assert.Equal(0.9f, kept.PoseFlag);
        Assert.Equal(90f, kept.X((int)Landmark.LeftKnee), 0.001f);
        var other = FlipAveragedLandmarkModel.Average(Direct(0.2f), Mirrored(0.9f));
        Assert.Equal(0.9f, other.PoseFlag);
        Assert.Equal(110f, other.X((int)Landmark.LeftKnee), 0.001f);   // the mirror pass, mapped back with sides swapped
        Assert.Equal(0.1f, other.World[(int)Landmark.LeftKnee * 3], 0.001f);
    }

    [Fact]
    public void Flip_averaged_model_is_symmetric_on_a_real_crop()
    {
        using var img = Cv2.ImRead(Path.Combine(RepoPaths.SharedMedia, "coco-stills", "000000000785.jpg"));
        Assert.False(img.Empty());
        using var both = new FlipAveragedLandmarkModel(new LandmarkModel(models.Store.LandmarkPath(PoseModelKind.Full), 1, refine: true));
        using var crop = new Mat(LandmarkModel.InputSize, LandmarkModel.InputSize, MatType.CV_8UC3);
        Cv2.Resize(img[new Rect(0, 0, Math.Min(img.Width, img.Height), Math.Min(img.Width, img.Height))], crop, crop.Size());
        using var flipped = new Mat();
        Cv2.Flip(crop, flipped, FlipMode.Y);
        var a = both.Run(crop);
        var b = both.Run(flipped);
        for (int i = 0; i < Skeleton.Count; i++)
        {
            int j = (int)Skeleton.Partner((Landmark)i);
            Assert.Equal(a.X(i), 256 - b.X(j), 0.01f);
            Assert.Equal(a.Y(i), b.Y(j), 0.01f);
        }
    }

    private static LandmarkOutput Output(float x, float leftKneeX, float worldX, bool swapKnees = false, float flag = 0.9f)
    {
        var lm = new float[Ch * 5];
        var world = new float[Skeleton.Count * 3];
        for (int i = 0; i < Ch; i++) { lm[i * 5] = x; lm[i * 5 + 1] = 7; }
        int lk = (int)Landmark.LeftKnee, rk = (int)Landmark.RightKnee;
        lm[(swapKnees ? rk : lk) * 5] = leftKneeX;
        world[(swapKnees ? rk : lk) * 3] = worldX;
        return new LandmarkOutput { PoseFlag = flag, Landmarks = lm, World = world };
    }
}
