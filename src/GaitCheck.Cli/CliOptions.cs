using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using GaitCheck.Core.Json;

namespace GaitCheck.Cli;

/// <summary>
/// Options whose values are parsed by GaitCheck, so a bad value is reported in GaitCheck's words ("--start expects a
/// number, got 'abc'") and never with .NET type names. Every option of the CLI is a string, a bool, or made here
/// (a test checks this). Ranges are checked where the settings are used (AnalyzeSettings.Validate, Scenario.Validate).
/// </summary>
internal static class CliOptions
{
    /// <summary>An optional number: a finite value in the invariant culture, or null when absent.</summary>
    public static Option<T?> Number<T>(string name, string description, params string[] aliases) where T : struct, INumber<T> =>
        new(name, aliases) { Description = description, CustomParser = r => r.Tokens.Count == 0 ? null : Parse<T>(r, name) };

    /// <summary>A number with a default.</summary>
    public static Option<T> Number<T>(string name, string description, T defaultValue, params string[] aliases) where T : struct, INumber<T> =>
        new(name, aliases) { Description = description, DefaultValueFactory = _ => defaultValue, CustomParser = r => r.Tokens.Count == 0 ? defaultValue : Parse<T>(r, name) ?? defaultValue };

    /// <summary>An optional enum value, matched by name ignoring case, '-' and '_' (numbers are not names).</summary>
    public static Option<T?> Choice<T>(string name, string description) where T : struct, Enum =>
        new(name) { Description = description, CustomParser = r => r.Tokens.Count == 0 ? null : ParseChoice<T>(r, name) };

    /// <summary>An optional name from <paramref name="names"/>, matched ignoring case, '-' and '_'; the value is the name as listed.</summary>
    public static Option<string?> Choice(string name, string description, IReadOnlyList<string> names) =>
        new(name) { Description = description, CustomParser = r => r.Tokens.Count == 0 ? null : ParseChoice(r, name, names) };

    /// <summary>An optional true/false; the bare flag means true.</summary>
    public static Option<bool?> Toggle(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = r =>
        {
            if (r.Tokens.Count == 0) return true;
            string s = r.Tokens[^1].Value;
            if (bool.TryParse(s, out bool b)) return b;
            r.AddError($"{name} expects true or false, got '{s}'");
            return null;
        },
    };

    /// <summary>A path option that must not be empty (an empty --out would mean "here" to some code and an error to other code).</summary>
    public static Option<string> Path(string name, string description, bool required, params string[] aliases) =>
        Path(name, description, required, null, aliases);

    /// <summary>A non-empty path option with a default (e.g. the models folder).</summary>
    public static Option<string> Path(string name, string description, bool required, Func<string>? defaultValue, params string[] aliases)
    {
        var o = new Option<string>(name, aliases) { Description = description, Required = required };
        if (defaultValue != null) o.DefaultValueFactory = _ => defaultValue();
        o.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && string.IsNullOrWhiteSpace(r.Tokens[^1].Value)) r.AddError($"{name} is empty: give a path");
        });
        return o;
    }

    /// <summary>A path argument that must not be empty.</summary>
    public static Argument<string> PathArgument(string name, string description)
    {
        var a = new Argument<string>(name) { Description = description };
        a.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && string.IsNullOrWhiteSpace(r.Tokens[^1].Value)) r.AddError($"the {name} path is empty");
        });
        return a;
    }

    private static T? Parse<T>(ArgumentResult r, string name) where T : struct, INumber<T>
    {
        string s = r.Tokens[^1].Value;
        bool integer = typeof(T) != typeof(double) && typeof(T) != typeof(float);
        var style = integer ? NumberStyles.Integer : NumberStyles.Float;
        if (T.TryParse(s, style, CultureInfo.InvariantCulture, out T v) && T.IsFinite(v)) return v;
        r.AddError($"{name} expects {(integer ? "a whole number" : "a number")}, got '{s}'");
        return null;
    }

    private static T? ParseChoice<T>(ArgumentResult r, string name) where T : struct, Enum =>
        ParseChoice(r, name, [.. Enum.GetValues<T>().Select(EnumNames.Camel)]) is { } v ? Enum.Parse<T>(v, ignoreCase: true) : null;

    private static string? ParseChoice(ArgumentResult r, string name, IReadOnlyList<string> names)
    {
        string s = r.Tokens[^1].Value;
        static string Norm(string x) => x.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (string v in names)
            if (string.Equals(Norm(v), Norm(s), StringComparison.OrdinalIgnoreCase)) return v;
        r.AddError($"{name} expects one of {string.Join(", ", names)}, got '{s}'");
        return null;
    }
}
