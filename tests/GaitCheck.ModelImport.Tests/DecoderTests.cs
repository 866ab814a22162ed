using GaitCheck.Pose;
using OpenCvSharp;

namespace GaitCheck.ModelImport.Tests;

/// <summary>MediaPipe's box decoding and WEIGHTED non-maximum suppression on constructed detector outputs.</summary>
public class DecoderTests
{
    private static RawDetection Det(float score, float x0, float y0, float x1, float y1, float kx) =>
        new(score, x0, y0, x1, y1, [new Point2f(kx, 0), new Point2f(kx, 1), new Point2f(kx, 2), new Point2f(kx, 3)]);

    [Fact]
    public void Weighted_nms_averages_overlapping_detections_by_score_and_keeps_the_top_score()
    {
        var dets = new List<RawDetection>
        {
            Det(0.6f, 0.10f, 0.10f, 0.50f, 0.50f, 0.2f),
            Det(0.9f, 0.12f, 0.10f, 0.52f, 0.50f, 0.4f),
            Det(0.8f, 0.70f, 0.70f, 0.90f, 0.90f, 0.8f), // far away: its own detection
        };
        var r = DetectionDecoder.WeightedNms(dets);
        Assert.Equal(2, r.Count);
        Assert.Equal(0.9f, r[0].Score);
        Assert.Equal((0.6f * 0.10f + 0.9f * 0.12f) / 1.5f, r[0].XMin, 5);
        Assert.Equal((0.6f * 0.2f + 0.9f * 0.4f) / 1.5f, r[0].Keypoints[0].X, 5);
        Assert.Equal(0.8f, r[1].Score);
        Assert.Equal(0.70f, r[1].XMin, 5);
    }

    [Fact]
    public void Decode_applies_anchor_offsets_scale_224_and_the_score_threshold()
    {
        Anchor[] anchors = [new(0.25f, 0.75f), new(0.5f, 0.5f)];
        var boxes = new float[2 * 12];
        boxes[0] = 22.4f; boxes[1] = -22.4f; boxes[2] = 44.8f; boxes[3] = 22.4f; // centre +0.1/-0.1, size 0.2 x 0.1
        boxes[4] = 11.2f; boxes[5] = 0f;                                            // keypoint 0 at anchor + (0.05, 0)
        float[] scores = [2f, -3f];                                                  // sigmoid 0.88 and 0.047
        var r = DetectionDecoder.Decode(boxes, scores, anchors, 0.5f);
        var d = Assert.Single(r);
        Assert.Equal(1f / (1f + MathF.Exp(-2f)), d.Score, 5);
        Assert.Equal(0.35f - 0.1f, d.XMin, 5);
        Assert.Equal(0.65f - 0.05f, d.YMin, 5);
        Assert.Equal(0.35f + 0.1f, d.XMax, 5);
        Assert.Equal(0.30f, d.Keypoints[0].X, 5);
        Assert.Equal(0.75f, d.Keypoints[0].Y, 5);
    }
}
