using GaitCheck.ModelImport.Onnx;
using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport.Conversion;

/// <summary>Thrown for an operator the importer cannot convert; turned into ModelInvalid naming file and operator.</summary>
public sealed class UnsupportedOperatorException(string op, int index, string detail)
    : Exception($"unsupported operator {op} (operator #{index}){(detail.Length > 0 ? ": " + detail : "")}");

/// <summary>
/// Value bookkeeping for <see cref="TfliteToOnnx"/>: which ONNX value holds each TFLite tensor, in which
/// layout (4-D activations are kept NCHW inside the graph; everything else keeps TFLite's layout), and
/// the constant data of weights, folding DEQUANTIZE (float16 to float32) and DENSIFY at conversion time.
/// Layout changes are inserted lazily and cached, so each tensor is transposed at most once.
/// </summary>
internal sealed class GraphBuilder(TfliteModel model, OnnxModel onnx)
{
    private readonly Dictionary<int, string> _names = [];
    private readonly HashSet<int> _nchw = [];
    private readonly Dictionary<int, float[]> _folded = [];
    private readonly Dictionary<(int, string), string> _cache = [];
    private readonly HashSet<string> _used = [];
    private int _uid;

    public TfTensor T(int index) => model.Tensors[index];

    public string Fresh(string hint)
    {
        string n = hint;
        while (!_used.Add(n)) n = hint + "_" + (++_uid).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return n;
    }

    public void Node(string op, string[] inputs, string[] outputs, params OnnxAttribute[] attrs) =>
        onnx.Nodes.Add(new OnnxNode(op, inputs, outputs, Fresh(op + "_" + outputs[0]), attrs));

    public void Define(int tensor, string name, bool nchw)
    {
        _names[tensor] = name;
        if (nchw) _nchw.Add(tensor); else _nchw.Remove(tensor);
    }

    public bool IsNchw(int tensor) => _nchw.Contains(tensor);
    public bool IsDefined(int tensor) => _names.ContainsKey(tensor);
    public bool IsConstant(int tensor) => !IsDefined(tensor) && (_folded.ContainsKey(tensor) || T(tensor).IsConstant);

    public void Fold(int tensor, float[] values) => _folded[tensor] = values;

    /// <summary>Float values of a constant tensor (raw float32/float16 data or a folded result).</summary>
    public float[] ConstFloats(int tensor)
    {
        if (_folded.TryGetValue(tensor, out var f)) return f;
        var t = T(tensor);
        if (!t.IsConstant) throw new MalformedModelException($"tensor {t.Name} was expected to be constant");
        var span = t.Data.Span;
        return t.Type switch
        {
            TfTensorType.Float32 => Check(t, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(span).ToArray()),
            TfTensorType.Float16 => Check(t, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(span).ToArray().Select(h => (float)h).ToArray()),
            _ => throw new MalformedModelException($"constant {t.Name} has type {t.Type}, expected float"),
        };
    }

    private static float[] Check(TfTensor t, float[] v)
    {
        if (t.Sparsity == null && v.Length != t.ElementCount)
            throw new MalformedModelException($"constant {t.Name} holds {v.Length} values, shape needs {t.ElementCount}");
        return v;
    }

    public long[] ConstInts(int tensor)
    {
        var t = T(tensor);
        var span = t.Data.Span;
        long[] v = t.Type switch
        {
            TfTensorType.Int32 => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(span).ToArray().Select(i => (long)i).ToArray(),
            TfTensorType.Int64 => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, long>(span).ToArray(),
            _ => throw new MalformedModelException($"constant {t.Name} has type {t.Type}, expected int32"),
        };
        if (v.Length != t.ElementCount) throw new MalformedModelException($"constant {t.Name} holds {v.Length} values, shape needs {t.ElementCount}");
        return v;
    }

    public string AddInitializer(string hint, long[] dims, float[] data)
    {
        string n = Fresh(hint);
        onnx.Initializers.Add(OnnxTensor.FromFloats(n, dims, data));
        return n;
    }

    public string AddInitializer(string hint, long[] dims, long[] data)
    {
        string n = Fresh(hint);
        onnx.Initializers.Add(OnnxTensor.FromInt64s(n, dims, data));
        return n;
    }

    /// <summary>The tensor in TFLite's own layout (NHWC for 4-D).</summary>
    public string Plain(int tensor)
    {
        if (IsConstant(tensor))
            return Cached(tensor, "const", () => AddInitializer("c" + tensor, Dims(T(tensor).Shape), ConstFloats(tensor)));
        string name = Name(tensor);
        if (!IsNchw(tensor)) return name;
        return Cached(tensor, "nhwc", () => Transpose(name, "t" + tensor + "_nhwc", 0, 2, 3, 1));
    }

    /// <summary>A 4-D tensor as NCHW.</summary>
    public string Nchw(int tensor)
    {
        var shape = T(tensor).Shape;
        if (shape.Length != 4) throw new MalformedModelException($"tensor {T(tensor).Name} has rank {shape.Length}, expected 4");
        if (IsConstant(tensor))
            return Cached(tensor, "constnchw", () => AddInitializer("c" + tensor, [shape[0], shape[3], shape[1], shape[2]], ToNchw(ConstFloats(tensor), shape)));
        string name = Name(tensor);
        if (IsNchw(tensor)) return name;
        return Cached(tensor, "nchw", () => Transpose(name, "t" + tensor + "_nchw", 0, 3, 1, 2));
    }

    private string Name(int tensor) => _names.TryGetValue(tensor, out var n) ? n
        : throw new MalformedModelException($"tensor {T(tensor).Name} is used before any operator produces it");

    private string Transpose(string input, string hint, params long[] perm)
    {
        string o = Fresh(hint);
        Node("Transpose", [input], [o], OnnxAttribute.Is("perm", perm));
        return o;
    }

    private string Cached(int tensor, string kind, Func<string> make)
    {
        if (!_cache.TryGetValue((tensor, kind), out var n)) _cache[(tensor, kind)] = n = make();
        return n;
    }

    public static long[] Dims(int[] shape) => shape.Select(d => (long)d).ToArray();

    public static float[] ToNchw(float[] nhwc, int[] s)
    {
        int n = s[0], h = s[1], w = s[2], c = s[3];
        var r = new float[nhwc.Length];
        for (int b = 0; b < n; b++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                    for (int ch = 0; ch < c; ch++)
                        r[((b * c + ch) * h + y) * w + x] = nhwc[((b * h + y) * w + x) * c + ch];
        return r;
    }
}
