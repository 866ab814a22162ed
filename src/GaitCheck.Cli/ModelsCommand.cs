using System.CommandLine;

namespace GaitCheck.Cli;

/// <summary>`gaitcheck models install|list|verify`.</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var cmd = new Command("models", "Install, list and verify the BlazePose ONNX models");
        return cmd;
    }
}
