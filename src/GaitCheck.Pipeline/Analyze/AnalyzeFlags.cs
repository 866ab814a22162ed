namespace GaitCheck.Pipeline.Analyze;

/// <summary>
/// The analysis flags of `analyze` and `batch` as typed on the command line (names, not types: the CLI knows no
/// pose or analysis type), turned into <see cref="AnalyzeSettings"/> over the --config file.
/// </summary>
public sealed record AnalyzeFlags
{
    public string? Model { get; init; }
    public double? Start { get; init; }
    public double? End { get; init; }
    public string? Person { get; init; }
    public string? View { get; init; }
    public string? Movement { get; init; }
    public double? CaptureFps { get; init; }
    public string? Markers { get; init; }
    public bool NoOverlay { get; init; }
    public bool NoBlur { get; init; }
    public string? Config { get; init; }

    /// <summary>The flags over the config file, each range-checked (a usage error names the flag or the config key).</summary>
    public AnalyzeSettings Settings()
    {
        var flags = new AnalyzeSettings
        {
            Model = AnalyzeSettings.ParseModel(Model),
            Start = Start,
            End = End,
            Person = AnalyzeSettings.ParsePerson(Person),
            View = AnalyzeSettings.ParseView(View),
            Movement = AnalyzeSettings.ParseMovement(Movement),
            CaptureFps = CaptureFps,
            Markers = AnalyzeSettings.ParseMarkers(Markers),
            Overlay = NoOverlay ? false : null,
            Blur = NoBlur ? false : null,
        };
        flags.Validate();
        var merged = Config is { } config ? AnalyzeSettings.LoadConfig(config).Over(flags) : flags;
        merged.Validate();
        return merged;
    }
}
