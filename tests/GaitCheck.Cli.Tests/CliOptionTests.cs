using System.CommandLine;
using GaitCheck.Core;

namespace GaitCheck.Cli.Tests;

/// <summary>Every option is parsed by GaitCheck, so a bad value is reported in its words, never with .NET type names (issue 9, defect 8).</summary>
public class CliOptionTests
{
    private static IEnumerable<(string Command, Symbol Symbol, Type ValueType)> Symbols(Command c)
    {
        foreach (var o in c.Options) yield return (c.Name, o, o.ValueType);
        foreach (var a in c.Arguments) yield return (c.Name, a, a.ValueType);
        foreach (var s in c.Subcommands.SelectMany(Symbols)) yield return s;
    }

    [Fact]
    public void Every_typed_option_has_a_gaitcheck_parser()
    {
        var plain = new[] { typeof(string), typeof(bool), typeof(string[]), typeof(void) }; // void: --help, --version (no value)
        foreach (var (cmd, sym, type) in Symbols(CliApp.Build()))
        {
            if (plain.Contains(type)) continue;
            object? parser = sym.GetType().GetProperty("CustomParser")?.GetValue(sym);
            Assert.True(parser != null, $"{cmd} {sym.Name} ({type.Name}) is parsed by System.CommandLine, whose errors name .NET types");
        }
    }

    [Theory]
    [InlineData("analyze", "x.mp4", "--out", "o", "--start", "abc")]
    [InlineData("batch", "x.mp4", "--out", "o", "--jobs", "1.5")]
    [InlineData("synth", "--out", "o", "--fps", "fast")]
    [InlineData("synth", "--out", "o", "--view", "upside-down")]
    [InlineData("synth", "--out", "o", "--bystander", "maybe")]
    [InlineData("bench", "models", "--runs", "x")]
    [InlineData("analyze", "x.mp4", "--out", "")]
    [InlineData("pose", "", "--out", "o")]
    [InlineData("analyze", "x.mp4", "--out", "o", "--capture-fps", "fast")]
    [InlineData("analyze", "x.mp4", "--out", "o", "--capture-fps", "0")]
    [InlineData("analyze", "x.mp4", "--out", "o", "--capture-fps", "5000")]
    [InlineData("analyze-keypoints", "k.json", "--capture-fps", "-30")]
    [InlineData("analyze", "x.mp4", "--out", "o", "--movement", "hopping")]
    public void Bad_values_are_one_usage_line_without_dotnet_names(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.True((int)ExitCode.Usage == r.Code, r.ToString());
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("gaitcheck: error: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Capture_fps_out_of_range_names_the_range()
    {
        var r = CliRunner.Run("analyze", "x.mp4", "--out", "o", "--capture-fps", "0");
        Assert.Contains("--capture-fps must be a frame rate from 1 to 1000", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_below_the_minimum_are_refused_not_raised()
    {
        var r = CliRunner.Run("bench", "models", "--runs", "1");
        Assert.True((int)ExitCode.Usage == r.Code, r.ToString());
        Assert.Contains("--runs must be from 5", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }
}
