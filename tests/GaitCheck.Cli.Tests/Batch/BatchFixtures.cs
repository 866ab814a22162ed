using GaitCheck.Core;
using GaitCheck.Reporting.Csv;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests.Batch;

/// <summary>Input folders of named links to the committed sample clip (a worker's test fault is chosen by file name), and summary reading.</summary>
internal static class BatchFixtures
{
    /// <summary>The batch flags every test uses: 1 s of lite-model analysis, no overlay, so an input takes about 2 s.</summary>
    public static readonly string[] Fast = ["--end", "1", "--model", "lite", "--no-overlay"];

    public static string Clip => Path.Combine(RepoPaths.SampleVideos, "sls-frontal-valgus-left.mp4");

    /// <summary>A fresh test folder with an "in" folder holding NAME.mp4 links to <see cref="Clip"/>.</summary>
    public static (string Root, string In) Inputs(string test, params string[] names)
    {
        string root = RepoPaths.Actual(Path.Combine("batch-workers", test));
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        string dir = Path.Combine(root, "in");
        Directory.CreateDirectory(dir);
        foreach (string n in names) File.CreateSymbolicLink(Path.Combine(dir, n + ".mp4"), Clip);
        return (root, dir);
    }

    public static List<IReadOnlyList<string>> Rows(string summary) => File.ReadAllLines(summary).Skip(1).Select(CsvLine.Split).ToList();

    public static int Column(string name) => Pipeline.Batch.BatchRow.Columns.ToList().IndexOf(name);

    /// <summary>A summary's text without its wall-time column (the one column two runs of the same inputs differ in).</summary>
    public static string WithoutSeconds(string summary)
    {
        int s = Column("seconds");
        return string.Join("\n", File.ReadAllLines(summary).Select(l => string.Join("|", CsvLine.Split(l).Where((_, i) => i != s))));
    }
}
