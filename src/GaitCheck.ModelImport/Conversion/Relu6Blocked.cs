using GaitCheck.ModelImport.Onnx;

namespace GaitCheck.ModelImport.Conversion;

/// <summary>
/// Relu6 after a residual ADD, written as relu(x) - relu(x - 6) with two per-channel 1x1 convolutions
/// (weight 1, bias -6; weight -1) instead of Clip(x, 0, 6). ONNX Runtime's NCHWc layout transformer
/// (onnxruntime/core/optimizer/nchwc_transformer.cc) keeps Conv, Add, Relu, Sigmoid and Tanh in the blocked
/// layout but not Clip, so every Clip after a residual Add costs a reorder out of and back into NCHWc;
/// this form stays blocked and fuses (the second convolution absorbs the Add). Equal to Clip for x &lt;= 6
/// exactly, and within one float32 rounding of x - 6 above it (about 1e-5 for activations near 100).
/// Measured: pose_landmark_full 19.8-20.5 -> 16.5 CPU ms per inference (1 thread); the fidelity tests against
/// OpenCV DNN still agree to about 1e-4 px. Clip fused directly into a convolution is left as it is
/// (ONNX Runtime fuses it into the NCHWc convolution).
/// </summary>
internal static class Relu6Blocked
{
    public static string Emit(GraphBuilder g, string x, int channels, string hint)
    {
        float[] Fill(float v) => Enumerable.Repeat(v, channels).ToArray();
        OnnxAttribute[] depthwise = [OnnxAttribute.Is("kernel_shape", 1, 1), OnnxAttribute.I("group", channels)];
        string relu = g.Fresh(hint + "_relu");
        g.Node("Relu", [x], [relu]);
        string shifted = g.Fresh(hint + "_minus6");
        g.Node("Conv", [x, g.AddInitializer(hint + "_w1", [channels, 1, 1, 1], Fill(1f)), g.AddInitializer(hint + "_b6", [channels], Fill(-6f))], [shifted], depthwise);
        string over = g.Fresh(hint + "_over6");
        g.Node("Relu", [shifted], [over]);
        string negated = g.Fresh(hint + "_neg");
        g.Node("Conv", [over, g.AddInitializer(hint + "_wm1", [channels, 1, 1, 1], Fill(-1f))], [negated], depthwise);
        string y = g.Fresh(hint + "_relu6");
        g.Node("Add", [negated, relu], [y]);
        return y;
    }
}
