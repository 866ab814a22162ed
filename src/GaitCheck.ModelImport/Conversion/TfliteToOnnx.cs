using GaitCheck.ModelImport.Onnx;
using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport.Conversion;

/// <summary>
/// Converts the first subgraph of a TFLite model into an ONNX graph (opset 17) with the same input and
/// output names, shapes and layouts as the TFLite graph (NHWC). Inside, 4-D activations are NCHW: one
/// Transpose follows the input, and tensors go back to NHWC only where layout matters (RESHAPE of a
/// tensor with spatial extent, 4-D graph outputs). Weights are transposed at conversion time; float16
/// weights (DEQUANTIZE) and sparse weights (DENSIFY) are folded into float32 initializers.
/// Operator semantics follow tensorflow/lite/kernels/*.cc; ONNX semantics follow onnx/docs/Operators.md.
/// </summary>
public static class TfliteToOnnx
{
    public static OnnxModel Convert(TfliteModel model, string graphName, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var onnx = new OnnxModel { GraphName = graphName };
        var g = new GraphBuilder(model, onnx);
        foreach (int i in model.Inputs)
        {
            var t = model.Tensors[i];
            if (t.Type != TfTensorType.Float32) throw new MalformedModelException($"graph input {t.Name} has type {t.Type}; only float32 inputs are supported");
            string name = g.Fresh(t.Name);
            onnx.Inputs.Add(new OnnxValueInfo(name, OnnxType.Float, GraphBuilder.Dims(t.Shape)));
            g.Define(i, name, nchw: false);
        }
        foreach (var op in model.Operators) OpEmitter.Emit(g, op);
        foreach (int o in model.Outputs)
        {
            var t = model.Tensors[o];
            if (!g.IsDefined(o)) throw new MalformedModelException($"graph output {t.Name} is never produced");
            string value = g.Plain(o);
            string name = g.Fresh(t.Name);
            g.Node("Identity", [value], [name]);
            onnx.Outputs.Add(new OnnxValueInfo(name, OnnxType.Float, GraphBuilder.Dims(t.Shape)));
        }
        onnx.Metadata.AddRange(metadata);
        return onnx;
    }
}
