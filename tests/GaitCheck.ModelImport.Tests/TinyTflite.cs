using System.Runtime.InteropServices;

namespace GaitCheck.ModelImport.Tests;

/// <summary>Builds single-subgraph .tflite files for the converter's operator tests (field numbers from schema.fbs).</summary>
internal sealed class TinyTflite
{
    private readonly List<FbTable> _tensors = [];
    private readonly List<FbTable> _buffers = [new FbTable()];
    private readonly List<FbTable> _ops = [];
    private readonly List<int> _codes = [];
    public List<int> Inputs { get; } = [];
    public List<int> Outputs { get; } = [];

    public int Tensor(string name, int[] shape, sbyte type = 0, byte[]? data = null, FbTable? sparsity = null)
    {
        var t = new FbTable().Set(0, shape).Set(1, type).Set(3, name);
        if (data != null) { _buffers.Add(new FbTable().Set(0, data)); t.Set(2, (uint)(_buffers.Count - 1)); }
        if (sparsity != null) t.Set(6, sparsity);
        _tensors.Add(t);
        return _tensors.Count - 1;
    }

    public int Const(string name, int[] shape, float[] values) => Tensor(name, shape, 0, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
    public int ConstInt(string name, int[] shape, int[] values) => Tensor(name, shape, 2, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    public void Op(int code, int[] inputs, int[] outputs, int optionsType = 0, FbTable? options = null)
    {
        int idx = _codes.IndexOf(code);
        if (idx < 0) { _codes.Add(code); idx = _codes.Count - 1; }
        var op = new FbTable().Set(0, (uint)idx).Set(1, inputs).Set(2, outputs);
        if (options != null) op.Set(3, (byte)optionsType).Set(4, options);
        _ops.Add(op);
    }

    public byte[] Build()
    {
        var sg = new FbTable().Set(0, _tensors.ToArray()).Set(1, Inputs.ToArray()).Set(2, Outputs.ToArray()).Set(3, _ops.ToArray()).Set(4, "main");
        var codes = _codes.Select(c => new FbTable().Set(0, (sbyte)Math.Min(c, 127)).Set(2, 1).Set(3, c)).ToArray();
        var model = new FbTable().Set(0, 3u).Set(1, codes).Set(2, new[] { sg }).Set(3, "tiny").Set(4, _buffers.ToArray());
        return TinyFlatBuffer.Build(model, "TFL3");
    }
}
