using System.Text.Json;
using System.Text.Json.Serialization;

namespace GaitCheck.Core.Markers;

/// <summary>
/// Where a marker is expected in the image, from the pose: the point <see cref="T"/> of the way from landmark
/// <see cref="From"/> to <see cref="To"/> (or <see cref="From"/> itself), moved <see cref="Up"/> leg lengths up the image
/// and <see cref="Lateral"/> leg lengths away from the body's midline (negative = towards it). The marker's identity
/// comes from this anchor; its position is always the sticker's own centroid.
/// </summary>
public sealed record MarkerAnchor
{
    public required string From { get; init; }
    public string? To { get; init; }
    public double T { get; init; }
    public double Up { get; init; }
    public double Lateral { get; init; }
}

/// <summary>One sticker of a protocol: its identity, anatomical site and how to place it (printed in the placement guide).</summary>
public sealed record MarkerSpec
{
    /// <summary>Stable identifier (e.g. "L_KNEE"), used in markers.csv and the truth files.</summary>
    public required string Id { get; init; }
    public required string Side { get; init; }
    /// <summary>Anatomical site the synthetic renderer places the sticker at (asis, psis, thigh, knee, ankle, shankProximal...).</summary>
    public required string Site { get; init; }
    /// <summary>Placement instruction for the clinician.</summary>
    public required string Placement { get; init; }
    public required MarkerAnchor Anchor { get; init; }
    /// <summary>Largest distance from the anchor, in leg lengths, at which a blob may take this identity.</summary>
    public required double Gate { get; init; }
    /// <summary>A marker of the same limb that must lie lower in the image (a crossed pair is a swap, never a value).</summary>
    public string? Above { get; init; }

    public Side SideValue => Side == "left" ? Core.Side.Left : Core.Side.Right;
}

/// <summary>How a protocol measures one metric from its markers.</summary>
public sealed record ProtocolAngle
{
    /// <summary>The metric it measures (a MetricCatalog id, e.g. "fppa").</summary>
    public required string Metric { get; init; }
    /// <summary>"fppa" (3 markers per side), "pelvicDrop" (2 markers for both sides) or "rearfoot" (4 markers per side).</summary>
    public required string Kind { get; init; }
    /// <summary>Name shown instead of the markerless metric's name, when the marker measurement is a different quantity.</summary>
    public string? Name { get; init; }
    public IReadOnlyList<string>? Left { get; init; }
    public IReadOnlyList<string>? Right { get; init; }
    public IReadOnlyList<string>? Both { get; init; }
    public required string Definition { get; init; }
    public required string Citation { get; init; }
    /// <summary>Movements whose literature thresholds were measured with this protocol; elsewhere no threshold is applied.</summary>
    public required IReadOnlyList<string> ThresholdsFor { get; init; }

    /// <summary>The markers that define the angle for the <paramref name="side"/> leg (or the stance side, for a pelvis line).</summary>
    public IReadOnlyList<string> MarkersFor(Side side) => Both ?? (side == Side.Left ? Left : Right) ?? [];
}

/// <summary>A marker protocol: for one view, the stickers and the angles they define (see README, "Skin markers").</summary>
public sealed record MarkerProtocol
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Camera views the protocol is for ("frontal", "posterior").</summary>
    public required IReadOnlyList<string> Views { get; init; }
    public required IReadOnlyList<string> Movements { get; init; }
    public required IReadOnlyList<MarkerSpec> Markers { get; init; }
    public required IReadOnlyList<ProtocolAngle> Angles { get; init; }

    public MarkerSpec Marker(string id) => Markers.First(m => m.Id == id);
    public ProtocolAngle? AngleFor(string metric) => Angles.FirstOrDefault(a => a.Metric == metric);
}

/// <summary>The protocols shipped with GaitCheck (the embedded <c>marker-protocols.json</c>), checked when first read.</summary>
public static class MarkerProtocols
{
    public const string FormatName = "gaitcheck-marker-protocols/1";
    private static readonly Lazy<IReadOnlyList<MarkerProtocol>> Loaded = new(Load);

    public static IReadOnlyList<MarkerProtocol> All => Loaded.Value;

    /// <summary>The protocol for a camera view ("frontal", "posterior"), or null when markers are not used in that view.</summary>
    public static MarkerProtocol? ForView(string view) => All.FirstOrDefault(p => p.Views.Contains(view));

    private sealed record Document(string Format, IReadOnlyList<MarkerProtocol> Protocols);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static IReadOnlyList<MarkerProtocol> Load()
    {
        using var s = typeof(MarkerProtocols).Assembly.GetManifestResourceStream("GaitCheck.Core.marker-protocols.json")
            ?? throw new InvalidOperationException("marker-protocols.json is not embedded");
        var doc = JsonSerializer.Deserialize<Document>(s, Options) ?? throw new InvalidOperationException("marker-protocols.json is empty");
        if (doc.Format != FormatName) throw new InvalidOperationException($"marker-protocols.json: format '{doc.Format}', expected '{FormatName}'");
        foreach (var p in doc.Protocols) Check(p);
        return doc.Protocols;
    }

    /// <summary>Every angle names markers of its protocol, with the count its kind needs, and every anchor names a landmark.</summary>
    public static void Check(MarkerProtocol p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var ids = p.Markers.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        if (ids.Count != p.Markers.Count) throw new InvalidOperationException($"protocol {p.Id}: duplicate marker ids");
        foreach (var m in p.Markers)
        {
            if (m.Side is not ("left" or "right")) throw new InvalidOperationException($"protocol {p.Id}: marker {m.Id} side '{m.Side}'");
            foreach (var l in new[] { m.Anchor.From, m.Anchor.To }.OfType<string>())
                if (!Skeleton.Names.Contains(l)) throw new InvalidOperationException($"protocol {p.Id}: marker {m.Id} anchor '{l}' is not a landmark");
            if (m.Above is { } a && !ids.Contains(a)) throw new InvalidOperationException($"protocol {p.Id}: marker {m.Id} above unknown '{a}'");
        }
        foreach (var a in p.Angles)
        {
            int need = a.Kind switch { "fppa" => 3, "pelvicDrop" => 2, "rearfoot" => 4, _ => throw new InvalidOperationException($"protocol {p.Id}: angle kind '{a.Kind}'") };
            foreach (var side in new[] { Side.Left, Side.Right })
            {
                var ms = a.MarkersFor(side);
                if (ms.Count != need || ms.Any(x => !ids.Contains(x)))
                    throw new InvalidOperationException($"protocol {p.Id}: angle {a.Metric} needs {need} of its markers for the {side} side");
            }
        }
    }
}
