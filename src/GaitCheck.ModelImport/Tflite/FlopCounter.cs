namespace GaitCheck.ModelImport.Tflite;

/// <summary>
/// Floating-point operations of one inference, counted from the graph's static shapes: 2 x multiply-accumulates
/// for CONV_2D (out H*W*C * kH*kW*inC) and DEPTHWISE_CONV_2D (out H*W*C * kH*kW), plus one per output element of
/// ADD, LOGISTIC and MAX_POOL_2D (per window element) and four per output element of RESIZE_BILINEAR.
/// Bias adds and fused activations are not counted. Convolutions are well over 95% of the total.
/// </summary>
public static class FlopCounter
{
    public static double Flops(TfliteModel m)
    {
        double total = 0;
        foreach (var op in m.Operators)
        {
            if (op.Outputs.Length == 0 || op.Outputs[0] < 0) continue;
            var o = m.Tensors[op.Outputs[0]];
            double outElems = o.ElementCount;
            switch (op.Code)
            {
                case TfOps.Conv2D:
                    {
                        var w = m.Tensors[op.Inputs[1]].Shape; // O, kH, kW, I
                        total += 2.0 * outElems * w[1] * w[2] * w[3];
                        break;
                    }
                case TfOps.DepthwiseConv2D:
                    {
                        var w = m.Tensors[op.Inputs[1]].Shape; // 1, kH, kW, C*M
                        total += 2.0 * outElems * w[1] * w[2];
                        break;
                    }
                case TfOps.MaxPool2D:
                    total += outElems * (op.Options is { } t ? t.Int32(3, 1) * t.Int32(4, 1) : 1);
                    break;
                case TfOps.ResizeBilinear: total += 4 * outElems; break;
                case TfOps.Add or TfOps.Logistic: total += outElems; break;
            }
        }
        return total;
    }
}
