using GaitCheck.Core.Json;

namespace GaitCheck.Pipeline.DevVerbs;

/// <summary>Names of an enum's values as the CLI offers them (lower camel case), and the value a name stands for.</summary>
internal static class Choices
{
    public static IReadOnlyList<string> Names<T>() where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(EnumNames.Camel)];

    /// <summary>The value named <paramref name="name"/> (any case); null for null.</summary>
    public static T? Parse<T>(string? name) where T : struct, Enum => name is null ? null : Enum.Parse<T>(name, ignoreCase: true);
}
