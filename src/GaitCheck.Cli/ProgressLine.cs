using System.Diagnostics;
using GaitCheck.Core;

namespace GaitCheck.Cli;

/// <summary>
/// Shows <see cref="ProgressUpdate"/>s on stderr. On a terminal, one line rewritten in place (carriage return), at
/// most five times a second: stage, done of total, rate (frames per second) and the time left. Not on a terminal
/// (a log file, a pipe, a test's writer) nothing by default, because a clean success writes nothing to stderr (README,
/// "Exit codes"; scripts check it); with `--progress`, a plain line every <see cref="PlainEvery"/>, so a log shows the
/// run is alive without filling up. Never on stdout, which scripts parse. `--quiet` makes no ProgressLine at all.
/// </summary>
public sealed class ProgressLine : IProgress<ProgressUpdate>, IDisposable
{
    public static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter _err;
    private readonly bool _terminal;
    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _stage;
    private TimeSpan _stageStart, _lastShown = TimeSpan.FromDays(-1);
    private long _stageFirst;
    private int _width;

    /// <summary>A progress line on <paramref name="err"/>, rewritten in place when <paramref name="terminal"/>.</summary>
    public ProgressLine(TextWriter err, bool terminal)
    {
        _err = err;
        _terminal = terminal;
    }

    /// <summary>
    /// The progress line for a command: null with --quiet, and when stderr is not a terminal unless --progress is given.
    /// A terminal is the console's own stderr, not redirected.
    /// </summary>
    internal static ProgressLine? For(System.CommandLine.ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(CliApp.Quiet)) return null;
        var err = parse.InvocationConfiguration.Error;
        bool terminal = ReferenceEquals(err, Console.Error) && !Console.IsErrorRedirected;
        return terminal || parse.GetValue(CliApp.Progress) ? new ProgressLine(err, terminal) : null;
    }

    public void Report(ProgressUpdate u)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            if (u.Stage != _stage)
            {
                _stage = u.Stage;
                _stageStart = now;
                _stageFirst = u.Done;
            }
            bool last = u.Total is { } t && u.Done >= t;
            if (_terminal ? now - _lastShown < TerminalEvery && !last : now - _lastShown < PlainEvery || now < PlainEvery) return;
            _lastShown = now;
            string text = Format(u, now - _stageStart, u.Done - _stageFirst);
            if (_terminal)
            {
                _err.Write("\r" + text.PadRight(_width));
                _width = text.Length;
            }
            else _err.WriteLine("gaitcheck: " + text);
            _err.Flush();
        }
    }

    /// <summary>"pose: 120/450 frames, 23.5 frames/s, 0:14 left"; batch: "batch: 3/10 inputs (1 failed, 6 remaining)".</summary>
    public static string Format(ProgressUpdate u, TimeSpan inStage, long doneInStage)
    {
        string of = u.Total is { } t ? $"{Inv.I(u.Done)}/{Inv.I(t)}" : Inv.I(u.Done);
        string text = $"{u.Stage}: {of} {u.Unit}";
        if (u.Unit == "inputs")
            return text + (u.Total is { } n ? $" ({Inv.I(u.Failed)} failed, {Inv.I(Math.Max(0, n - u.Done))} remaining)" : $" ({Inv.I(u.Failed)} failed)");
        double secs = inStage.TotalSeconds;
        if (secs < 0.5 || doneInStage <= 0) return text;
        double rate = doneInStage / secs;
        text += $", {Inv.F(rate, 1)} {u.Unit}/s";
        if (u.Total is { } total && total > u.Done) text += $", {Clock((total - u.Done) / rate)} left";
        return text;
    }

    private static string Clock(double seconds)
    {
        int s = (int)Math.Ceiling(seconds);
        return $"{Inv.I(s / 60)}:{Inv.I(s % 60).PadLeft(2, '0')}";
    }

    /// <summary>Clears the terminal line so the command's own output starts at column 0.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_terminal && _width > 0) _err.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
