using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Session;
using GaitCheck.Core;
using GaitCheck.Core.Json;
using GaitCheck.Reporting.Text;

namespace GaitCheck.Reporting.Session;

/// <summary>The session report's sentences: left against right, each driver over the clips, each driver's sources.</summary>
public static class SessionWords
{
    public static string Status(DriverStatus s) => s switch
    {
        DriverStatus.NotAssessed => "not assessed",
        DriverStatus.NoSigns => "no signs",
        DriverStatus.Borderline => "possible signs (within measurement noise)",
        _ => "signs present",
    };

    /// <summary>"FPPA: left 31.0° (squat-left) vs right 12.0° (squat-right): left − right +19.0°, beyond measurement noise (±8.0°): the left side is worse".</summary>
    public static string Sides(SideComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        string unit = UnitText.After(c.Unit);
        string where = c.AcrossClips ? $"left {V(c.Left, c)}{unit} ({c.LeftClip}) vs right {V(c.Right, c)}{unit} ({c.RightClip})"
            : $"left {V(c.Left, c)}{unit} vs right {V(c.Right, c)}{unit} ({c.LeftClip})";
        string diff = (c.LeftMinusRight > 0 ? "+" : c.LeftMinusRight < 0 ? "−" : "") + V(Math.Abs(c.LeftMinusRight), c) + unit;
        string verdict = c.BeyondNoise
            ? $"beyond measurement noise (±{V(c.NoiseBand, c)}{unit}): the {(Worse(c) is { } w ? w + " side is worse" : "sides differ")}"
            : $"within measurement noise (±{V(c.NoiseBand, c)}{unit}): no difference may be claimed";
        return $"{c.MetricName}: {where}: left − right {diff}, {verdict}";
    }

    /// <summary>Which side reads worse, for a metric with a worse direction.</summary>
    private static string? Worse(SideComparison c)
    {
        var dir = Analysis.Metrics.MetricCatalog.All.FirstOrDefault(m => m.Id == c.MetricId)?.Worse;
        return dir switch
        {
            Analysis.Metrics.WorseDirection.Higher => c.Left > c.Right ? "left" : "right",
            Analysis.Metrics.WorseDirection.Lower => c.Left < c.Right ? "left" : "right",
            _ => null,
        };
    }

    /// <summary>One value behind a driver: "squat-left: left FPPA 31.0°, elevated, beyond noise".</summary>
    public static string Source(DriverSource s)
    {
        ArgumentNullException.ThrowIfNull(s);
        string side = s.Side is { } sd ? EnumNames.Lower(sd) + " " : "";
        string level = s.Level switch { FindingLevel.Typical => "typical", FindingLevel.Borderline => "borderline", _ => "elevated" };
        string noise = s.Level == FindingLevel.Typical ? "" : s.BeyondNoise ? ", beyond noise" : ", within noise";
        return $"{s.Clip}: {side}{s.MetricName} {Inv.F(s.Value, 1)}{UnitText.After(s.Unit)}, {level}{noise}";
    }

    /// <summary>What a driver's session status rests on: the clips that gave the most serious status.</summary>
    public static string Driver(DriverSynthesis d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.Status == DriverStatus.NotAssessed)
            return d.Driver switch
            {
                Analysis.Findings.Driver.FootOverpronation => "Not assessed: no clip measured the rearfoot (it needs running or walking filmed from behind, at ankle height" + Withheld,
                Analysis.Findings.Driver.KneeCollapse => "Not assessed: no clip measured knee FPPA (it needs single-leg squats filmed from the front" + Withheld,
                _ => "Not assessed: no clip measured pelvic drop or hip adduction (they need running filmed from behind or squats from the front" + Withheld,
            };
        var from = d.PerClip.Where(p => p.Status == d.Status).Select(p => p.Clip).ToList();
        var flagged = d.Sources.Where(s => from.Contains(s.Clip) && s.Level != FindingLevel.Typical).ToList();
        string basis = flagged.Count > 0 ? ": " + string.Join("; ", flagged.Select(Source)) : $" (from {string.Join(", ", from)})";
        return $"{char.ToUpperInvariant(Status(d.Status)[0])}{Status(d.Status)[1..]}{basis}.";
    }

    private const string Withheld = "), or a clip had too few reps or strides, or its view gives no reliable value without markers: each clip's section gives its reason.";

    private static string V(double v, SideComparison c) => Inv.F(v, c.Decimals);
}
