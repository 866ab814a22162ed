namespace GaitCheck.ModelImport.Onnx;

/// <summary>
/// Encodes <see cref="OnnxModel"/> as an ONNX ModelProto. Field numbers follow onnx/onnx.proto:
/// ModelProto{1 ir_version, 2 producer_name, 3 producer_version, 7 graph, 8 opset_import, 14 metadata_props};
/// GraphProto{1 node, 2 name, 5 initializer, 11 input, 12 output};
/// NodeProto{1 input, 2 output, 3 name, 4 op_type, 5 attribute};
/// AttributeProto{1 name, 3 i, 4 s, 8 ints, 20 type};
/// TensorProto{1 dims, 2 data_type, 8 name, 9 raw_data}; ValueInfoProto{1 name, 2 type};
/// TypeProto{1 tensor_type{1 elem_type, 2 shape{1 dim{1 dim_value}}}}. Output is deterministic.
/// </summary>
public static class OnnxSerializer
{
    public const long IrVersion = 8; // ONNX 1.10+, pairs with opset 17

    public static byte[] Serialize(OnnxModel model)
    {
        var m = new ProtoWriter();
        m.Int64(1, IrVersion);
        m.String(2, "gaitcheck-modelimport");
        m.String(3, "1");
        m.Message(7, g => WriteGraph(g, model));
        m.Message(8, o => { o.String(1, ""); o.Int64(2, model.Opset); });
        foreach (var kv in model.Metadata)
            m.Message(14, e => { e.String(1, kv.Key); e.String(2, kv.Value); });
        return m.ToArray();
    }

    private static void WriteGraph(ProtoWriter g, OnnxModel model)
    {
        foreach (var n in model.Nodes) g.Message(1, w => WriteNode(w, n));
        g.String(2, model.GraphName);
        foreach (var t in model.Initializers) g.Message(5, w => WriteTensor(w, t));
        foreach (var v in model.Inputs) g.Message(11, w => WriteValueInfo(w, v));
        foreach (var v in model.Outputs) g.Message(12, w => WriteValueInfo(w, v));
    }

    private static void WriteNode(ProtoWriter w, OnnxNode n)
    {
        foreach (var i in n.Inputs) w.String(1, i);
        foreach (var o in n.Outputs) w.String(2, o);
        w.String(3, n.Name);
        w.String(4, n.OpType);
        foreach (var a in n.Attributes) w.Message(5, aw => WriteAttribute(aw, a));
    }

    private static void WriteAttribute(ProtoWriter w, OnnxAttribute a)
    {
        w.String(1, a.Name);
        if (a.Int is { } i) { w.Int64(3, i); w.Int64(20, 2); }
        else if (a.Text is { } s) { w.String(4, s); w.Int64(20, 3); }
        else if (a.Ints is { } ints) { w.PackedInt64(8, ints); w.Int64(20, 7); }
        else throw new ArgumentException($"attribute {a.Name} has no value");
    }

    private static void WriteTensor(ProtoWriter w, OnnxTensor t)
    {
        if (t.Dims.Length > 0) w.PackedInt64(1, t.Dims);
        w.Int64(2, t.DataType);
        w.String(8, t.Name);
        w.Bytes(9, t.Raw);
    }

    private static void WriteValueInfo(ProtoWriter w, OnnxValueInfo v)
    {
        w.String(1, v.Name);
        w.Message(2, tp => tp.Message(1, tt =>
        {
            tt.Int64(1, v.ElemType);
            tt.Message(2, sh => { foreach (long d in v.Shape) sh.Message(1, dim => dim.Int64(1, d)); });
        }));
    }
}
