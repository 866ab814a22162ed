using System.Diagnostics;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;
using GaitCheck.Pipeline.PoseExtraction;
using GaitCheck.Pose.Extraction;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests.PoseExtraction;

/// <summary>
/// A horizontally mirrored clip gives the mirrored result: the stance side swaps and every frontal-plane value of the
/// left leg in the clip equals the right leg's value in the mirror within 1°. The clip and its mirror are both
/// re-encoded losslessly from the sample, so they hold exactly mirrored pixels (a lossy re-encode alone moves BlazePose's
/// values by about 1°). Without flip averaging the model is not symmetric, which the second test shows, so the first can fail.
/// </summary>
public sealed class MirrorSymmetryTests
{
    private static readonly string[] Angles = [MetricCatalog.Fppa, MetricCatalog.PelvicDrop, MetricCatalog.HipAdduction, MetricCatalog.TrunkLeanLateral];

    [Fact]
    public void Mirrored_clip_gives_the_mirrored_result_within_one_degree()
    {
        var (orig, mirror) = Analyse(flip: true);
        Assert.Equal(MovementKind.SingleLegSquat, orig.Movement.Kind);
        Assert.Equal(MovementKind.SingleLegSquat, mirror.Movement.Kind);
        Assert.Equal(orig.View.View, mirror.View.View);
        Assert.Equal(Side.Left, orig.Movement.StanceSide);
        Assert.Equal(Side.Right, mirror.Movement.StanceSide);
        Assert.Equal(orig.RepCount, mirror.RepCount);
        foreach (var id in Angles)
        {
            double a = Mean(orig, id, Side.Left), b = Mean(mirror, id, Side.Right);
            Assert.True(Math.Abs(a - b) <= 1.0, $"{id}: left {a:0.0} in the clip, right {b:0.0} in its mirror");
        }
    }

    [Fact]
    public void Without_flip_averaging_the_model_is_not_mirror_symmetric()
    {
        var (orig, mirror) = Analyse(flip: false);
        double worst = Angles.Max(id => Math.Abs(Mean(orig, id, Side.Left) - Mean(mirror, id, Side.Right)));
        Assert.True(worst > 1.0, $"expected BlazePose alone to break symmetry by more than 1°, worst difference {worst:0.00}°");
    }

    private static (AnalysisResult Orig, AnalysisResult Mirror) Analyse(bool flip)
    {
        string dir = RepoPaths.Actual("mirror");
        string orig = Path.Combine(dir, "orig.mkv"), mirror = Path.Combine(dir, "mirror.mkv");
        string sample = Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.mp4");
        Lossless(sample, orig, "null");
        Lossless(sample, mirror, "hflip");
        var options = new PoseExtractionOptions { Flip = flip, Overlay = false, ModelsDirectory = RepoPaths.Models };
        // Symmetry is a property of the pose pipeline: compare every metric raw, none withheld by the validation table.
        var raw = new AnalysisOptions { Validation = MetricValidationTable.Empty };
        return (ClipAnalyzer.Analyze(PoseExtractor.Run(orig, options).Sequence, raw), ClipAnalyzer.Analyze(PoseExtractor.Run(mirror, options).Sequence, raw));
    }

    private static double Mean(AnalysisResult r, string id, Side side) =>
        r.Metric(id)?.Sides.FirstOrDefault(s => s.Side == side)?.Mean ?? throw new InvalidOperationException($"{id} {side} not measured");

    /// <summary>Lossless H.264 (qp 0) of <paramref name="src"/> through the video filter <paramref name="vf"/>; made once.</summary>
    private static void Lossless(string src, string dst, string vf)
    {
        if (File.Exists(dst)) return;
        var psi = new ProcessStartInfo("ffmpeg", ["-loglevel", "error", "-y", "-i", src, "-vf", vf, "-c:v", "libx264", "-qp", "0", "-preset", "ultrafast", dst + ".tmp.mkv"])
        { RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "ffmpeg failed: " + err);
        File.Move(dst + ".tmp.mkv", dst, overwrite: true);
    }
}
