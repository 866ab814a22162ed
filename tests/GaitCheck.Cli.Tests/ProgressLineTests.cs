using GaitCheck.Core;

namespace GaitCheck.Cli.Tests;

/// <summary>The progress line: rate and time left on a terminal, silent on a short non-terminal run, never on stdout.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void Frames_give_the_rate_and_the_time_left()
    {
        string s = ProgressLine.Format(new ProgressUpdate("pose", 40, 100), TimeSpan.FromSeconds(2), 20);
        Assert.Equal("pose: 40/100 frames, 10.0 frames/s, 0:06 left", s);
        Assert.Equal("pose: 3 frames", ProgressLine.Format(new ProgressUpdate("pose", 3, null), TimeSpan.FromSeconds(0.1), 3));
    }

    [Fact]
    public void Batch_gives_inputs_done_failed_and_remaining()
    {
        string s = ProgressLine.Format(new ProgressUpdate("batch", 3, 10, "inputs", 1), TimeSpan.FromSeconds(30), 3);
        Assert.Equal("batch: 3/10 inputs (1 failed, 7 remaining)", s);
    }

    [Fact]
    public void Terminal_rewrites_one_line_and_clears_it()
    {
        var err = new StringWriter();
        using (var line = new ProgressLine(err, terminal: true))
            for (int i = 1; i <= 50; i++) line.Report(new ProgressUpdate("pose", i, 50));
        string text = err.ToString();
        Assert.DoesNotContain('\n', text);
        Assert.Contains("\rpose: 1/50 frames", text, StringComparison.Ordinal);
        Assert.Contains("\rpose: 50/50 frames", text, StringComparison.Ordinal);   // the last frame is always shown
        Assert.EndsWith("\r", text, StringComparison.Ordinal);                         // cleared for the command's output
    }

    [Fact]
    public void Not_a_terminal_a_short_run_prints_nothing()
    {
        var err = new StringWriter();
        using (var line = new ProgressLine(err, terminal: false))
            for (int i = 1; i <= 50; i++) line.Report(new ProgressUpdate("pose", i, 50));
        Assert.Equal("", err.ToString());
    }

    [Fact]
    public void Not_a_terminal_with_progress_prints_plain_lines_no_more_than_every_ten_seconds()
    {
        var err = new StringWriter();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var line = new ProgressLine(err, terminal: false))
            while (clock.Elapsed < ProgressLine.PlainEvery + TimeSpan.FromSeconds(0.5)) { line.Report(new ProgressUpdate("pose", 1, 2)); Thread.Sleep(50); }
        var lines = err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("gaitcheck: pose: 1/2 frames", Assert.Single(lines).Split(',')[0]);
        Assert.DoesNotContain('\r', err.ToString());
    }

    [Fact]
    public void Quiet_is_a_global_flag()
    {
        var r = CliRunner.Run("analyze", "--quiet", "/nonexistent/clip.mp4", "--out", Path.GetTempPath());
        Assert.Equal((int)ExitCode.InputNotFound, r.Code);
    }

    [Fact]
    public void Synth_prints_its_frame_lines_only_without_quiet()
    {
        string dir = Path.Combine(Path.GetTempPath(), "gc-synth-quiet-" + Guid.NewGuid().ToString("N"));
        try
        {
            string[] args = ["synth", "--movement", "Running", "--view", "Posterior", "--seconds", "1.5", "--fps", "24", "--width", "160", "--height", "120", "--no-ffmpeg", "--out", dir];
            var loud = CliRunner.Run([.. args, "--name", "loud"]);   // 36 frames: a line every 30
            Assert.True(loud.Code == 0, loud.ToString());
            Assert.NotEmpty(loud.ErrLines);
            var quiet = CliRunner.Run([.. args, "--name", "quiet", "--quiet"]);
            Assert.True(quiet.Code == 0, quiet.ToString());
            Assert.Empty(quiet.ErrLines);
            Assert.True(File.Exists(Path.Combine(dir, "quiet.mp4")), "the clip is still written");
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }
}
