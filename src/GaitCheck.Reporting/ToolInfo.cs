namespace GaitCheck.Reporting;

/// <summary>The tool's name and version as printed in reports and JSON (the assembly version: no build time, so output stays deterministic).</summary>
public static class ToolInfo
{
    public static string Version { get; } = typeof(ToolInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>"GaitCheck 1.0.0".</summary>
    public static string Name => "GaitCheck " + Version;
}
