using GaitCheck.Core;

namespace GaitCheck.Cli.Tests.Corpus;

/// <summary>
/// Runs every case of the bad-input corpus (<see cref="CorpusCases"/>) through the real CLI in a child process and
/// asserts, for each: the documented exit code; exactly one line on stderr (an error, or a warning for an input
/// that is analysed with a caveat; none for a clean success), free of .NET wording; a bounded run time; nothing
/// outside --out changed (the sandbox around it and the shared inputs are snapshotted before and after); no folder
/// left without its completion marker; and no output file cut short.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class BadInputCorpusTests(CorpusInputs inputs)
{
    [Fact]
    public void The_corpus_has_at_least_40_distinct_cases()
    {
        Assert.True(CorpusCases.All.Count >= 40, $"{CorpusCases.All.Count} cases");
        Assert.Equal(CorpusCases.All.Count, CorpusCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public void Case(string name)
    {
        var c = CorpusCases.All.Single(x => x.Name == name);
        using var s = new CaseSandbox(inputs, name);
        string[] args = c.Arrange(s);
        var around = TreeSnapshot.Take(s.Root, s.Out);
        var shared = TreeSnapshot.Take(inputs.Dir);
        int at = Array.IndexOf(args, "--out");
        string outDir = at >= 0 && args[at + 1].Length > 0 ? Path.GetFullPath(args[at + 1], s.Root) : s.Out; // the run's own --out, inside the sandbox's out
        var outBefore = OutputChecks.SnapshotFolders(outDir);

        var r = ChildCli.Run(TimeSpan.FromSeconds(c.Seconds), s.Root, args, c.WithoutRootOverride ? ChildCli.WithoutFilePermissionOverride : null);

        Assert.False(r.TimedOut, $"{name} did not finish within {c.Seconds} s: {r}");
        Assert.True((int)c.Expected == r.Code, $"{name}: expected exit {(int)c.Expected} ({c.Expected}), got {r}");
        AssertStderr(c, r);
        string outside = TreeSnapshot.Diff(around, TreeSnapshot.Take(s.Root, s.Out));
        Assert.True(outside.Length == 0, $"{name} changed files outside --out:\n{outside}");
        Assert.Equal("", TreeSnapshot.Diff(shared, TreeSnapshot.Take(inputs.Dir)));
        OutputChecks.AssertNothingHalfDone(outDir, args[0], outBefore);
        c.Check?.Invoke(s, r);
    }

    private static void AssertStderr(CorpusCase c, ChildCli.Result r)
    {
        if (c.Stderr == Stderr.Silent)
        {
            Assert.True(r.ErrLines.Length == 0, $"{c.Name}: expected no stderr: {r}");
            return;
        }
        Assert.True(r.ErrLines.Length == 1, $"{c.Name}: expected exactly one stderr line: {r}");
        string line = r.ErrLines[0];
        Assert.StartsWith(c.Stderr == Stderr.Error ? "gaitcheck: error: " : "gaitcheck: warning: ", line, StringComparison.Ordinal);
        foreach (var internals in new[] { "System.", "Exception", "   at ", "Parameter '", "dictionary", "Nullable" })
            Assert.DoesNotContain(internals, line, StringComparison.Ordinal);
        if (c.Mentions is { } m) Assert.Contains(m, line, StringComparison.Ordinal);
    }
}
