namespace GaitCheck.ModelImport.Tflite;

/// <summary>Sparse storage of a constant tensor (schema.fbs SparsityParameters / DimensionMetadata).</summary>
public sealed record TfDimMetadata(bool Sparse, int DenseSize, int[] Segments, int[] Indices);

public sealed record TfSparsity(int[] TraversalOrder, int[] BlockMap, TfDimMetadata[] Dims);

/// <summary>One tensor of the graph; <see cref="Data"/> is empty for activations.</summary>
public sealed record TfTensor(int Index, string Name, int[] Shape, TfTensorType Type, ReadOnlyMemory<byte> Data, TfSparsity? Sparsity)
{
    public bool IsConstant => !Data.IsEmpty;
    public long ElementCount => Shape.Aggregate(1L, (a, b) => a * b);
}

/// <summary>One operator: builtin code, tensor indices (-1 = optional input absent) and its options table.</summary>
public sealed record TfOperator(int Index, int Code, string CustomCode, int[] Inputs, int[] Outputs, FlatTable? Options)
{
    public string OpName => Code == TfOps.Custom ? "CUSTOM(" + CustomCode + ")" : TfOps.Name(Code);
}

/// <summary>The first subgraph of a .tflite file, read by <see cref="TfliteReader"/>.</summary>
public sealed record TfliteModel(string Description, IReadOnlyList<TfTensor> Tensors, IReadOnlyList<TfOperator> Operators, int[] Inputs, int[] Outputs);
