using GaitCheck.Core;
using GaitCheck.TestSupport;

namespace GaitCheck.Cli.Tests;

/// <summary>`session` and `compare` parse their arguments and fail in one line with the documented exit codes.</summary>
public sealed class SessionCliTests
{
    [Fact]
    public void Unknown_role_is_a_usage_error_naming_the_roles()
    {
        var r = CliRunner.Run("session", "--clip", "squat-middle=x.mp4", "--out", RepoPaths.Actual("cli-session-role"));
        Assert.Equal((int)ExitCode.Usage, r.Code);
        Assert.Contains("squat-left, squat-right, run-posterior", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void No_clip_is_a_usage_error_and_a_missing_clip_is_not_found()
    {
        Assert.Equal((int)ExitCode.Usage, CliRunner.Run("session", "--out", RepoPaths.Actual("cli-session-none")).Code);
        var r = CliRunner.Run("session", "/nonexistent/clip.mp4", "--out", RepoPaths.Actual("cli-session-missing"));
        Assert.Equal((int)ExitCode.InputNotFound, r.Code);
        Assert.Single(r.ErrLines);
    }

    [Fact]
    public void Compare_of_missing_files_is_not_found()
    {
        var r = CliRunner.Run("compare", "/nonexistent/a.json", "/nonexistent/b.json", "--out", RepoPaths.Actual("cli-compare-missing"));
        Assert.Equal((int)ExitCode.InputNotFound, r.Code);
        Assert.Single(r.ErrLines);
    }
}
