using System.Text.Json;
using System.Text.Json.Serialization;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Synth.Truth;

namespace GaitCheck.Synth.Markers;

/// <summary>
/// "&lt;name&gt;.markers.truth.json" ("gaitcheck-synth-marker-truth/1"): the protocol, sticker colour and size, each
/// marker's true pixel position (0.0001 px; its centre's projection) and visibility (1 = seen) in every frame, and the
/// protocol angles at the truth's events. Written only for a scenario with markers; same scenario, same bytes.
/// </summary>
public static class MarkerTruthJson
{
    public const string Format = "gaitcheck-synth-marker-truth/1";

    public static void Save(MarkerTruth t, string path) => AtomicFile.Write(path, s => Write(t, s));

    public static void Write(MarkerTruth t, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(t);
        var doc = new MarkerTruthDocument(Format, t.Protocol.Id, t.Spec.Colour, t.Spec.DiameterMm,
            t.Protocol.Markers.Select((m, i) => new MarkerTruthTrack(m.Id, m.Side, m.Site,
                t.Tracks.X[i], t.Tracks.Y[i], [.. t.Visible[i].Select(v => v ? 1 : 0)])).ToList(),
            t.Values.Select(v => new TruthValueJson(v.Metric, EnumNames.Lower(v.Side), v.Event, v.Frame, v.Value)).ToList());
        JsonOutput.Write(stream, doc, MarkerTruthJsonContext.Default.MarkerTruthDocument, new JsonWriterOptions { Indented = false });
    }
}

/// <summary>The marker truth file as written.</summary>
public sealed record MarkerTruthDocument(string Format, string Protocol, string Colour, float DiameterMm,
    IReadOnlyList<MarkerTruthTrack> Markers, IReadOnlyList<TruthValueJson> Values);

/// <summary>One marker's true track.</summary>
public sealed record MarkerTruthTrack(string Id, string Side, string Site,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] X,
    [property: JsonConverter(typeof(FloatArrayRound4Converter))] float[] Y,
    int[] Visible);

/// <summary>Source-generated serialisation of the marker truth file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MarkerTruthDocument))]
public sealed partial class MarkerTruthJsonContext : JsonSerializerContext;
