using GaitCheck.Core;
using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// Test-time flip averaging (horizontal-flip test-time augmentation, as in Xiao et al. 2018, "Simple Baselines for
/// Human Pose Estimation"): the landmark model runs on the crop and on its mirror image; the mirror's landmarks are
/// mapped back (x → <see cref="LandmarkModel.InputSize"/> − x, world x → −x) with left and right swapped, and both
/// estimates are averaged (image and world landmarks, visibility and presence logits, pose flag). BlazePose is not
/// mirror-equivariant (a mirrored clip reproduces the other stance side's error); the average is, so a mirrored
/// clip gives the mirrored result. Costs a second inference per frame: given a second model instance, the mirror
/// pass runs on another thread at the same time (on 2 cores two single-threaded sessions side by side do more work
/// per second than one two-threaded session run twice). Owns and disposes the wrapped models.
/// </summary>
public sealed class FlipAveragedLandmarkModel : ILandmarkModel
{
    private static readonly int[] Mirror = BuildMirror();
    private readonly ILandmarkModel _inner;
    private readonly ILandmarkModel? _mirrorModel;
    private readonly Mat _flipped = new();

    /// <param name="inner">The model for the crop (and for the mirror too when <paramref name="mirrorModel"/> is null).</param>
    /// <param name="mirrorModel">A second instance of the same model that runs the mirror image concurrently; null = one after the other.</param>
    public FlipAveragedLandmarkModel(ILandmarkModel inner, ILandmarkModel? mirrorModel = null)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _mirrorModel = mirrorModel;
        Name = inner.Name.EndsWith(')') ? inner.Name[..^1] + ", flip-averaged)" : inner.Name + " (flip-averaged)";
    }

    public string Name { get; }

    public LandmarkOutput Run(Mat rgbCrop256)
    {
        ArgumentNullException.ThrowIfNull(rgbCrop256);
        Cv2.Flip(rgbCrop256, _flipped, FlipMode.Y);
        if (_mirrorModel is null) return Average(_inner.Run(rgbCrop256), _inner.Run(_flipped));
        var mirrorTask = Task.Run(() => _mirrorModel.Run(_flipped));
        var direct = _inner.Run(rgbCrop256);
        return Average(direct, mirrorTask.GetAwaiter().GetResult());
    }

    /// <summary>
    /// The mean of <paramref name="direct"/> and the un-mirrored, side-swapped <paramref name="mirrored"/>. Where only one
    /// pass finds the person (pose flag ≥ the tracker's 0.5), that pass alone is returned: the other's landmarks are
    /// then not a pose, and averaging its flag in would lose frames the single pass keeps (a person upside down in a
    /// flip). The rule treats both passes alike, so the result stays mirror-symmetric.
    /// </summary>
    public static LandmarkOutput Average(LandmarkOutput direct, LandmarkOutput mirrored)
    {
        ArgumentNullException.ThrowIfNull(direct);
        ArgumentNullException.ThrowIfNull(mirrored);
        bool a = direct.PoseFlag >= Tracking.PoseTracker.PoseFlagThreshold, b = mirrored.PoseFlag >= Tracking.PoseTracker.PoseFlagThreshold;
        if (a != b) return a ? direct : Unmirror(mirrored);
        int n = Math.Min(direct.Landmarks.Length, mirrored.Landmarks.Length) / 5;
        var lm = new float[n * 5];
        for (int i = 0; i < n; i++)
        {
            int j = Mirror[i];
            lm[i * 5] = (direct.Landmarks[i * 5] + LandmarkModel.InputSize - mirrored.Landmarks[j * 5]) / 2;
            for (int k = 1; k < 5; k++) lm[i * 5 + k] = (direct.Landmarks[i * 5 + k] + mirrored.Landmarks[j * 5 + k]) / 2;
        }
        int w = Math.Min(direct.World.Length, mirrored.World.Length) / 3;
        var world = new float[w * 3];
        for (int i = 0; i < w; i++)
        {
            int j = Mirror[i];
            world[i * 3] = (direct.World[i * 3] - mirrored.World[j * 3]) / 2;
            world[i * 3 + 1] = (direct.World[i * 3 + 1] + mirrored.World[j * 3 + 1]) / 2;
            world[i * 3 + 2] = (direct.World[i * 3 + 2] + mirrored.World[j * 3 + 2]) / 2;
        }
        return new LandmarkOutput { PoseFlag = (direct.PoseFlag + mirrored.PoseFlag) / 2, Landmarks = lm, World = world };
    }

    /// <summary>The mirror pass alone, mapped back to the crop and with left and right swapped.</summary>
    private static LandmarkOutput Unmirror(LandmarkOutput m)
    {
        int n = m.Landmarks.Length / 5, w = m.World.Length / 3;
        var lm = new float[n * 5];
        for (int i = 0; i < n; i++)
        {
            int j = Mirror[i];
            lm[i * 5] = LandmarkModel.InputSize - m.Landmarks[j * 5];
            for (int k = 1; k < 5; k++) lm[i * 5 + k] = m.Landmarks[j * 5 + k];
        }
        var world = new float[w * 3];
        for (int i = 0; i < w; i++)
        {
            int j = Mirror[i];
            world[i * 3] = -m.World[j * 3];
            world[i * 3 + 1] = m.World[j * 3 + 1];
            world[i * 3 + 2] = m.World[j * 3 + 2];
        }
        return new LandmarkOutput { PoseFlag = m.PoseFlag, Landmarks = lm, World = world };
    }

    /// <summary>Index of each model landmark's mirror partner: the 33 body points swap sides, the auxiliary ones (33+) are on the midline.</summary>
    private static int[] BuildMirror()
    {
        var m = new int[LandmarkOutput.ModelCount];
        for (int i = 0; i < m.Length; i++) m[i] = i < Skeleton.Count ? (int)Skeleton.Partner((Landmark)i) : i;
        return m;
    }

    public void Dispose()
    {
        _flipped.Dispose();
        _inner.Dispose();
        _mirrorModel?.Dispose();
    }
}
