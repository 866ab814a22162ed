namespace GaitCheck.Synth.Markers;

/// <summary>Skin markers on the synthetic subject: the protocol's stickers in one colour and size.</summary>
public sealed record MarkerSceneSpec
{
    /// <summary>"green", "orange", "pink" or "blue" (see Core.Markers.MarkerColours).</summary>
    public string Colour { get; init; } = "green";
    /// <summary>Sticker diameter in millimetres (clinical stickers are 15-25 mm).</summary>
    public float DiameterMm { get; init; } = 20;
    /// <summary>Protocol id ("frontal", "posterior"); null = the protocol for the camera's view.</summary>
    public string? Protocol { get; init; }
    /// <summary>Adds a ball of the sticker colour beside the subject, which must never be taken for a marker.</summary>
    public bool Decoy { get; init; }
}
