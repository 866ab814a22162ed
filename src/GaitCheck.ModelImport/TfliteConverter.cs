using System.Security.Cryptography;
using GaitCheck.Core;
using GaitCheck.ModelImport.Conversion;
using GaitCheck.ModelImport.Onnx;
using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport;

/// <summary>
/// The importer's entry point: TFLite bytes in, ONNX file out. Any unknown operator or malformed input
/// becomes GaitCheckException(ModelInvalid) naming the file and the operator, and no .onnx is left
/// behind (the file is written atomically, after a successful conversion).
/// </summary>
public static class TfliteConverter
{
    /// <summary>Reads and converts; throws ModelInvalid naming <paramref name="sourceName"/>.</summary>
    public static OnnxModel Convert(byte[] tflite, string sourceName, string graphName, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        try
        {
            var model = TfliteReader.Read(tflite);
            return TfliteToOnnx.Convert(model, graphName, metadata);
        }
        catch (UnsupportedOperatorException e)
        {
            throw new GaitCheckException(ExitCode.ModelInvalid, $"cannot convert {sourceName}: {e.Message}", e);
        }
        catch (Exception e) when (e is MalformedModelException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            throw new GaitCheckException(ExitCode.ModelInvalid, $"cannot convert {sourceName}: malformed TFLite file: {e.Message}", e);
        }
    }

    /// <summary>Converts and writes <paramref name="onnxPath"/> atomically; returns the sha256 (lower-case hex) of the written bytes.</summary>
    public static string ConvertToFile(byte[] tflite, string sourceName, string onnxPath, string graphName, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        byte[] bytes = ConvertToBytes(tflite, sourceName, graphName, metadata);
        AtomicFile.WriteAllBytes(onnxPath, bytes);
        return System.Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Converts to serialised ONNX bytes (deterministic: same input, same bytes).</summary>
    public static byte[] ConvertToBytes(byte[] tflite, string sourceName, string graphName, IEnumerable<KeyValuePair<string, string>> metadata) =>
        OnnxSerializer.Serialize(Convert(tflite, sourceName, graphName, metadata));
}
