namespace GaitCheck.Pose;

/// <summary>An SSD anchor centre in normalised [0,1] input coordinates (fixed size 1x1).</summary>
public readonly record struct Anchor(float XCenter, float YCenter);

/// <summary>
/// MediaPipe's SsdAnchorsCalculator (mediapipe/calculators/tflite/ssd_anchors_calculator.cc) with the
/// options of mediapipe/modules/pose_detection/pose_detection_cpu.pbtxt: 224x224 input, 5 layers with
/// strides 8, 16, 32, 32, 32, aspect ratio 1.0 plus the interpolated scale (2 anchors per layer), anchor
/// offset 0.5, fixed anchor size. Consecutive layers with the same stride share one feature map, so the
/// grid is 28x28x2 + 14x14x2 + 7x7x6 = 2254 anchors, ordered row, column, anchor.
/// </summary>
public static class SsdAnchors
{
    public static readonly int[] Strides = [8, 16, 32, 32, 32];
    public const int AnchorsPerLayer = 2; // aspect_ratios {1.0} + interpolated_scale_aspect_ratio 1.0

    public static Anchor[] Generate(int inputSize = 224)
    {
        var anchors = new List<Anchor>();
        int layer = 0;
        while (layer < Strides.Length)
        {
            int last = layer, perCell = 0;
            while (last < Strides.Length && Strides[last] == Strides[layer]) { perCell += AnchorsPerLayer; last++; }
            int fm = (int)Math.Ceiling(inputSize / (double)Strides[layer]);
            for (int y = 0; y < fm; y++)
                for (int x = 0; x < fm; x++)
                    for (int a = 0; a < perCell; a++)
                        anchors.Add(new Anchor((x + 0.5f) / fm, (y + 0.5f) / fm));
            layer = last;
        }
        return [.. anchors];
    }
}
