using GaitCheck.Core;

namespace GaitCheck.Analysis;

/// <summary>Builds per-side strides (contact → next contact of the same foot) from gait events, and cadence.</summary>
public static class StrideTable
{
    /// <summary>One stride per pair of consecutive initial contacts of a side that has a toe-off and midstance between them.</summary>
    public static IReadOnlyList<Stride> Build(PoseSequence seq, IReadOnlyList<GaitEvent> events)
    {
        ArgumentNullException.ThrowIfNull(seq); ArgumentNullException.ThrowIfNull(events);
        var strides = new List<Stride>();
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            var ics = events.Where(e => e.Side == side && e.Kind == GaitEventKind.InitialContact).Select(e => e.Frame).OrderBy(f => f).ToList();
            int number = 0;
            for (int i = 0; i + 1 < ics.Count; i++)
            {
                int ic = ics[i], next = ics[i + 1];
                var to = events.FirstOrDefault(e => e.Side == side && e.Kind == GaitEventKind.ToeOff && e.Frame > ic && e.Frame < next);
                var ms = events.FirstOrDefault(e => e.Side == side && e.Kind == GaitEventKind.Midstance && e.Frame >= ic && e.Frame <= (to?.Frame ?? next));
                if (to is null || ms is null) continue;
                double t0 = seq.Frames[ic].Time;
                strides.Add(new Stride(side, ++number, ic, ms.Frame, to.Frame, next, seq.Frames[next].Time - t0, seq.Frames[to.Frame].Time - t0));
            }
        }
        return strides.OrderBy(s => s.ContactFrame).ThenBy(s => s.Side).ToList();
    }

    /// <summary>
    /// Cadence in steps per minute = 2 × 60 / mean stride time, over strides of both sides whose duration is
    /// within 0.6–1.5 × the median (<see cref="GaitTuning.StrideMinOfMedian"/>, <see cref="GaitTuning.StrideMaxOfMedian"/>) (a missed or spurious contact would halve or double a stride). Falls back to
    /// the span of all initial contacts when there are no strides. Null when fewer than two contacts.
    /// </summary>
    public static double? Cadence(PoseSequence seq, IReadOnlyList<GaitEvent> events, IReadOnlyList<Stride> strides, AnalysisTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(seq); ArgumentNullException.ThrowIfNull(events); ArgumentNullException.ThrowIfNull(strides);
        var g = (tuning ?? AnalysisTuning.Default).Gait;
        var times = strides.Select(s => s.StrideTime).Where(t => t > 0).ToList();
        if (times.Count > 0)
        {
            double med = Series.Median(times);
            var ok = times.Where(t => t >= g.StrideMinOfMedian * med && t <= g.StrideMaxOfMedian * med).ToList();
            return 120.0 / ok.Average();
        }
        var ic = events.Where(e => e.Kind == GaitEventKind.InitialContact).Select(e => e.Time).OrderBy(t => t).ToList();
        if (ic.Count < 2 || ic[^1] <= ic[0]) return null;
        return 60.0 * (ic.Count - 1) / (ic[^1] - ic[0]);
    }
}
