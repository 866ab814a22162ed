using GaitCheck.Analysis.Results;
using GaitCheck.Analysis.Validation;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>
/// Builds the per-rep and per-stride tables: each metric valid in the clip's view and movement, taken at its event
/// (<see cref="MetricCatalog"/>), rounded to its precision. Gaps leave the value out; they never become a number.
/// Where the policy holds a validated correction, the row's value is the corrected one and the raw value is kept
/// beside it (<see cref="RepRow.RawValues"/>); a metric the validation withheld in this view gets no value at all.
/// </summary>
public static class MetricTables
{
    /// <summary>Metrics that apply to <paramref name="movement"/> and are valid in <paramref name="view"/>, in catalog order.</summary>
    public static IEnumerable<MetricDefinition> Applicable(CameraView view, MovementKind movement) =>
        MetricCatalog.All.Where(m => m.AppliesTo(movement) && m.ValidIn(view));

    /// <summary>
    /// One row per single-leg-squat rep (its stance leg); for a <see cref="MovementKind.DoubleLegSquat"/> one row per
    /// rep AND leg (left row first), both legs bearing weight, <see cref="RepRow.StanceSide"/> = the measured leg.
    /// </summary>
    public static List<RepRow> Reps(ClipStructure s, FrameMetrics fm, MovementKind movement = MovementKind.SingleLegSquat, MetricPolicy? policy = null)
    {
        policy ??= MetricPolicy.None(fm.View, movement);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(fm);
        var defs = Applicable(fm.View, movement).ToList();
        var rows = new List<RepRow>(s.Reps.Count * 2);
        foreach (var r in s.Reps)
            foreach (var side in movement == MovementKind.DoubleLegSquat ? [Side.Left, Side.Right] : new[] { r.StanceSide })
                rows.Add(RepRow(s, fm, defs, r, side, policy));
        return rows;
    }

    private static RepRow RepRow(ClipStructure s, FrameMetrics fm, List<MetricDefinition> defs, SquatRep r, Side side, MetricPolicy policy)
    {
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var raw = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var d in defs)
        {
            double v = d.Id switch
            {
                MetricCatalog.SquatDepth => 100 * r.Depth,
                _ => fm.Near(d.Id, r.BottomFrame, side),
            };
            Put(values, raw, d, v, policy);
        }
        return new RepRow
        {
            Number = r.Number, StanceSide = side,
            StartFrame = r.StartFrame, BottomFrame = r.BottomFrame, EndFrame = r.EndFrame,
            BottomVideoFrame = VideoFrame(s, r.BottomFrame),
            StartTime = r.StartTime, BottomTime = r.BottomTime, EndTime = r.EndTime,
            Values = values, RawValues = raw,
        };
    }

    public static List<StrideRow> Strides(ClipStructure s, FrameMetrics fm, MovementKind movement, MetricPolicy? policy = null)
    {
        policy ??= MetricPolicy.None(fm.View, movement);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(fm);
        var defs = Applicable(fm.View, movement).Where(d => d.Id != MetricCatalog.Cadence).ToList();
        var rows = new List<StrideRow>(s.Strides.Count);
        foreach (var st in s.Strides)
        {
            var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
            var raw = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var d in defs)
            {
                double v = d.Id switch
                {
                    MetricCatalog.KneeFlexionContact or MetricCatalog.Overstride => fm.Near(d.Id, st.ContactFrame, st.Side, 1),
                    MetricCatalog.KneeFlexionPeakStance => fm.Max(d.Id, st.ContactFrame, st.ToeOffFrame, st.Side),
                    MetricCatalog.VerticalOscillation => fm.VerticalRange(st.ContactFrame, st.NextContactFrame),
                    MetricCatalog.ContactTime => 1000 * st.ContactTime,
                    _ => fm.Near(d.Id, st.MidstanceFrame, st.Side),
                };
                Put(values, raw, d, v, policy);
            }
            rows.Add(new StrideRow
            {
                Side = st.Side, Number = st.Number,
                ContactFrame = st.ContactFrame, MidstanceFrame = st.MidstanceFrame, ToeOffFrame = st.ToeOffFrame,
                NextContactFrame = st.NextContactFrame, MidstanceVideoFrame = VideoFrame(s, st.MidstanceFrame),
                StrideTime = st.StrideTime, Values = values, RawValues = raw,
            });
        }
        return rows;
    }

    private static void Put(SortedDictionary<string, double> values, SortedDictionary<string, double> raw, MetricDefinition d, double v, MetricPolicy policy)
    {
        if (!double.IsFinite(v) || policy.Withheld(d.Id)) return;   // a withheld metric never becomes a number
        if (policy.Correction(d.Id) is { } c)
        {
            raw[d.Id] = d.Round(v);
            v = c.Apply(v);
        }
        values[d.Id] = d.Round(v);
    }

    private static int VideoFrame(ClipStructure s, int i) =>
        i >= 0 && i < s.Sequence.Frames.Count ? s.Sequence.Frames[i].Index : i;
}
