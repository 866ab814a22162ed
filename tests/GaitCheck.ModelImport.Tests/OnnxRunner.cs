using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace GaitCheck.ModelImport.Tests;

/// <summary>Converts a TFLite byte array and runs it once under ONNX Runtime.</summary>
internal static class OnnxRunner
{
    public static Dictionary<string, (float[] Data, int[] Shape)> Run(byte[] tflite, params (string Name, float[] Data, int[] Shape)[] inputs)
    {
        byte[] onnx = TfliteConverter.ConvertToBytes(tflite, "tiny.tflite", "tiny", []);
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = 1 };
        using var session = new InferenceSession(onnx, options);
        var feeds = inputs.Select(i => NamedOnnxValue.CreateFromTensor(i.Name, new DenseTensor<float>(i.Data, i.Shape))).ToList();
        using var results = session.Run(feeds);
        return results.ToDictionary(r => r.Name, r =>
        {
            var t = r.AsTensor<float>();
            return (t.ToArray(), t.Dimensions.ToArray());
        });
    }

    public static float MaxAbsDiff(float[] a, float[] b)
    {
        Assert.Equal(a.Length, b.Length);
        return a.Zip(b).Max(p => Math.Abs(p.First - p.Second));
    }
}
