using GaitCheck.Pipeline.Batch;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests;

public class BatchInputsTests
{
    private static string Fresh(string name)
    {
        string dir = RepoPaths.Actual(name);
        Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void Folder_gives_its_videos_sorted_and_recursively()
    {
        string dir = Fresh("batch-inputs-folder");
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        foreach (var f in new[] { "b.mp4", "a.MOV", "notes.txt", "sub/c.webm" }) File.WriteAllText(Path.Combine(dir, f), "x");
        var inputs = BatchInputs.Expand([dir]);
        Assert.Equal(["a", "b", "c"], inputs.Select(i => i.Name).ToArray());
        Assert.All(inputs, i => Assert.True(Path.IsPathRooted(i.Path)));
    }

    [Fact]
    public void List_file_skips_comments_resolves_relative_paths_and_disambiguates_names()
    {
        string dir = Fresh("batch-inputs-list");
        string list = Path.Combine(dir, "clips.txt");
        File.WriteAllText(list, "# patients\n\nday1/clip.mp4\n  day2/clip.mp4  \n/abs/other.mov\n");
        var inputs = BatchInputs.Expand([list]);
        Assert.Equal(3, inputs.Count);
        Assert.Equal(Path.Combine(dir, "day1", "clip.mp4"), inputs[0].Path);
        Assert.StartsWith("clip-", inputs[0].Name, StringComparison.Ordinal);
        Assert.StartsWith("clip-", inputs[1].Name, StringComparison.Ordinal);
        Assert.NotEqual(inputs[0].Name, inputs[1].Name);
        Assert.Equal("other", inputs[2].Name);
        Assert.Equal(inputs.Select(i => i.Name), BatchInputs.Expand([list]).Select(i => i.Name)); // stable: resume relies on it
    }

    [Fact]
    public void Missing_path_stays_an_input_so_it_fails_in_its_own_row()
    {
        var inputs = BatchInputs.Expand(["/nonexistent/x.mp4"]);
        Assert.Equal("x", Assert.Single(inputs).Name);
    }

    // Issue 9: a batch never reads inside its own --out, takes hidden names, skips AppleDouble companions with a note and ends on a folder link loop.

    [Fact]
    public void Files_inside_the_output_folder_are_never_inputs()
    {
        string dir = Fresh("batch-inputs-out-inside");
        string outRoot = Path.Combine(dir, "out");
        Directory.CreateDirectory(Path.Combine(outRoot, "clip"));
        File.WriteAllText(Path.Combine(dir, "clip.mp4"), "x");
        File.WriteAllText(Path.Combine(outRoot, "clip", "overlay.mp4"), "x");
        string list = Path.Combine(dir, "list.txt");
        File.WriteAllText(list, "out/clip/overlay.mp4\nclip.mp4\n");
        var notes = new List<string>();
        var inputs = BatchInputs.Expand([dir, list, Path.Combine(outRoot, "clip", "overlay.mp4")], outRoot, notes.Add);
        Assert.Equal([Path.Combine(dir, "clip.mp4")], inputs.Select(i => i.Path).ToArray());
        Assert.Contains(notes, n => n.Contains("inside the output folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Hidden_names_are_inputs_apple_double_companions_are_not_and_a_link_loop_ends()
    {
        string dir = Fresh("batch-inputs-hidden-loop");
        File.WriteAllBytes(Path.Combine(dir, "._clip.mp4"), [0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0]);
        File.WriteAllText(Path.Combine(dir, "clip.mp4"), "x");
        File.WriteAllText(Path.Combine(dir, "...mp4"), "x");
        File.WriteAllText(Path.Combine(dir, "._not-apple-double.mp4"), "x");
        File.WriteAllText(Path.Combine(dir, ".overlay.partial.mp4"), "x");
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "sub", "back"), dir);
        var notes = new List<string>();
        var inputs = BatchInputs.Expand([dir], null, notes.Add);
        Assert.Equal(["...mp4", "._not-apple-double.mp4", "clip.mp4"], inputs.Select(i => Path.GetFileName(i.Path)).ToArray());
        Assert.Equal(["__", "__not-apple-double", "clip"], inputs.Select(i => i.Name).ToArray());
        Assert.Contains(notes, n => n.Contains("1 macOS AppleDouble", StringComparison.Ordinal));
    }
}
