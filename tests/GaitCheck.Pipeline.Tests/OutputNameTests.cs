using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Pipeline.Tests;

/// <summary>Batch output folder names are safe by construction (issue 9, defect 1).</summary>
public class OutputNameTests
{
    [Theory]
    [InlineData("/in/...mp4", "__")]
    [InlineData("/in/..mp4", "_")]
    [InlineData("/in/.mp4", "input")]
    [InlineData("/in/.hidden.mp4", "_hidden")]
    [InlineData("/in/batch-summary.csv.mp4", "batch-summary_csv")]
    [InlineData("/in/a b;c$(x).mov", "a_b_c__x_")]
    [InlineData("/in/Müller 01.mp4", "Müller_01")]
    [InlineData("/in/clip", "clip")]
    public void Names_keep_only_letters_digits_dash_and_underscore(string path, string expected) =>
        Assert.Equal(expected, OutputName.Base(path));

    [Fact]
    public void No_name_can_be_a_dot_name_hidden_or_a_file_of_the_tool()
    {
        var rng = new Random(3);
        const string alphabet = "./\\ab-_ .~*?\0\n\u00e9\ud83d\ude00";
        for (int i = 0; i < 2000; i++)
        {
            string stem = new(Enumerable.Range(0, rng.Next(0, 12)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
            string name = OutputName.Base("/in/" + stem.Replace('/', '_') + ".mp4");
            Assert.NotEmpty(name);
            Assert.All(name, c => Assert.True(char.IsLetterOrDigit(c) || c is '-' or '_', $"'{c}' in '{name}'"));
        }
        Assert.Equal(OutputName.MaxStemLength, OutputName.Base("/in/" + new string('x', 500) + ".mp4").Length);
    }

    [Fact]
    public void Names_are_unique_ignoring_case_and_stable()
    {
        string[] paths = ["/a/Clip.mp4", "/b/clip.mp4", "/c/CLIP.mov", "/d/other.mp4", "/e/x.y.mp4", "/f/x_y.mp4"];
        var names = OutputName.Assign(paths);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("other", names[3]);
        Assert.StartsWith("Clip-", names[0], StringComparison.Ordinal);
        Assert.StartsWith("x_y-", names[4], StringComparison.Ordinal);
        Assert.Equal(names, OutputName.Assign(paths));
    }

    [Fact]
    public void A_natural_name_that_looks_like_a_hashed_one_still_gets_a_unique_name()
    {
        var first = OutputName.Assign(["/a/clip.mp4", "/b/clip.mp4"]);
        var names = OutputName.Assign(["/a/clip.mp4", "/b/clip.mp4", "/c/" + first[0] + ".mp4"]);
        Assert.Equal(3, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
