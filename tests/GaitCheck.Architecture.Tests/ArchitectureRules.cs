namespace GaitCheck.Architecture.Tests;

/// <summary>
/// The checks, as pure functions from a project's facts and its table row to a list of problems (empty = fine), so
/// tests can run them on the repository and on made-up projects that must fail.
/// </summary>
public static class ArchitectureRules
{
    /// <summary>The namespace a package's code is used through; runtime-only packages have none.</summary>
    public static readonly IReadOnlyDictionary<string, string?> PackageNamespaces = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["OpenCvSharp4"] = "OpenCvSharp",
        ["OpenCvSharp4.official.runtime.linux-x64"] = null,
        ["Microsoft.ML.OnnxRuntime"] = "Microsoft.ML.OnnxRuntime",
        ["ScottPlot"] = "ScottPlot",
        ["System.CommandLine"] = "System.CommandLine",
    };

    public static IEnumerable<string> Check(ProjectFacts p, ProjectRule rule, IReadOnlyCollection<string> allProjects)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(allProjects);
        foreach (var r in rule.References.Except(p.References).Order(StringComparer.Ordinal))
            yield return $"{p.Project}: missing reference to {r} (ARCHITECTURE.md names it)";
        foreach (var r in p.References.Except(rule.References).Order(StringComparer.Ordinal))
            yield return $"{p.Project}: reference to {r} is not in ARCHITECTURE.md's table";
        foreach (var r in p.References.Order(StringComparer.Ordinal))
            if (!p.Sources.Any(s => Uses(s, r)))
                yield return $"{p.Project}: reference to {r} is unused (no using or qualified name in its code)";
        foreach (var k in rule.Packages.Except(p.Packages).Order(StringComparer.Ordinal))
            yield return $"{p.Project}: missing package {k} (ARCHITECTURE.md names it)";
        foreach (var k in p.Packages.Except(rule.Packages).Order(StringComparer.Ordinal))
            yield return $"{p.Project}: package {k} is not in ARCHITECTURE.md's table";
        foreach (var (package, ns) in PackageNamespaces)
        {
            if (ns is null) continue;
            bool used = p.Sources.Any(s => s.Usings.Any(u => Within(u, ns)));
            if (p.Packages.Contains(package) && !used) yield return $"{p.Project}: package {package} is unused (no using {ns})";
            if (!p.Packages.Contains(package) && used) yield return $"{p.Project}: uses {ns} without declaring the {package} package";
        }
        var allowed = rule.References.Append(p.Project).ToHashSet(StringComparer.Ordinal);
        foreach (var s in p.Sources)
        {
            if (s.DeclaresTypes && (s.Namespace is not { } ns || !Within(ns, p.Project)))
                yield return $"{Name(s)}: namespace {s.Namespace ?? "(none)"} is not under {p.Project}";
            foreach (var u in s.Usings)
                if (allProjects.FirstOrDefault(q => Within(u, q)) is { } target && !allowed.Contains(target))
                    yield return $"{Name(s)}: using {u} crosses into {target}, which {p.Project} may not use";
        }
    }

    /// <summary>Any project: no linked source files and no reference to a test project.</summary>
    public static IEnumerable<string> CheckSharing(ProjectFacts p)
    {
        ArgumentNullException.ThrowIfNull(p);
        foreach (var link in p.LinkedSources)
            yield return $"{p.Project}: compiles another project's file {link} (shared helpers belong in GaitCheck.TestSupport)";
        foreach (var r in p.References.Where(r => r.EndsWith(".Tests", StringComparison.Ordinal)))
            yield return $"{p.Project}: references the test project {r}";
    }

    private static bool Uses(SourceFile s, string project) =>
        s.Usings.Any(u => Within(u, project)) || s.NamedRoots.Contains(project);

    /// <summary>True when <paramref name="name"/> is <paramref name="root"/> or a namespace under it.</summary>
    private static bool Within(string name, string root) =>
        name == root || name.StartsWith(root + ".", StringComparison.Ordinal);

    private static string Name(SourceFile s) => Path.GetFileName(s.Path);
}
