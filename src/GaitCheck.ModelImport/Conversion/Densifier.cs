using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport.Conversion;

/// <summary>
/// Expands a sparse constant tensor to dense row-major order, following TFLite's sparsity format
/// (schema.fbs SparsityParameters; the traversal in tensorflow/lite/kernels/internal/utils/sparsity_format_converter.cc):
/// dimensions are walked in traversal order; a DENSE dimension enumerates 0..dense_size-1, a SPARSE_CSR
/// dimension takes the coordinates array_indices[array_segments[p] .. array_segments[p+1]) where p is the
/// position reached in the previous dimension. Values are stored in that walk's order.
/// Block sparsity (block_map) is not used by the BlazePose graphs and is rejected.
/// </summary>
public static class Densifier
{
    public static float[] Densify(float[] values, int[] shape, TfSparsity sp)
    {
        int rank = shape.Length;
        if (sp.BlockMap.Length > 0) throw new MalformedModelException("block-sparse tensors are not supported");
        if (sp.TraversalOrder.Length != rank || sp.Dims.Length != rank)
            throw new MalformedModelException($"sparsity metadata has {sp.Dims.Length} dimensions for a rank-{rank} tensor");
        var strides = new long[rank];
        long total = 1;
        for (int d = rank - 1; d >= 0; d--) { strides[d] = total; total *= shape[d]; }
        var dense = new float[total];
        int next = 0;
        Walk(0, 0, 0);
        if (next != values.Length) throw new MalformedModelException($"sparse tensor has {values.Length} values but its metadata addresses {next}");
        return dense;

        void Walk(int level, int prevPos, long offset)
        {
            if (level == rank)
            {
                if (next >= values.Length) throw new MalformedModelException("sparse metadata addresses more values than stored");
                dense[offset] = values[next++];
                return;
            }
            var dm = sp.Dims[level];
            int dim = sp.TraversalOrder[level];
            if (!dm.Sparse)
            {
                int n = dm.DenseSize;
                if (n != shape[dim]) throw new MalformedModelException($"dense dimension size {n} differs from shape {shape[dim]}");
                for (int i = 0; i < n; i++) Walk(level + 1, prevPos * n + i, offset + i * strides[dim]);
            }
            else
            {
                if (prevPos + 1 >= dm.Segments.Length) throw new MalformedModelException("sparse segment index out of range");
                int from = dm.Segments[prevPos], to = dm.Segments[prevPos + 1];
                if (from < 0 || to > dm.Indices.Length || from > to) throw new MalformedModelException("sparse segments inconsistent");
                for (int i = from; i < to; i++)
                {
                    int c = dm.Indices[i];
                    if (c < 0 || c >= shape[dim]) throw new MalformedModelException($"sparse coordinate {c} out of range {shape[dim]}");
                    Walk(level + 1, i, offset + c * strides[dim]);
                }
            }
        }
    }
}
