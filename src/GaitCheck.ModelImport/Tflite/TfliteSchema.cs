namespace GaitCheck.ModelImport.Tflite;

/// <summary>TFLite tensor element types (tensorflow/lite/schema/schema.fbs, enum TensorType).</summary>
public enum TfTensorType : sbyte { Float32 = 0, Float16 = 1, Int32 = 2, UInt8 = 3, Int64 = 4, String = 5, Bool = 6, Int16 = 7, Complex64 = 8, Int8 = 9 }

/// <summary>Fused activation (schema.fbs, enum ActivationFunctionType).</summary>
public enum TfActivation : sbyte { None = 0, Relu = 1, ReluN1To1 = 2, Relu6 = 3, Tanh = 4, SignBit = 5 }

/// <summary>Padding (schema.fbs, enum Padding).</summary>
public enum TfPadding : sbyte { Same = 0, Valid = 1 }

/// <summary>The builtin operator codes this importer knows by name (schema.fbs, enum BuiltinOperator).</summary>
public static class TfOps
{
    public const int Add = 0, Concatenation = 2, Conv2D = 3, DepthwiseConv2D = 4, DepthToSpace = 5, Dequantize = 6,
        Logistic = 14, MaxPool2D = 17, Reshape = 22, ResizeBilinear = 23, Custom = 32, Pad = 34, Densify = 124;

    private static readonly Dictionary<int, string> Names = new()
    {
        [0] = "ADD", [1] = "AVERAGE_POOL_2D", [2] = "CONCATENATION", [3] = "CONV_2D", [4] = "DEPTHWISE_CONV_2D",
        [5] = "DEPTH_TO_SPACE", [6] = "DEQUANTIZE", [9] = "FULLY_CONNECTED", [14] = "LOGISTIC", [17] = "MAX_POOL_2D",
        [18] = "MUL", [19] = "RELU", [21] = "RELU6", [22] = "RESHAPE", [23] = "RESIZE_BILINEAR", [25] = "SOFTMAX",
        [28] = "TANH", [32] = "CUSTOM", [34] = "PAD", [39] = "TRANSPOSE", [40] = "MEAN", [41] = "SUB", [42] = "DIV",
        [45] = "STRIDED_SLICE", [54] = "PRELU", [97] = "RESIZE_NEAREST_NEIGHBOR", [117] = "HARD_SWISH", [124] = "DENSIFY",
    };

    public static string Name(int code) => Names.TryGetValue(code, out var n) ? n : "BUILTIN_" + code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
