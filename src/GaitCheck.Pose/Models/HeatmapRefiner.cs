namespace GaitCheck.Pose;

/// <summary>
/// MediaPipe's <c>RefineLandmarksFromHeatmapCalculator</c> as the BlazePose landmark graph configures it
/// (<c>tensors_to_pose_landmarks_and_segmentation.pbtxt</c>: kernel_size 7, min_confidence_to_refine 0.5,
/// presence and visibility not refined). For each landmark, the heatmap channel's sigmoid is averaged over the
/// kernel centred on the landmark's heatmap cell (zero border), and the landmark is moved to that weighted mean
/// when the kernel's largest confidence reaches the threshold. Coordinates follow MediaPipe exactly: the refined
/// normalised x is <c>Σ col·w / Σ w / width</c> (cell index, no half-cell offset), so the result is what the
/// reference graph produces. Works in the landmark model's crop pixels (0..<see cref="LandmarkModel.InputSize"/>).
/// </summary>
public static class HeatmapRefiner
{
    public const int KernelSize = 7;
    public const float MinConfidenceToRefine = 0.5f;

    /// <summary>
    /// Refines <paramref name="landmarks"/> (count·5 values: x, y in crop pixels, z, visibility, presence) in place from an
    /// HWC <paramref name="heatmap"/> of <paramref name="height"/> x <paramref name="width"/> x <paramref name="channels"/>
    /// logits (one channel per landmark). Returns how many landmarks moved.
    /// </summary>
    public static int Refine(float[] landmarks, ReadOnlySpan<float> heatmap, int height, int width, int channels, float cropSize)
    {
        ArgumentNullException.ThrowIfNull(landmarks);
        int count = Math.Min(channels, landmarks.Length / 5);
        if (heatmap.Length < height * width * channels) throw new ArgumentException("heatmap smaller than its dimensions", nameof(heatmap));
        int offset = (KernelSize - 1) / 2, moved = 0;
        for (int lm = 0; lm < count; lm++)
        {
            float nx = landmarks[lm * 5] / cropSize, ny = landmarks[lm * 5 + 1] / cropSize;
            if (!float.IsFinite(nx) || !float.IsFinite(ny)) continue;
            int col = (int)(nx * width), row = (int)(ny * height); // C++ float→int truncation, as MediaPipe
            // Outside the heatmap: kept as it is. MediaPipe tests the column twice and never row >= height, so a point
            // just below the crop is still refined from the clipped kernel; kept identical on purpose.
            if (col < 0 || col >= width || row < 0 || col >= height) continue;
            int c0 = Math.Max(0, col - offset), c1 = Math.Min(width, col + offset + 1);
            int r0 = Math.Max(0, row - offset), r1 = Math.Min(height, row + offset + 1);
            float sum = 0, wc = 0, wr = 0, max = 0;
            for (int r = r0; r < r1; r++)
                for (int c = c0; c < c1; c++)
                {
                    float conf = LandmarkOutput.Sigmoid(heatmap[(r * width + c) * channels + lm]);
                    sum += conf;
                    max = MathF.Max(max, conf);
                    wc += c * conf;
                    wr += r * conf;
                }
            if (max < MinConfidenceToRefine || sum <= 0) continue;
            landmarks[lm * 5] = wc / width / sum * cropSize;
            landmarks[lm * 5 + 1] = wr / height / sum * cropSize;
            moved++;
        }
        return moved;
    }
}
