using System.Numerics;
using GaitCheck.Core.Json;
using GaitCheck.Core.Markers;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;
using GaitCheck.Synth.Truth;

namespace GaitCheck.Synth.Markers;

/// <summary>A scenario's markers: which protocol, how large the stickers are, and the same-coloured decoy.</summary>
public static class MarkerScene
{
    /// <summary>The protocol a scenario's stickers follow (its own, or the one for its camera view); null without markers.</summary>
    public static MarkerProtocol? Protocol(Scenario sc)
    {
        ArgumentNullException.ThrowIfNull(sc);
        if (sc.Markers is not { } m) return null;
        if (m.Protocol is { } id)
            return MarkerProtocols.All.FirstOrDefault(p => p.Id == id)
                ?? throw new Core.GaitCheckException(Core.ExitCode.Usage, $"unknown marker protocol '{id}'; known: {string.Join(", ", MarkerProtocols.All.Select(p => p.Id))}");
        string view = EnumNames.Camel(GroundTruth.ViewOf(sc.Camera.Placement));
        return MarkerProtocols.ForView(view)
            ?? throw new Core.GaitCheckException(Core.ExitCode.Usage, $"no marker protocol for the {view} view; markers are placed for frontal and posterior views");
    }

    /// <summary>Sticker radius in metres.</summary>
    public static float Radius(MarkerSceneSpec m) => m.DiameterMm / 2000f;

    /// <summary>
    /// A ball of the sticker colour, 1.3 sticker diameters across, standing on a stand-in for a shelf 0.5 m beside the
    /// subject at knee height and 0.6 m further from the camera: in the image it sits near the legs, where a marker could be.
    /// </summary>
    public static Capsule Decoy(MarkerSceneSpec m, BodyProportions b, PinholeCamera cam)
    {
        var away = Vector3.Normalize(new Vector3(cam.Forward.X, 0, cam.Forward.Z));
        var at = cam.Right * 0.5f + away * 0.6f + new Vector3(0, 0.285f * b.Height, 0);
        float r = 1.3f * Radius(m);
        var colour = Appearance.Rgb(MarkerColours.Sample(m.Colour));
        return new Capsule(at, at + new Vector3(0, 1e-4f, 0), r, r, colour);
    }
}
