namespace GaitCheck.ModelImport.Tests;

/// <summary>
/// Straightforward NHWC reference implementations of TFLite kernels (tensorflow/lite/kernels/internal/reference/*.h),
/// written independently of the converter, to check the converted ONNX graphs operator by operator.
/// </summary>
internal static class RefOps
{
    public static (int Before, int Out) Same(int input, int k, int stride, int dil = 1)
    {
        int eff = (k - 1) * dil + 1;
        int output = (input + stride - 1) / stride;
        int total = Math.Max(0, (output - 1) * stride + eff - input);
        return (total / 2, output);
    }

    /// <summary>CONV_2D (weights OHWI) or DEPTHWISE_CONV_2D (weights 1HW(C*M)), SAME padding, then activation.</summary>
    public static float[] Conv(float[] x, int h, int w, int c, float[] wt, int kh, int kw, int outC, float[]? bias, int stride, bool depthwise, Func<float, float> act, out int oh, out int ow)
    {
        var (pt, ho) = Same(h, kh, stride);
        var (pl, wo) = Same(w, kw, stride);
        oh = ho; ow = wo;
        var y = new float[ho * wo * outC];
        int m = depthwise ? outC / c : 0;
        for (int oy = 0; oy < ho; oy++)
            for (int ox = 0; ox < wo; ox++)
                for (int o = 0; o < outC; o++)
                {
                    double s = bias?[o] ?? 0;
                    for (int ky = 0; ky < kh; ky++)
                        for (int kx = 0; kx < kw; kx++)
                        {
                            int iy = oy * stride - pt + ky, ix = ox * stride - pl + kx;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                            if (depthwise) s += x[(iy * w + ix) * c + o / m] * wt[(ky * kw + kx) * outC + o];
                            else for (int i = 0; i < c; i++) s += x[(iy * w + ix) * c + i] * wt[((o * kh + ky) * kw + kx) * c + i];
                        }
                    y[(oy * wo + ox) * outC + o] = act((float)s);
                }
        return y;
    }

    public static float[] MaxPoolSame(float[] x, int h, int w, int c, int k, int stride, out int oh, out int ow)
    {
        var (pt, ho) = Same(h, k, stride);
        var (pl, wo) = Same(w, k, stride);
        oh = ho; ow = wo;
        var y = new float[ho * wo * c];
        for (int oy = 0; oy < ho; oy++)
            for (int ox = 0; ox < wo; ox++)
                for (int ch = 0; ch < c; ch++)
                {
                    float best = float.NegativeInfinity;
                    for (int ky = 0; ky < k; ky++)
                        for (int kx = 0; kx < k; kx++)
                        {
                            int iy = oy * stride - pt + ky, ix = ox * stride - pl + kx;
                            if (iy >= 0 && iy < h && ix >= 0 && ix < w) best = Math.Max(best, x[(iy * w + ix) * c + ch]);
                        }
                    y[(oy * wo + ox) * c + ch] = best;
                }
        return y;
    }

    /// <summary>reference_ops ResizeBilinear with ComputeInterpolationValues (align_corners / half_pixel_centers).</summary>
    public static float[] ResizeBilinear(float[] x, int h, int w, int c, int oh, int ow, bool align, bool half)
    {
        float sy = align && oh > 1 ? (h - 1f) / (oh - 1) : (float)h / oh;
        float sx = align && ow > 1 ? (w - 1f) / (ow - 1) : (float)w / ow;
        var y = new float[oh * ow * c];
        for (int oy = 0; oy < oh; oy++)
        {
            Interp(oy, sy, half, h, out float iy, out int y0, out int y1);
            for (int ox = 0; ox < ow; ox++)
            {
                Interp(ox, sx, half, w, out float ix, out int x0, out int x1);
                for (int ch = 0; ch < c; ch++)
                {
                    float v = x[(y0 * w + x0) * c + ch] * (1 - (iy - y0)) * (1 - (ix - x0))
                            + x[(y1 * w + x0) * c + ch] * (iy - y0) * (1 - (ix - x0))
                            + x[(y0 * w + x1) * c + ch] * (1 - (iy - y0)) * (ix - x0)
                            + x[(y1 * w + x1) * c + ch] * (iy - y0) * (ix - x0);
                    y[(oy * ow + ox) * c + ch] = v;
                }
            }
        }
        return y;

        static void Interp(int v, float scale, bool half, int size, out float scaled, out int lo, out int hi)
        {
            scaled = half ? (v + 0.5f) * scale - 0.5f : v * scale;
            lo = Math.Max((int)MathF.Floor(scaled), 0);
            hi = Math.Min((int)MathF.Ceiling(scaled), size - 1);
        }
    }

    public static float[] DepthToSpace(float[] x, int h, int w, int c, int bs)
    {
        int oc = c / (bs * bs);
        var y = new float[x.Length];
        for (int iy = 0; iy < h; iy++)
            for (int ix = 0; ix < w; ix++)
                for (int i = 0; i < bs; i++)
                    for (int j = 0; j < bs; j++)
                        for (int ch = 0; ch < oc; ch++)
                            y[((iy * bs + i) * (w * bs) + ix * bs + j) * oc + ch] = x[(iy * w + ix) * c + (i * bs + j) * oc + ch];
        return y;
    }

    public static float Relu6(float v) => Math.Clamp(v, 0f, 6f);
    public static float Relu(float v) => Math.Max(v, 0f);
    public static float Id(float v) => v;

    public static float[] Random(int n, int seed, float scale = 1f)
    {
        var r = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(r.NextDouble() * 2 - 1) * scale).ToArray();
    }
}
