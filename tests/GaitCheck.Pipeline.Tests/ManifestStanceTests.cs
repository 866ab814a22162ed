using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pipeline.Batch;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

/// <summary>A manifest row's stance is applied like its movement and view: the analysis measures the reps on that leg only (constructed right-stance squat, no model).</summary>
public class ManifestStanceTests
{
    private static readonly AnalyzeSettings BatchSettings = new() { View = CameraView.Frontal };

    [Theory]
    [InlineData("left", Side.Left)]
    [InlineData("right", Side.Right)]
    [InlineData("auto", null)]
    [InlineData(null, null)]
    public void The_stance_column_becomes_the_settings_stance(string? cell, Side? expected)
    {
        Assert.Equal(expected, new InputOptions(Stance: cell).Apply(BatchSettings).Stance);
        Assert.Equal(BatchSettings.View, new InputOptions(Stance: cell).Apply(BatchSettings).View);
    }

    [Theory]
    [InlineData(null, "right", "3")]
    [InlineData("right", "right", "3")]
    [InlineData("left", "left", "0")]
    public void The_summary_row_measures_the_reps_on_the_stance_given(string? stance, string stanceSide, string reps)
    {
        string dir = Path.Combine(RepoPaths.Actual("manifest-stance"), stance ?? "none");
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        OutputFolder.Prepare(dir);
        var settings = new InputOptions(Stance: stance).Apply(BatchSettings);
        var o = ClipPipeline.Finish(SyntheticSquat.Build(Side.Right, 75), null, dir, settings);
        var row = BatchRow.Ok(new BatchInput("/x/clip.mp4", "clip", new InputOptions(Stance: stance)), dir, o.Document, 1);
        string Col(string name) => row[BatchRow.Columns.ToList().IndexOf(name)];
        Assert.Equal(stanceSide, Col("stance_side"));
        Assert.Equal(reps, Col("reps"));
    }
}
