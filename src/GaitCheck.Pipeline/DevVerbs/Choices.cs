namespace GaitCheck.Pipeline.DevVerbs;

/// <summary>Names of an enum's values as the CLI offers them (lower camel case), and the value a name stands for.</summary>
internal static class Choices
{
    public static IReadOnlyList<string> Names<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToList();

    /// <summary>The value named <paramref name="name"/> (any case); null for null.</summary>
    public static T? Parse<T>(string? name) where T : struct, Enum => name is null ? null : Enum.Parse<T>(name, ignoreCase: true);
}
