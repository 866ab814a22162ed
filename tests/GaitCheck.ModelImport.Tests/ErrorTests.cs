using GaitCheck.Core;
using GaitCheck.ModelImport.Tflite;

namespace GaitCheck.ModelImport.Tests;

/// <summary>Unknown operators and malformed files end in ModelInvalid naming operator and file, and leave no .onnx.</summary>
[Collection("models")]
public class ErrorTests(ModelFixture fx) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gc-modelimport-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private GaitCheckException ConvertFails(byte[] bytes, string sourceName)
    {
        string onnx = Path.Combine(_dir, "out.onnx");
        var e = Assert.Throws<GaitCheckException>(() => TfliteConverter.ConvertToFile(bytes, sourceName, onnx, "g", []));
        Assert.Equal(ExitCode.ModelInvalid, e.Code);
        Assert.Contains(sourceName, e.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir)); // no .onnx, no .partial
        return e;
    }

    [Fact]
    public void Unknown_operator_is_named_with_the_file()
    {
        var m = new TinyTflite();
        int x = m.Tensor("x", [1, 4]);
        int y = m.Tensor("y", [1, 4]);
        m.Op(25, [x], [y]); // SOFTMAX: not used by BlazePose, not supported
        m.Inputs.Add(x); m.Outputs.Add(y);
        var e = ConvertFails(m.Build(), "softmax_model.tflite");
        Assert.Contains("SOFTMAX", e.Message);
        Assert.Contains("operator #0", e.Message);
    }

    [Fact]
    public void Custom_operator_is_named()
    {
        var m = new TinyTflite();
        int x = m.Tensor("x", [1, 4]);
        int y = m.Tensor("y", [1, 4]);
        m.Op(TfOps.Custom, [x], [y]);
        m.Inputs.Add(x); m.Outputs.Add(y);
        Assert.Contains("CUSTOM", ConvertFails(m.Build(), "custom.tflite").Message);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(4096)]
    [InlineData(-1)] // half the file
    public void Truncated_real_model_is_rejected(int length)
    {
        byte[] all = File.ReadAllBytes(fx.Tflite["pose_landmark_lite"]);
        int n = length < 0 ? all.Length / 2 : length;
        var e = ConvertFails(all[..n], "pose_landmark_lite.tflite");
        Assert.Contains("malformed", e.Message);
    }

    [Fact]
    public void Not_a_tflite_file_is_rejected_by_its_identifier()
    {
        var e = ConvertFails("this is not a model at all, just some text"u8.ToArray(), "notes.txt");
        Assert.Contains("TFL3", e.Message);
    }

    [Fact]
    public void Random_bytes_with_the_right_identifier_are_rejected()
    {
        var r = new Random(42);
        for (int i = 0; i < 20; i++)
        {
            var bytes = new byte[2000];
            r.NextBytes(bytes);
            "TFL3"u8.CopyTo(bytes.AsSpan(4));
            ConvertFails(bytes, $"random{i}.tflite");
        }
    }

    [Fact]
    public void Graph_output_never_produced_is_rejected()
    {
        var m = new TinyTflite();
        int x = m.Tensor("x", [1, 4]);
        int y = m.Tensor("y", [1, 4]);
        m.Inputs.Add(x); m.Outputs.Add(y);
        Assert.Contains("never produced", ConvertFails(m.Build(), "empty.tflite").Message);
    }
}
