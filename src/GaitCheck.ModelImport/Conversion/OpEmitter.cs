using GaitCheck.ModelImport.Onnx;
using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport.Conversion;

/// <summary>
/// One method per TFLite builtin operator used by the BlazePose graphs. Option field numbers are the
/// schema.fbs field order of each *Options table.
/// </summary>
internal static class OpEmitter
{
    public static void Emit(GraphBuilder g, TfOperator op)
    {
        switch (op.Code)
        {
            case TfOps.Conv2D: Conv(g, op, depthwise: false); break;
            case TfOps.DepthwiseConv2D: Conv(g, op, depthwise: true); break;
            case TfOps.Add: Add(g, op); break;
            case TfOps.Pad: Pad(g, op); break;
            case TfOps.MaxPool2D: MaxPool(g, op); break;
            case TfOps.ResizeBilinear: Resize(g, op); break;
            case TfOps.Reshape: Reshape(g, op); break;
            case TfOps.Concatenation: Concat(g, op); break;
            case TfOps.Logistic: Unary(g, op, "Sigmoid"); break;
            case TfOps.DepthToSpace: DepthToSpace(g, op); break;
            case TfOps.Dequantize: Dequantize(g, op); break;
            case TfOps.Densify: Densify(g, op); break;
            default: throw new UnsupportedOperatorException(op.OpName, op.Index, "");
        }
    }

    private static int Opt(TfOperator op, int field, int dflt = 0) => op.Options is { } t ? t.Int32(field, dflt) : dflt;
    private static sbyte Opt8(TfOperator op, int field) => op.Options is { } t ? t.Int8(field) : (sbyte)0;
    private static bool OptB(TfOperator op, int field) => op.Options is { } t && t.Bool(field);

    private static int In(TfOperator op, int i) => i < op.Inputs.Length && op.Inputs[i] >= 0 ? op.Inputs[i]
        : throw new MalformedModelException($"operator #{op.Index} {op.OpName} lacks input {i}");

    private static int Out(TfOperator op) => op.Outputs.Length == 1 ? op.Outputs[0]
        : throw new MalformedModelException($"operator #{op.Index} {op.OpName} has {op.Outputs.Length} outputs, expected 1");

    /// <summary>Applies a TFLite fused activation to <paramref name="x"/> and defines the operator's output.</summary>
    private static void Finish(GraphBuilder g, TfOperator op, string x, TfActivation act, bool nchw)
    {
        int o = Out(op);
        string name = g.Fresh("t" + o);
        switch (act)
        {
            case TfActivation.None: g.Node("Identity", [x], [name]); break;
            case TfActivation.Relu: g.Node("Relu", [x], [name]); break;
            case TfActivation.Relu6: g.Node("Clip", [x, Scalar(g, 0f), Scalar(g, 6f)], [name]); break;
            case TfActivation.ReluN1To1: g.Node("Clip", [x, Scalar(g, -1f), Scalar(g, 1f)], [name]); break;
            case TfActivation.Tanh: g.Node("Tanh", [x], [name]); break;
            default: throw new UnsupportedOperatorException(op.OpName, op.Index, $"fused activation {act}");
        }
        g.Define(o, name, nchw);
    }

    private static string Scalar(GraphBuilder g, float v) =>
        g.AddInitializer("s" + v.ToString("R", System.Globalization.CultureInfo.InvariantCulture), [], [v]);

    private static string Tmp(GraphBuilder g, TfOperator op) => g.Fresh("t" + Out(op) + "_pre");

    /// <summary>CONV_2D (weights OHWI) and DEPTHWISE_CONV_2D (weights 1HW(C*M)) as ONNX Conv with explicit pads.</summary>
    private static void Conv(GraphBuilder g, TfOperator op, bool depthwise)
    {
        int x = In(op, 0), w = In(op, 1);
        var xs = g.T(x).Shape;
        var ws = g.T(w).Shape;
        if (xs.Length != 4 || ws.Length != 4) throw new MalformedModelException($"operator #{op.Index} {op.OpName}: expected 4-D input and weights");
        // Conv2DOptions: 0 padding, 1 stride_w, 2 stride_h, 3 act, 4 dilation_w, 5 dilation_h
        // DepthwiseConv2DOptions: 0 padding, 1 stride_w, 2 stride_h, 3 depth_multiplier, 4 act, 5 dilation_w, 6 dilation_h
        int a = depthwise ? 1 : 0;
        var padding = (TfPadding)Opt8(op, 0);
        int sw = Opt(op, 1, 1), sh = Opt(op, 2, 1);
        var act = (TfActivation)Opt8(op, 3 + a);
        int dw = Opt(op, 4 + a, 1), dh = Opt(op, 5 + a, 1);
        int kh = ws[1], kw = ws[2];
        var ph = PaddingRule.Compute(padding, xs[1], kh, sh, dh);
        var pw = PaddingRule.Compute(padding, xs[2], kw, sw, dw);
        float[] wdata = g.ConstFloats(w);
        long[] wdims;
        int outC;
        if (depthwise)
        {
            outC = ws[3]; // [1,KH,KW,C*M] -> [C*M,1,KH,KW]
            wdims = [outC, 1, kh, kw];
        }
        else
        {
            outC = ws[0]; // [O,KH,KW,I] -> [O,I,KH,KW]
            wdims = [outC, ws[3], kh, kw];
        }
        string wname = g.AddInitializer("w" + op.Index, wdims, GraphBuilder.ToNchw(wdata, ws));
        var inputs = new List<string> { g.Nchw(x), wname };
        if (op.Inputs.Length > 2 && op.Inputs[2] >= 0)
        {
            float[] b = g.ConstFloats(op.Inputs[2]);
            if (b.Length != outC) throw new MalformedModelException($"operator #{op.Index}: bias has {b.Length} values for {outC} channels");
            inputs.Add(g.AddInitializer("b" + op.Index, [outC], b));
        }
        var attrs = new List<OnnxAttribute>
        {
            OnnxAttribute.Is("kernel_shape", kh, kw),
            OnnxAttribute.Is("strides", sh, sw),
            OnnxAttribute.Is("dilations", dh, dw),
            OnnxAttribute.Is("pads", ph.Before, pw.Before, ph.After, pw.After),
        };
        if (depthwise) attrs.Add(OnnxAttribute.I("group", xs[3]));
        else if (ws[3] != xs[3]) throw new MalformedModelException($"operator #{op.Index}: weights expect {ws[3]} input channels, tensor has {xs[3]}");
        string tmp = Tmp(g, op);
        g.Node("Conv", [.. inputs], [tmp], [.. attrs]);
        Finish(g, op, tmp, act, nchw: true);
    }

    /// <summary>ADD with NumPy broadcasting; a constant operand is brought to the other operand's layout.</summary>
    private static void Add(GraphBuilder g, TfOperator op)
    {
        int a = In(op, 0), b = In(op, 1);
        bool nchw = (g.IsNchw(a) || g.IsConstant(a)) && (g.IsNchw(b) || g.IsConstant(b)) && !(g.IsConstant(a) && g.IsConstant(b))
            && g.T(Out(op)).Shape.Length == 4;
        string A = Operand(g, a, nchw), B = Operand(g, b, nchw);
        string tmp = Tmp(g, op);
        g.Node("Add", [A, B], [tmp]);
        var act = (TfActivation)Opt8(op, 0);
        if (act == TfActivation.Relu6 && nchw)
        {
            Finish(g, op, Relu6Blocked.Emit(g, tmp, g.T(Out(op)).Shape[3], "r6_" + op.Index), TfActivation.None, nchw);
            return;
        }
        Finish(g, op, tmp, act, nchw);
    }

    private static string Operand(GraphBuilder g, int t, bool nchw)
    {
        if (!nchw) return g.Plain(t);
        var s = g.T(t).Shape;
        if (!g.IsConstant(t) || s.Length == 4) return g.Nchw(t);
        float[] v = g.ConstFloats(t);
        return s.Length switch
        {
            0 => g.AddInitializer("c" + t, [], v),
            1 => g.AddInitializer("c" + t, [s[0], 1, 1], v), // per-channel vector broadcasts over H, W
            _ => throw new MalformedModelException($"constant {g.T(t).Name} of rank {s.Length} cannot broadcast against NCHW"),
        };
    }

    /// <summary>PAD (constant zero) with paddings [[n],[h],[w],[c]] reordered to ONNX's NCHW begin/end list.</summary>
    private static void Pad(GraphBuilder g, TfOperator op)
    {
        int x = In(op, 0);
        long[] p = g.ConstInts(In(op, 1));
        int rank = g.T(x).Shape.Length;
        if (p.Length != 2 * rank) throw new MalformedModelException($"operator #{op.Index} PAD: paddings size {p.Length} for rank {rank}");
        string input; long[] pads;
        if (rank == 4)
        {
            input = g.Nchw(x);
            int[] order = [0, 3, 1, 2];
            pads = [.. order.Select(d => p[2 * d]), .. order.Select(d => p[2 * d + 1])];
        }
        else
        {
            input = g.Plain(x);
            pads = [.. Enumerable.Range(0, rank).Select(d => p[2 * d]), .. Enumerable.Range(0, rank).Select(d => p[2 * d + 1])];
        }
        string tmp = Tmp(g, op);
        g.Node("Pad", [input, g.AddInitializer("pads" + op.Index, [pads.Length], pads)], [tmp], OnnxAttribute.S("mode", "constant"));
        Finish(g, op, tmp, TfActivation.None, nchw: rank == 4);
    }

    /// <summary>MAX_POOL_2D; ONNX MaxPool ignores padded cells, as TFLite does.</summary>
    private static void MaxPool(GraphBuilder g, TfOperator op)
    {
        int x = In(op, 0);
        var xs = g.T(x).Shape;
        // Pool2DOptions: 0 padding, 1 stride_w, 2 stride_h, 3 filter_width, 4 filter_height, 5 act
        var padding = (TfPadding)Opt8(op, 0);
        int sw = Opt(op, 1, 1), sh = Opt(op, 2, 1), fw = Opt(op, 3, 1), fh = Opt(op, 4, 1);
        var ph = PaddingRule.Compute(padding, xs[1], fh, sh, 1);
        var pw = PaddingRule.Compute(padding, xs[2], fw, sw, 1);
        string tmp = Tmp(g, op);
        g.Node("MaxPool", [g.Nchw(x)], [tmp], OnnxAttribute.Is("kernel_shape", fh, fw), OnnxAttribute.Is("strides", sh, sw),
            OnnxAttribute.Is("pads", ph.Before, pw.Before, ph.After, pw.After));
        Finish(g, op, tmp, (TfActivation)Opt8(op, 5), nchw: true);
    }

    /// <summary>
    /// RESIZE_BILINEAR to the constant size: align_corners maps to coordinate_transformation_mode
    /// "align_corners", half_pixel_centers to "half_pixel" (TF clamps the source coordinate to [0, in-1]
    /// like ONNX Runtime's linear mode), neither to "asymmetric" (TF's legacy in = out * in/out).
    /// </summary>
    private static void Resize(GraphBuilder g, TfOperator op)
    {
        int x = In(op, 0);
        long[] size = g.ConstInts(In(op, 1));
        var xs = g.T(x).Shape;
        // ResizeBilinearOptions: 0 new_height (deprecated), 1 new_width (deprecated), 2 align_corners, 3 half_pixel_centers
        bool align = OptB(op, 2), half = OptB(op, 3);
        if (align && half) throw new UnsupportedOperatorException(op.OpName, op.Index, "align_corners together with half_pixel_centers");
        string mode = align ? "align_corners" : half ? "half_pixel" : "asymmetric";
        string sizes = g.AddInitializer("size" + op.Index, [4], [xs[0], xs[3], size[0], size[1]]);
        string tmp = Tmp(g, op);
        g.Node("Resize", [g.Nchw(x), "", "", sizes], [tmp], OnnxAttribute.S("mode", "linear"),
            OnnxAttribute.S("coordinate_transformation_mode", mode));
        Finish(g, op, tmp, TfActivation.None, nchw: true);
    }

    /// <summary>RESHAPE in TFLite's own (row-major NHWC) order; NCHW [N,C,1,1] is already that order.</summary>
    private static void Reshape(GraphBuilder g, TfOperator op)
    {
        int x = In(op, 0), o = Out(op);
        var xs = g.T(x).Shape;
        var os = g.T(o).Shape;
        string input = g.IsNchw(x) && xs[1] == 1 && xs[2] == 1
            ? g.Nchw(x) : g.Plain(x);
        string shape = g.AddInitializer("shape" + op.Index, [os.Length], GraphBuilder.Dims(os));
        string tmp = Tmp(g, op);
        g.Node("Reshape", [input, shape], [tmp]);
        if (os.Length == 4)
        {
            string n = g.Fresh("t" + o);
            g.Node("Transpose", [tmp], [n], OnnxAttribute.Is("perm", 0, 3, 1, 2));
            g.Define(o, n, nchw: true);
        }
        else Finish(g, op, tmp, TfActivation.None, nchw: false);
    }

    private static void Concat(GraphBuilder g, TfOperator op)
    {
        int o = Out(op);
        int rank = g.T(o).Shape.Length;
        // ConcatenationOptions: 0 axis, 1 act
        int axis = Opt(op, 0);
        if (axis < 0) axis += rank;
        bool nchw = rank == 4 && op.Inputs.All(i => g.IsNchw(i) || g.IsConstant(i));
        string[] ins = op.Inputs.Select(i => nchw ? g.Nchw(i) : g.Plain(i)).ToArray();
        long onnxAxis = nchw ? new[] { 0, 2, 3, 1 }[axis] : axis;
        string tmp = Tmp(g, op);
        g.Node("Concat", ins, [tmp], OnnxAttribute.I("axis", onnxAxis));
        Finish(g, op, tmp, (TfActivation)Opt8(op, 1), nchw);
    }

    private static void Unary(GraphBuilder g, TfOperator op, string onnxOp)
    {
        int x = In(op, 0);
        bool nchw = g.IsNchw(x);
        string tmp = Tmp(g, op);
        g.Node(onnxOp, [nchw ? g.Nchw(x) : g.Plain(x)], [tmp]);
        Finish(g, op, tmp, TfActivation.None, nchw);
    }

    /// <summary>TF's depth_to_space moves channel (i*bs + j)*C + c to pixel offset (i, j): ONNX DepthToSpace mode DCR.</summary>
    private static void DepthToSpace(GraphBuilder g, TfOperator op)
    {
        int bs = Opt(op, 0); // DepthToSpaceOptions: 0 block_size
        if (bs < 1) throw new MalformedModelException($"operator #{op.Index} DEPTH_TO_SPACE: block size {bs}");
        string tmp = Tmp(g, op);
        g.Node("DepthToSpace", [g.Nchw(In(op, 0))], [tmp], OnnxAttribute.I("blocksize", bs), OnnxAttribute.S("mode", "DCR"));
        Finish(g, op, tmp, TfActivation.None, nchw: true);
    }

    /// <summary>DEQUANTIZE of float16 constants: folded (float16 to float32 is exact). Other inputs: Cast.</summary>
    private static void Dequantize(GraphBuilder g, TfOperator op)
    {
        int x = In(op, 0);
        if (g.IsConstant(x)) { g.Fold(Out(op), g.ConstFloats(x)); return; }
        if (g.T(x).Type != TfTensorType.Float16) throw new UnsupportedOperatorException(op.OpName, op.Index, $"input type {g.T(x).Type} (only float16 is supported)");
        string tmp = Tmp(g, op);
        g.Node("Cast", [g.Plain(x)], [tmp], OnnxAttribute.I("to", OnnxType.Float));
        Finish(g, op, tmp, TfActivation.None, nchw: false);
    }

    /// <summary>DENSIFY of a sparse constant: expanded at conversion time (see <see cref="Densifier"/>).</summary>
    private static void Densify(GraphBuilder g, TfOperator op)
    {
        int x = In(op, 0);
        var t = g.T(x);
        if (!g.IsConstant(x) || t.Sparsity is null) throw new UnsupportedOperatorException(op.OpName, op.Index, "input is not a sparse constant");
        g.Fold(Out(op), Densifier.Densify(g.ConstFloats(x), t.Shape, t.Sparsity));
    }
}
