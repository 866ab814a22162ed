namespace GaitCheck.Architecture.Tests;

/// <summary>One row of ARCHITECTURE.md's "Projects and what they may use" table.</summary>
public sealed record ProjectRule(string Project, IReadOnlySet<string> References, IReadOnlySet<string> Packages);

/// <summary>Parses the dependency table out of ARCHITECTURE.md (rows "| `GaitCheck.X` | Core, Video | Pkg, Pkg |").</summary>
public static class DependencyTable
{
    public static IReadOnlyDictionary<string, ProjectRule> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var rules = new Dictionary<string, ProjectRule>(StringComparer.Ordinal);
        foreach (string line in markdown.Split('\n'))
        {
            var cells = line.Trim().Split('|');
            // "| `GaitCheck.X` | refs | packages |" splits into ["", name, refs, packages, ""].
            if (cells.Length != 5 || !cells[1].Trim().StartsWith("`GaitCheck.", StringComparison.Ordinal)) continue;
            string name = cells[1].Trim().Trim('`');
            var refs = List(cells[2]).Select(r => "GaitCheck." + r).ToHashSet(StringComparer.Ordinal);
            rules[name] = new ProjectRule(name, refs, List(cells[3]).ToHashSet(StringComparer.Ordinal));
        }
        return rules;
    }

    private static IEnumerable<string> List(string cell) =>
        cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
