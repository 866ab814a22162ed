using GaitCheck.Core;
using GaitCheck.DevTools.Recognition;

namespace GaitCheck.Pipeline.DevVerbs;

/// <summary>`gaitcheck recognition`: every shared clip and its adversarial variants, expected label against what GaitCheck says.</summary>
public static class RecognitionReport
{
    /// <summary>
    /// Runs the rows named in <paramref name="only"/> (all when null), writes recognition.md into <paramref name="outDir"/>
    /// and returns its markdown and the closing count line.
    /// </summary>
    public static (string Markdown, string Counts) Run(IReadOnlyCollection<string>? only, string mediaDir, string samplesDir, string outDir,
        Action<string>? log, CancellationToken cancel)
    {
        var cases = RecognitionCorpus.All.Where(c => only is null || only.Contains(c.Name)).ToList();
        if (cases.Count == 0) throw new GaitCheckException(ExitCode.Usage, "--only names no row of the recognition table");
        var rows = RecognitionTable.Run(cases, mediaDir, samplesDir, outDir, null, log, cancel);
        string md = RecognitionTable.Markdown(rows);
        AtomicFile.WriteAllText(Path.Combine(outDir, "recognition.md"), md);
        int bad = rows.Count(r => r.Verdict == "WRONG WITH FINDINGS");
        return (md, $"{Inv.I(rows.Count(r => r.Verdict == "right"))} of {Inv.I(rows.Count)} right; {Inv.I(bad)} wrong labels with findings");
    }
}
