using GaitCheck.ModelImport.Conversion;
using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport.Tests;

/// <summary>Each converted operator, on a constructed one- or two-operator TFLite graph, against <see cref="RefOps"/>.</summary>
public class OperatorTests
{
    private const float Tol = 1e-5f;

    private static FbTable ConvOptions(int stride, int act, int padding = 0) =>
        new FbTable().Set(0, (sbyte)padding).Set(1, stride).Set(2, stride).Set(3, (sbyte)act);

    [Fact]
    public void Conv2D_same_padding_stride2_is_asymmetric_and_relu6_is_fused()
    {
        int h = 6, w = 6, c = 2, o = 3, k = 3;
        var x = RefOps.Random(h * w * c, 1, 4);
        var wt = RefOps.Random(o * k * k * c, 2);
        var b = RefOps.Random(o, 3);
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int wi = m.Const("w", [o, k, k, c], wt), bi = m.Const("b", [o], b);
        int yi = m.Tensor("y", [1, 3, 3, o]);
        m.Op(TfOps.Conv2D, [xi, wi, bi], [yi], 1, ConvOptions(2, (int)TfActivation.Relu6));
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var expected = RefOps.Conv(x, h, w, c, wt, k, k, o, b, 2, false, RefOps.Relu6, out int oh, out int ow);
        Assert.Equal((3, 3), (oh, ow));
        Assert.Equal((0, 3), RefOps.Same(6, 3, 2)); // 6 -> 3 with 1 pixel of padding, all of it after
        var y = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]))["y"];
        Assert.Equal([1, 3, 3, o], y.Shape);
        Assert.True(OnnxRunner.MaxAbsDiff(expected, y.Data) < Tol);
        Assert.Contains(y.Data, v => v == 6f); // the clip is really applied
    }

    [Fact]
    public void DepthwiseConv_with_multiplier_2_matches_tflite_channel_order()
    {
        int h = 5, w = 5, c = 2, mult = 2, k = 3;
        var x = RefOps.Random(h * w * c, 4);
        var wt = RefOps.Random(k * k * c * mult, 5);
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int wi = m.Const("w", [1, k, k, c * mult], wt);
        int yi = m.Tensor("y", [1, h, w, c * mult]);
        m.Op(TfOps.DepthwiseConv2D, [xi, wi, -1], [yi], 2, new FbTable().Set(0, (sbyte)0).Set(1, 1).Set(2, 1).Set(3, mult).Set(4, (sbyte)0));
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var expected = RefOps.Conv(x, h, w, c, wt, k, k, c * mult, null, 1, true, RefOps.Id, out _, out _);
        var y = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]))["y"];
        Assert.True(OnnxRunner.MaxAbsDiff(expected, y.Data) < Tol);
    }

    [Fact]
    public void MaxPool_same_padding_ignores_padded_cells()
    {
        int h = 5, w = 5, c = 3;
        var x = RefOps.Random(h * w * c, 6).Select(v => v - 5f).ToArray(); // all negative: a zero pad would win
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int yi = m.Tensor("y", [1, 3, 3, c]);
        m.Op(TfOps.MaxPool2D, [xi], [yi], 5, new FbTable().Set(0, (sbyte)0).Set(1, 2).Set(2, 2).Set(3, 2).Set(4, 2).Set(5, (sbyte)0));
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var expected = RefOps.MaxPoolSame(x, h, w, c, 2, 2, out _, out _);
        var y = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]))["y"];
        Assert.True(OnnxRunner.MaxAbsDiff(expected, y.Data) < Tol);
        Assert.All(y.Data, v => Assert.True(v < 0));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void ResizeBilinear_reproduces_align_corners_and_half_pixel_centers(bool align, bool half)
    {
        int h = 3, w = 4, c = 2, oh = 7, ow = 9;
        var x = RefOps.Random(h * w * c, 7);
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int si = m.ConstInt("size", [2], [oh, ow]);
        int yi = m.Tensor("y", [1, oh, ow, c]);
        m.Op(TfOps.ResizeBilinear, [xi, si], [yi], 15, new FbTable().Set(2, align).Set(3, half));
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var expected = RefOps.ResizeBilinear(x, h, w, c, oh, ow, align, half);
        var y = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]))["y"];
        Assert.True(OnnxRunner.MaxAbsDiff(expected, y.Data) < Tol, $"align={align} half={half}");
    }

    [Fact]
    public void DepthToSpace_uses_tensorflow_DCR_order()
    {
        int h = 2, w = 3, c = 8;
        var x = RefOps.Random(h * w * c, 8);
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int yi = m.Tensor("y", [1, 4, 6, 2]);
        m.Op(TfOps.DepthToSpace, [xi], [yi], 94, new FbTable().Set(0, 2));
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var y = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]))["y"];
        Assert.Equal(RefOps.DepthToSpace(x, h, w, c, 2), y.Data);
    }

    [Fact]
    public void Pad_add_logistic_keep_nhwc_semantics()
    {
        int h = 3, w = 3, c = 2;
        var x = RefOps.Random(h * w * c, 9);
        var bias = new[] { 0.5f, -2f };
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int pi = m.ConstInt("pads", [4, 2], [0, 0, 1, 2, 2, 0, 0, 0]);
        int pd = m.Tensor("padded", [1, 6, 5, c]);
        int bi = m.Const("bias", [c], bias);
        int ad = m.Tensor("added", [1, 6, 5, c]);
        int yi = m.Tensor("y", [1, 6, 5, c]);
        m.Op(TfOps.Pad, [xi, pi], [pd]);
        m.Op(TfOps.Add, [pd, bi], [ad], 11, new FbTable().Set(0, (sbyte)TfActivation.Relu));
        m.Op(TfOps.Logistic, [ad], [yi]);
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var expected = new float[6 * 5 * c];
        for (int y = 0; y < 6; y++)
            for (int xx = 0; xx < 5; xx++)
                for (int ch = 0; ch < c; ch++)
                {
                    int sy = y - 1, sx = xx - 2;
                    float v = sy >= 0 && sy < h && sx >= 0 && sx < w ? x[(sy * w + sx) * c + ch] : 0f;
                    expected[(y * 5 + xx) * c + ch] = 1f / (1f + MathF.Exp(-Math.Max(v + bias[ch], 0f)));
                }
        var r = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]))["y"];
        Assert.True(OnnxRunner.MaxAbsDiff(expected, r.Data) < Tol);
    }

    [Fact]
    public void Add_with_fused_relu6_clamps_at_0_and_6()
    {
        int h = 4, w = 4, c = 3;
        // A residual block as in BlazePose: both ADD operands are convolution outputs (NCHW inside the graph).
        var x = RefOps.Random(h * w * c, 13, 10f);
        var w1 = RefOps.Random(c * c, 14);
        var w2 = RefOps.Random(c * c, 15);
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int wi1 = m.Const("w1", [c, 1, 1, c], w1), wi2 = m.Const("w2", [c, 1, 1, c], w2);
        int c1 = m.Tensor("conv1", [1, h, w, c]), c2 = m.Tensor("conv2", [1, h, w, c]);
        int yi = m.Tensor("y", [1, h, w, c]);
        m.Op(TfOps.Conv2D, [xi, wi1, -1], [c1], 1, ConvOptions(1, 0));
        m.Op(TfOps.Conv2D, [xi, wi2, -1], [c2], 1, ConvOptions(1, 0));
        m.Op(TfOps.Add, [c1, c2], [yi], 11, new FbTable().Set(0, (sbyte)TfActivation.Relu6));
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var r1 = RefOps.Conv(x, h, w, c, w1, 1, 1, c, null, 1, false, RefOps.Id, out _, out _);
        var r2 = RefOps.Conv(x, h, w, c, w2, 1, 1, c, null, 1, false, RefOps.Id, out _, out _);
        var expected = r1.Zip(r2).Select(p => RefOps.Relu6(p.First + p.Second)).ToArray();
        var y = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]))["y"];
        Assert.True(OnnxRunner.MaxAbsDiff(expected, y.Data) < Tol);
        Assert.Contains(expected, v => v == 6f);
        Assert.Contains(expected, v => v == 0f);
    }

    [Fact]
    public void Reshape_and_concatenation_of_spatial_tensors_keep_row_major_nhwc_order()
    {
        int h = 2, w = 2, c = 2, o = 3;
        var x = RefOps.Random(h * w * c, 10);
        var wt = RefOps.Random(o * c, 11);
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, h, w, c]);
        int wi = m.Const("w", [o, 1, 1, c], wt);
        int ci = m.Tensor("conv", [1, h, w, o]);
        int si = m.ConstInt("shape", [3], [1, 4, 3]);
        int r1 = m.Tensor("r1", [1, 4, 3]);
        int cat3 = m.Tensor("cat3", [1, 8, 3]);
        int cat4 = m.Tensor("cat4", [1, h, w, 2 * o]);
        m.Op(TfOps.Conv2D, [xi, wi, -1], [ci], 1, ConvOptions(1, 0, padding: 1));
        m.Op(TfOps.Reshape, [ci, si], [r1]);
        m.Op(TfOps.Concatenation, [r1, r1], [cat3], 10, new FbTable().Set(0, 1));
        m.Op(TfOps.Concatenation, [ci, ci], [cat4], 10, new FbTable().Set(0, -1));
        m.Inputs.Add(xi); m.Outputs.Add(cat3); m.Outputs.Add(cat4);
        var conv = RefOps.Conv(x, h, w, c, wt, 1, 1, o, null, 1, false, RefOps.Id, out _, out _);
        var r = OnnxRunner.Run(m.Build(), ("x", x, [1, h, w, c]));
        Assert.True(OnnxRunner.MaxAbsDiff([.. conv, .. conv], r["cat3"].Data) < Tol);
        Assert.Equal([1, 8, 3], r["cat3"].Shape);
        var expected4 = new float[h * w * 2 * o];
        for (int p = 0; p < h * w; p++)
            for (int ch = 0; ch < 2 * o; ch++) expected4[p * 2 * o + ch] = conv[p * o + ch % o];
        Assert.True(OnnxRunner.MaxAbsDiff(expected4, r["cat4"].Data) < Tol);
    }

    [Fact]
    public void Float16_weights_through_densify_and_dequantize_are_folded_exactly()
    {
        // Weights [O=2,1,1,I=4] stored sparse (CSR on the last dimension) in float16, as the detector stores them.
        float[] dense = [0.5f, 0f, -1.25f, 0f, 0f, 0f, 0f, 2.75f];
        Half[] nz = [(Half)0.5f, (Half)(-1.25f), (Half)2.75f];
        var sparsity = new FbTable().Set(0, new[] { 0, 1, 2, 3 }).Set(2, new[]
        {
            new FbTable().Set(0, (sbyte)0).Set(1, 2),
            new FbTable().Set(0, (sbyte)0).Set(1, 1),
            new FbTable().Set(0, (sbyte)0).Set(1, 1),
            new FbTable().Set(0, (sbyte)1).Set(2, (byte)1).Set(3, new FbTable().Set(0, new[] { 0, 2, 3 }))
                                           .Set(4, (byte)1).Set(5, new FbTable().Set(0, new[] { 0, 2, 3 })),
        });
        var m = new TinyTflite();
        int xi = m.Tensor("x", [1, 2, 2, 4]);
        int sp = m.Tensor("w_sparse", [2, 1, 1, 4], 1, System.Runtime.InteropServices.MemoryMarshal.AsBytes(nz.AsSpan()).ToArray(), sparsity);
        int dn = m.Tensor("w_dense16", [2, 1, 1, 4], 1);
        int w32 = m.Tensor("w", [2, 1, 1, 4]);
        int yi = m.Tensor("y", [1, 2, 2, 2]);
        m.Op(TfOps.Densify, [sp], [dn]);
        m.Op(TfOps.Dequantize, [dn], [w32]);
        m.Op(TfOps.Conv2D, [xi, w32, -1], [yi], 1, ConvOptions(1, 0));
        m.Inputs.Add(xi); m.Outputs.Add(yi);
        var x = RefOps.Random(16, 12);
        var expected = RefOps.Conv(x, 2, 2, 4, dense, 1, 1, 2, null, 1, false, RefOps.Id, out _, out _);
        var y = OnnxRunner.Run(m.Build(), ("x", x, [1, 2, 2, 4]))["y"];
        Assert.True(OnnxRunner.MaxAbsDiff(expected, y.Data) < Tol);
    }

    [Fact]
    public void Densifier_places_csr_values_at_their_coordinates()
    {
        var sp = new TfSparsity([0, 1], [], [new TfDimMetadata(false, 3, [], []), new TfDimMetadata(true, 0, [0, 1, 1, 3], [2, 0, 3])]);
        Assert.Equal([0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 3], Densifier.Densify([1f, 2f, 3f], [3, 4], sp));
        Assert.Throws<MalformedModelException>(() => Densifier.Densify([1f, 2f], [3, 4], sp));
    }

    [Fact]
    public void Same_padding_rule_matches_tflite_examples()
    {
        Assert.Equal((0, 1, 3), PaddingRule.Compute(TfPadding.Same, 6, 3, 2, 1));
        Assert.Equal((1, 1, 3), PaddingRule.Compute(TfPadding.Same, 5, 3, 2, 1));
        Assert.Equal((2, 2, 8), PaddingRule.Compute(TfPadding.Same, 8, 3, 1, 2));
        Assert.Equal((0, 0, 2), PaddingRule.Compute(TfPadding.Valid, 6, 3, 2, 1));
    }
}
