namespace GaitCheck.ModelImport.Onnx;

/// <summary>ONNX TensorProto.DataType values used here (onnx/onnx.proto).</summary>
public static class OnnxType
{
    public const int Float = 1, Int64 = 7;
}

/// <summary>An initializer: raw little-endian bytes.</summary>
public sealed record OnnxTensor(string Name, long[] Dims, int DataType, byte[] Raw)
{
    public static OnnxTensor FromFloats(string name, long[] dims, float[] data)
    {
        var raw = new byte[data.Length * 4];
        Buffer.BlockCopy(data, 0, raw, 0, raw.Length);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian host");
        return new OnnxTensor(name, dims, OnnxType.Float, raw);
    }

    public static OnnxTensor FromInt64s(string name, long[] dims, long[] data)
    {
        var raw = new byte[data.Length * 8];
        Buffer.BlockCopy(data, 0, raw, 0, raw.Length);
        return new OnnxTensor(name, dims, OnnxType.Int64, raw);
    }
}

/// <summary>A node attribute: exactly one of the value kinds is used.</summary>
public sealed record OnnxAttribute(string Name, long? Int = null, string? Text = null, long[]? Ints = null)
{
    public static OnnxAttribute I(string n, long v) => new(n, Int: v);
    public static OnnxAttribute S(string n, string v) => new(n, Text: v);
    public static OnnxAttribute Is(string n, params long[] v) => new(n, Ints: v);
}

public sealed record OnnxNode(string OpType, string[] Inputs, string[] Outputs, string Name, IReadOnlyList<OnnxAttribute> Attributes);

/// <summary>A graph input/output: float or int tensor with a static shape.</summary>
public sealed record OnnxValueInfo(string Name, int ElemType, long[] Shape);

/// <summary>An in-memory ONNX model (one graph, default domain), serialised by <see cref="OnnxSerializer"/>.</summary>
public sealed class OnnxModel
{
    public string GraphName { get; set; } = "graph";
    public int Opset { get; set; } = 17;
    public List<OnnxNode> Nodes { get; } = [];
    public List<OnnxTensor> Initializers { get; } = [];
    public List<OnnxValueInfo> Inputs { get; } = [];
    public List<OnnxValueInfo> Outputs { get; } = [];
    /// <summary>metadata_props, written in insertion order.</summary>
    public List<KeyValuePair<string, string>> Metadata { get; } = [];
}
