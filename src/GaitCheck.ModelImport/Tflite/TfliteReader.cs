namespace GaitCheck.ModelImport.Tflite;

/// <summary>
/// Reads a .tflite flatbuffer (schema: tensorflow/lite/schema/schema.fbs, file identifier "TFL3") into
/// <see cref="TfliteModel"/>. Field numbers below are the schema's field order.
/// </summary>
public static class TfliteReader
{
    public static TfliteModel Read(byte[] bytes)
    {
        var root = FlatTable.Root(bytes, "TFL3");
        // Model: 0 version, 1 operator_codes, 2 subgraphs, 3 description, 4 buffers
        var opcodes = root.Tables(1).Select(ReadOpCode).ToArray();
        var subgraphs = root.Tables(2);
        if (subgraphs.Length == 0) throw new MalformedModelException("no subgraph");
        var buffers = root.Tables(4).Select(b => b.Bytes(0)).ToArray();
        var sg = subgraphs[0];
        // SubGraph: 0 tensors, 1 inputs, 2 outputs, 3 operators, 4 name
        var tensors = sg.Tables(0).Select((t, i) => ReadTensor(t, i, buffers)).ToArray();
        var ops = sg.Tables(3).Select((o, i) => ReadOperator(o, i, opcodes, tensors.Length)).ToArray();
        int[] inputs = sg.Int32s(1), outputs = sg.Int32s(2);
        foreach (int t in inputs.Concat(outputs))
            if (t < 0 || t >= tensors.Length) throw new MalformedModelException($"graph input/output tensor {t} out of range");
        return new TfliteModel(root.String(3) ?? "", tensors, ops, inputs, outputs);
    }

    private static (int Code, string Custom) ReadOpCode(FlatTable t)
    {
        // OperatorCode: 0 deprecated_builtin_code (int8), 1 custom_code, 2 version, 3 builtin_code (int32)
        int code = Math.Max(t.Int8(0), t.Int32(3));
        return (code, t.String(1) ?? "");
    }

    private static TfTensor ReadTensor(FlatTable t, int index, ReadOnlyMemory<byte>[] buffers)
    {
        // Tensor: 0 shape, 1 type, 2 buffer, 3 name, 4 quantization, 5 is_variable, 6 sparsity, 7 shape_signature
        uint buf = t.UInt32(2);
        if (buf >= buffers.Length) throw new MalformedModelException($"tensor {index} refers to buffer {buf} of {buffers.Length}");
        var sp = t.Table(6);
        return new TfTensor(index, t.String(3) ?? "t" + index, t.Int32s(0), (TfTensorType)t.Int8(1), buffers[buf], sp is { } s ? ReadSparsity(s) : null);
    }

    private static TfSparsity ReadSparsity(FlatTable s)
    {
        // SparsityParameters: 0 traversal_order, 1 block_map, 2 dim_metadata
        // DimensionMetadata: 0 format (0 DENSE, 1 SPARSE_CSR), 1 dense_size, 2/3 array_segments (type, value), 4/5 array_indices
        var dims = s.Tables(2).Select(d => new TfDimMetadata(d.Int8(0) == 1, d.Int32(1), IndexVector(d, 2), IndexVector(d, 4))).ToArray();
        return new TfSparsity(s.Int32s(0), s.Int32s(1), dims);
    }

    private static int[] IndexVector(FlatTable d, int typeField)
    {
        byte type = d.UInt8(typeField);
        var v = d.Table(typeField + 1);
        if (type == 0 || v is null) return [];
        return type switch
        {
            1 => v.Value.Int32s(0),
            2 => v.Value.UInt16s(0),
            3 => v.Value.UInt8s(0),
            _ => throw new MalformedModelException($"unknown sparse index vector type {type}"),
        };
    }

    private static TfOperator ReadOperator(FlatTable o, int index, (int Code, string Custom)[] opcodes, int tensorCount)
    {
        // Operator: 0 opcode_index, 1 inputs, 2 outputs, 3 builtin_options_type, 4 builtin_options
        uint oc = o.UInt32(0);
        if (oc >= opcodes.Length) throw new MalformedModelException($"operator {index} refers to opcode {oc} of {opcodes.Length}");
        int[] ins = o.Int32s(1), outs = o.Int32s(2);
        foreach (int t in ins.Concat(outs))
            if (t < -1 || t >= tensorCount) throw new MalformedModelException($"operator {index} refers to tensor {t} of {tensorCount}");
        return new TfOperator(index, opcodes[oc].Code, opcodes[oc].Custom, ins, outs, o.Table(4));
    }
}
