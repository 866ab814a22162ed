using GaitCheck.Pipeline.Batch;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

public class BatchRowLayoutTests
{
    [Fact]
    public void A_row_saved_before_the_subject_and_session_columns_is_still_resumed()
    {
        string dir = RepoPaths.Actual("batch-row-old-layout");
        Directory.CreateDirectory(dir);
        var old = BatchRow.Columns.Take(BatchRow.Columns.Count - 2).ToList();
        var values = old.Select(c => c == "status" ? "ok" : c == "fppa_left" ? "12.30" : "x").ToList();
        File.WriteAllText(Path.Combine(dir, BatchRow.FileName), string.Join(",", old) + "\n" + string.Join(",", values) + "\n");
        var row = BatchRow.LoadSkipped(dir);
        Assert.NotNull(row);
        Assert.Equal(BatchRow.Columns.Count, row.Count);
        Assert.Equal(("skipped", "12.30", "", ""), (row[2], row[BatchRow.Columns.ToList().IndexOf("fppa_left")], row[^2], row[^1]));
        var regrouped = BatchRow.WithGroup(row, new BatchInput("/a.mp4", "a", new InputOptions(Subject: "S9", Session: "post")));
        Assert.Equal(["S9", "post"], regrouped.TakeLast(2));

        File.WriteAllText(Path.Combine(dir, BatchRow.FileName), "input,status\nx,ok\n");
        Assert.Null(BatchRow.LoadSkipped(dir)); // another layout: re-analysed
    }
}
