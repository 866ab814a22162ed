using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Session;

/// <summary>What a change between two visits means for one metric.</summary>
public enum ChangeVerdict
{
    /// <summary>|change| is at most the smallest detectable difference: no change may be claimed.</summary>
    WithinNoise,
    /// <summary>Beyond the smallest detectable difference, towards the better direction.</summary>
    Improved,
    /// <summary>Beyond the smallest detectable difference, towards the worse direction.</summary>
    Worsened,
    /// <summary>Beyond the smallest detectable difference, for a metric with no better or worse direction.</summary>
    Changed,
}

/// <summary>One metric on one side of one kind of clip, measured at two visits.</summary>
/// <param name="Role">The clip's role ("squat-left", "run-posterior"...).</param>
/// <param name="MetricId">The metric's catalogue id.</param>
/// <param name="MetricName">The metric's name.</param>
/// <param name="Unit">The metric's unit.</param>
/// <param name="Decimals">Decimals its values are shown with.</param>
/// <param name="Side">The side, or null for a side-less metric (cadence).</param>
/// <param name="Before">Mean at the first visit.</param>
/// <param name="After">Mean at the second visit.</param>
/// <param name="Sdd">Smallest detectable difference, in the metric's unit.</param>
public sealed record VisitChange(string Role, string MetricId, string MetricName, string Unit, int Decimals, Side? Side, double Before, double After, double Sdd)
{
    public double Change => After - Before;

    public ChangeVerdict Verdict => VisitChanges.Judge(MetricId, Change, Sdd);
}

/// <summary>
/// Judges visit-to-visit changes against each metric's smallest detectable difference (SDD). The SDD of a difference
/// between two measurements is 1.96 × √2 × SEM (Weir 2005, J Strength Cond Res 19:231; Munro et al. 2012 report
/// 2D FPPA's this way). The catalogue's noise band (<see cref="MetricDefinition.NoiseBand"/>) is already that SDD
/// (for FPPA, Munro et al. 2012's between-day value, rounded up), i.e. SEM = noise band / (1.96 × √2), so the
/// SDD used here is the noise band itself. It is not shrunk for averaging several reps or strides: the between-visit
/// error (camera placement, clothing, the day) does not average out over reps, and Munro's SDD is between days.
/// </summary>
public static class VisitChanges
{
    /// <summary>The standard error of measurement behind a noise band (SDD): SDD / (1.96 × √2).</summary>
    public static double Sem(double sdd) => sdd / (1.96 * Math.Sqrt(2));

    /// <summary>The SDD from an SEM: 1.96 × √2 × SEM.</summary>
    public static double Sdd(double sem) => 1.96 * Math.Sqrt(2) * sem;

    public static ChangeVerdict Judge(string metricId, double change, double sdd)
    {
        if (!double.IsFinite(change) || Math.Abs(change) <= sdd) return ChangeVerdict.WithinNoise;
        var worse = MetricCatalog.All.FirstOrDefault(m => m.Id == metricId)?.Worse ?? WorseDirection.None;
        return worse switch
        {
            WorseDirection.Higher => change > 0 ? ChangeVerdict.Worsened : ChangeVerdict.Improved,
            WorseDirection.Lower => change < 0 ? ChangeVerdict.Worsened : ChangeVerdict.Improved,
            _ => ChangeVerdict.Changed,
        };
    }
}
