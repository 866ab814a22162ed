using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport.Conversion;

/// <summary>
/// TFLite's output size and padding rule (tensorflow/lite/kernels/padding.h, ComputePaddingHeightWidth):
/// SAME: out = ceil(in / stride), total = max(0, (out-1)*stride + (k-1)*dilation + 1 - in), before = total/2,
/// after = total - before (the odd pixel goes after, so SAME can be asymmetric). VALID: no padding,
/// out = (in - ((k-1)*dilation + 1) + stride) / stride.
/// </summary>
public static class PaddingRule
{
    public static (int Before, int After, int Out) Compute(TfPadding padding, int input, int kernel, int stride, int dilation)
    {
        int eff = (kernel - 1) * dilation + 1;
        if (padding == TfPadding.Valid) return (0, 0, (input - eff + stride) / stride);
        int output = (input + stride - 1) / stride;
        int total = Math.Max(0, (output - 1) * stride + eff - input);
        return (total / 2, total - total / 2, output);
    }
}
