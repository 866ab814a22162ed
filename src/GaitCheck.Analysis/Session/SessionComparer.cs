using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Session;

/// <summary>One analysed clip of a session: its name (the folder it was written to), role and result.</summary>
public sealed record SessionClip(string Name, ClipRole Role, AnalysisResult Result);

/// <summary>
/// Left against right for one metric: within one clip (running, walking: both legs in the clip) or across two clips
/// (the left-leg squat's stance leg against the right-leg squat's). <see cref="BeyondNoise"/> only when
/// |left − right| exceeds the metric's noise band (its smallest detectable difference).
/// </summary>
public sealed record SideComparison(string MetricId, string MetricName, string Unit, int Decimals, string LeftClip, string RightClip,
    double Left, double Right, int LeftN, int RightN, double NoiseBand)
{
    public double LeftMinusRight => Left - Right;
    public bool BeyondNoise => Math.Abs(LeftMinusRight) > NoiseBand;
    public bool AcrossClips => LeftClip != RightClip;
}

/// <summary>One value behind a driver: which clip, which metric, which side, and how it compared with its reference.</summary>
public sealed record DriverSource(string Clip, ClipRole Role, string MetricId, string MetricName, Side? Side, double Value, string Unit,
    FindingLevel Level, bool BeyondNoise);

/// <summary>A driver over the whole session: the most serious status any clip gave it, each clip's status, and the values behind it.</summary>
public sealed record DriverSynthesis(Driver Driver, DriverStatus Status, EvidenceStrength Evidence,
    IReadOnlyList<(string Clip, DriverStatus Status)> PerClip, IReadOnlyList<DriverSource> Sources);

/// <summary>
/// Joins a session's clips: left against right within and across clips (<see cref="Sides"/>) and each driver over
/// all clips (<see cref="Drivers"/>). Pure: numbers and statuses; Reporting words them.
/// </summary>
public static class SessionComparer
{
    /// <summary>Within-clip comparisons (every metric with both sides measured), then squat-left against squat-right for each metric both report.</summary>
    public static IReadOnlyList<SideComparison> Sides(IReadOnlyList<SessionClip> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var list = new List<SideComparison>();
        foreach (var c in clips)
            foreach (var m in c.Result.Metrics.Where(m => m.Reported))
                if (Mean(m, Side.Left) is { } l && Mean(m, Side.Right) is { } r)
                    list.Add(new SideComparison(m.Id, m.Name, m.Unit, Decimals(m), c.Name, c.Name, l.Mean, r.Mean, l.N, r.N, m.NoiseBand));
        var left = clips.FirstOrDefault(c => c.Role == ClipRole.SquatLeft);
        var right = clips.FirstOrDefault(c => c.Role == ClipRole.SquatRight);
        if (left != null && right != null)
            foreach (var lm in left.Result.Metrics.Where(m => m.Reported))
                if (right.Result.Metric(lm.Id) is { Reported: true } rm && Mean(lm, Side.Left) is { } l && Mean(rm, Side.Right) is { } r)
                    list.Add(new SideComparison(lm.Id, lm.Name, lm.Unit, Decimals(lm), left.Name, right.Name, l.Mean, r.Mean, l.N, r.N,
                        Math.Max(lm.NoiseBand, rm.NoiseBand)));
        return list;
    }

    /// <summary>Each driver (hip drop, foot overpronation, knee collapse) over every clip, most serious status first in <see cref="Rank"/>.</summary>
    public static IReadOnlyList<DriverSynthesis> Drivers(IReadOnlyList<SessionClip> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var list = new List<DriverSynthesis>();
        foreach (var d in Enum.GetValues<Driver>())
        {
            var perClip = new List<(string, DriverStatus)>();
            var sources = new List<DriverSource>();
            var evidence = EvidenceStrength.Low;
            foreach (var c in clips)
            {
                var a = c.Result.Drivers.FirstOrDefault(x => x.Driver == d);
                perClip.Add((c.Name, a?.Status ?? DriverStatus.NotAssessed));
                if (a != null && a.Status != DriverStatus.NotAssessed && a.Evidence > evidence) evidence = a.Evidence;
                foreach (var f in c.Result.Findings.Where(f => f.Drivers.Contains(d) && double.IsFinite(f.Value)))
                    sources.Add(new DriverSource(c.Name, c.Role, f.MetricId, f.MetricName, f.Side, f.Value, f.Unit, f.Level, f.BeyondNoise));
            }
            var status = perClip.Count == 0 ? DriverStatus.NotAssessed : perClip.Select(p => p.Item2).MaxBy(Rank);
            list.Add(new DriverSynthesis(d, status, evidence, perClip, sources));
        }
        return list;
    }

    /// <summary>Seriousness order: not assessed &lt; no signs &lt; borderline &lt; signs present.</summary>
    public static int Rank(DriverStatus s) => s switch
    {
        DriverStatus.SignsPresent => 3,
        DriverStatus.Borderline => 2,
        DriverStatus.NoSigns => 1,
        _ => 0,
    };

    private static SideStats? Mean(MetricSummary m, Side side) =>
        m.Sides.FirstOrDefault(s => s.Side == side && s.N > 0 && double.IsFinite(s.Mean));

    private static int Decimals(MetricSummary m) => Metrics.MetricCatalog.All.FirstOrDefault(x => x.Id == m.Id)?.Decimals ?? 1;
}
