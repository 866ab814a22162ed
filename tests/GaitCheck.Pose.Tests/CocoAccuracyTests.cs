using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using OpenCvSharp;
using Xunit.Abstractions;

namespace GaitCheck.Pose.Tests;

/// <summary>
/// Accuracy on annotated COCO stills with the FULL model. PCK@0.2: a landmark is correct when it lies within
/// 0.2 × torso size of the annotation; torso size = mean of the two shoulder–opposite-hip diagonals of the
/// annotation (a torso-diameter normalisation, as in torso-normalised PCK).
/// </summary>
[Collection(PoseModelsCollection.Name)]
public sealed class CocoAccuracyTests(PoseModelsFixture models, ITestOutputHelper log)
{
    /// <summary>BlazePose index of each of COCO's 17 keypoints, in COCO order.</summary>
    private static readonly Landmark[] CocoToBlaze =
    [
        Landmark.Nose, Landmark.LeftEye, Landmark.RightEye, Landmark.LeftEar, Landmark.RightEar,
        Landmark.LeftShoulder, Landmark.RightShoulder, Landmark.LeftElbow, Landmark.RightElbow,
        Landmark.LeftWrist, Landmark.RightWrist, Landmark.LeftHip, Landmark.RightHip,
        Landmark.LeftKnee, Landmark.RightKnee, Landmark.LeftAnkle, Landmark.RightAnkle,
    ];

    private const int Skier = 785;

    [Fact]
    public void Skier_pck_at_0_2_torso_is_at_least_0_9()
    {
        var ann = Annotation("test_coco.json", "keypoints", 17);
        using var img = Cv2.ImRead(RepoPaths.Media("coco-stills/000000000785.jpg"));
        var pose = models.Still(img);
        Assert.NotEqual(FrameStatus.Lost, pose.Status);
        double torso = Torso(ann);
        int correct = 0, labelled = 0;
        for (int k = 0; k < 17; k++)
        {
            if (ann[k].V == 0) continue;
            labelled++;
            var p = pose.Points[(int)CocoToBlaze[k]];
            double err = Math.Sqrt((p.X - ann[k].X) * (p.X - ann[k].X) + (p.Y - ann[k].Y) * (p.Y - ann[k].Y));
            log.WriteLine($"{CocoToBlaze[k],-14} err {err / torso:F3} torso");
            if (err <= 0.2 * torso) correct++;
        }
        double pck = (double)correct / labelled;
        log.WriteLine($"PCK@0.2 = {pck:F3} ({correct}/{labelled}), torso {torso:F1}px");
        Assert.Equal(17, labelled);
        Assert.True(pck >= 0.9, $"PCK@0.2 {pck:F3} < 0.9");
    }

    [Fact]
    public void Skier_heels_and_toes_within_0_2_torso_of_wholebody_feet()
    {
        var body = Annotation("test_coco.json", "keypoints", 17);
        var feet = Annotation("test_coco_wholebody.json", "foot_kpts", 6); // L big toe, L small toe, L heel, R big toe, R small toe, R heel
        using var img = Cv2.ImRead(RepoPaths.Media("coco-stills/000000000785.jpg"));
        var pose = models.Still(img);
        double torso = Torso(body);
        (Landmark L, int A)[] pairs =
        [
            (Landmark.LeftFootIndex, 0), (Landmark.LeftHeel, 2), (Landmark.RightFootIndex, 3), (Landmark.RightHeel, 5),
        ];
        foreach (var (l, a) in pairs)
        {
            var p = pose.Points[(int)l];
            double err = Math.Sqrt((p.X - feet[a].X) * (p.X - feet[a].X) + (p.Y - feet[a].Y) * (p.Y - feet[a].Y)) / torso;
            log.WriteLine($"{l,-15} err {err:F3} torso");
            Assert.True(err <= 0.2, $"{l} is {err:F3} torso from the annotation");
        }
    }

    private static double Torso(List<(float X, float Y, int V)> a)
    {
        static double D((float X, float Y, int V) p, (float X, float Y, int V) q) => Math.Sqrt((p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y));
        return (D(a[5], a[12]) + D(a[6], a[11])) / 2;
    }

    private static List<(float X, float Y, int V)> Annotation(string file, string field, int count)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Media("coco-stills/" + file)));
        var ann = doc.RootElement.GetProperty("annotations").EnumerateArray().Single(a => a.GetProperty("image_id").GetInt32() == Skier);
        var v = ann.GetProperty(field).EnumerateArray().Select(e => e.GetSingle()).ToArray();
        Assert.Equal(count * 3, v.Length);
        return [.. Enumerable.Range(0, count).Select(i => (v[3 * i], v[3 * i + 1], (int)v[3 * i + 2]))];
    }
}
