using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GaitCheck.Architecture.Tests;

/// <summary>What a project declares (project and package references, linked sources) and what its code uses.</summary>
public sealed record ProjectFacts(string Project, IReadOnlySet<string> References, IReadOnlySet<string> Packages,
    IReadOnlyList<string> LinkedSources, IReadOnlyList<SourceFile> Sources);

/// <summary>A source file's namespace, its <c>using</c> directives, and the GaitCheck projects its code names.</summary>
/// <param name="Path">The file.</param>
/// <param name="Namespace">Its namespace; null when it has none.</param>
/// <param name="Usings">The namespaces of its using directives.</param>
/// <param name="NamedRoots">The GaitCheck projects its code names (GaitCheck.X), comments excluded.</param>
/// <param name="DeclaresTypes">False for files of top-level statements or assembly attributes only, which need no namespace.</param>
public sealed record SourceFile(string Path, string? Namespace, IReadOnlyList<string> Usings, IReadOnlySet<string> NamedRoots, bool DeclaresTypes = true);

public static partial class ProjectReader
{
    public static ProjectFacts Read(string csprojPath)
    {
        var doc = XDocument.Load(csprojPath);
        string dir = Path.GetDirectoryName(csprojPath)!;
        var refs = doc.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))
            .ToHashSet(StringComparer.Ordinal);
        var packages = doc.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToHashSet(StringComparer.Ordinal);
        var linked = doc.Descendants("Compile").Select(e => e.Attribute("Include")?.Value).OfType<string>().ToList();
        var sources = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => ParseSource(f, File.ReadAllText(f))).ToList();
        return new ProjectFacts(Path.GetFileNameWithoutExtension(csprojPath), refs, packages, linked, sources);
    }

    /// <summary>Reads a C# file's file-scoped or block namespace, its using directives, and the GaitCheck.X roots its code names outside comments.</summary>
    public static SourceFile ParseSource(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string code = Comments().Replace(text, "");
        string? ns = NamespaceLine().Match(code) is { Success: true } m ? m.Groups[1].Value : null;
        var usings = UsingLine().Matches(code).Select(u => u.Groups[1].Value).ToList();
        var named = QualifiedName().Matches(code).Select(q => "GaitCheck." + q.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return new SourceFile(path, ns, usings, named, TypeDeclaration().IsMatch(code));
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+\w+")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\bGaitCheck\.(\w+)")]
    private static partial Regex QualifiedName();
}
