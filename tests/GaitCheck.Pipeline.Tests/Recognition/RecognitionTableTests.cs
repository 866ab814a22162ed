using GaitCheck.DevTools.Recognition;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Pipeline.Tests.Recognition;

/// <summary>
/// The recognition table, end to end: every clip in the shared media, the samples and their adversarial variants go
/// through the full pipeline. No wrong label may carry findings, every row must say what a clinician would expect,
/// and the README's table must be this run's (labels and verdicts).
/// </summary>
public sealed class RecognitionTableTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_clip_gets_the_expected_label_and_no_wrong_label_carries_findings()
    {
        string outDir = RepoPaths.Actual("recognition");
        var rows = RecognitionTable.Run(RecognitionCorpus.All, RepoPaths.SharedMedia, RepoPaths.SampleVideos, outDir, RepoPaths.Models, output.WriteLine);
        output.WriteLine(RecognitionTable.Markdown(rows));
        Assert.DoesNotContain(rows, r => r.Verdict == "WRONG WITH FINDINGS");
        var wrong = rows.Where(r => r.Verdict != "right").Select(r => $"{r.Case.Name}: expected {RecognitionTable.Label(r.Case.Expected)}, said {r.Said} ({r.Reason})").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        var readme = ReadmeRows();
        var mine = rows.Select(r => (r.Case.Name, RecognitionTable.Label(r.Case.Expected), r.Said, r.Verdict)).ToList();
        Assert.Equal(mine, readme);
    }

    /// <summary>(clip, expected, said, verdict) of each row of the README's recognition table.</summary>
    private static List<(string, string, string, string)> ReadmeRows()
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        const string begin = "<!-- recognition-table:begin -->", end = "<!-- recognition-table:end -->";
        int a = text.IndexOf(begin, StringComparison.Ordinal), b = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a, "README.md has no recognition-table block");
        return text[(a + begin.Length)..b].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('|') && !l.StartsWith("| clip", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (c[1], c[3], c[4], c[7])).ToList();
    }
}
