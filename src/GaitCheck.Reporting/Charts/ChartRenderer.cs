using GaitCheck.Core;
using ScottPlot;
using Palette = GaitCheck.Core.Palette;

namespace GaitCheck.Reporting.Charts;

/// <summary>A chart rendered to PNG, with the file name it is saved under (charts/NAME) and its caption.</summary>
public sealed record RenderedChart(string FileName, string Title, string Caption, byte[] Png);

/// <summary>
/// Draws the report's charts with ScottPlot 5: per-frame signals with events and rep spans, per-rep values
/// with the noise band and the literature bands, and a left/right comparison. Fixed sizes, fonts and
/// colours, no timestamps: the same document gives the same PNG bytes on the same machine.
/// </summary>
public static class ChartRenderer
{
    public const int Width = 900, Height = 400;

    private static readonly Color LeftColor = Of(Palette.Left);
    private static readonly Color RightColor = Of(Palette.Right);
    private static readonly Color TypicalLine = Of(Palette.Typical), ElevatedLine = Of(Palette.Elevated), RepLine = Of(Palette.Rep);
    private static readonly Color TypicalBand = TypicalLine.WithAlpha(0.13);
    private static readonly Color ElevatedBand = ElevatedLine.WithAlpha(0.16);
    private static readonly Color NoiseBand = Of(Palette.Noise).WithAlpha(0.18);

    /// <summary>ScottPlot's colour of a <see cref="Palette"/> entry.</summary>
    private static Color Of(Rgb c) => new(c.R, c.G, c.B);

    public static Color ColorOf(Side? side) => Of(Palette.Of(side));

    /// <summary>A per-frame chart of every series with <paramref name="metricKey"/>, with rep spans, events and literature bands.</summary>
    public static byte[]? TimeSeries(ReportDocument doc, string metricKey, string title, string yLabel)
    {
        var c = doc.Charts;
        var series = c.Series.Where(s => s.MetricKey == metricKey && s.Values.Any(double.IsFinite)).ToList();
        if (series.Count == 0 || c.Time.Length == 0) return null;
        using var plt = NewPlot(title, "time (s)", yLabel);
        foreach (var r in c.Reps)
        {
            var span = plt.Add.HorizontalSpan(r.Start, r.End);
            span.FillStyle.Color = RepLine.WithAlpha(0.07);
            span.LineStyle.Width = 0;
            var bottom = plt.Add.VerticalLine(r.Bottom, 1, RepLine, LinePattern.Dashed);
            bottom.Text = "rep " + Inv.I(r.Number);
            bottom.LabelFontSize = 10;
            bottom.LabelOppositeAxis = true;
        }
        AddBands(plt, c.Bands.Where(b => b.MetricKey == metricKey && !b.PerCycleOnly));
        foreach (var s in series)
        {
            bool first = true;
            foreach (var (xs, ys) in Segments(c.Time, s.Values))
            {
                var line = plt.Add.ScatterLine(xs, ys, ColorOf(s.Side));
                line.LineWidth = 2;
                if (first) line.LegendText = s.Name + (s.Side is { } sd ? " (" + sd.ToString().ToLowerInvariant() + ")" : "");
                first = false;
            }
        }
        if (c.Reps.Count == 0)
            foreach (var e in c.Events)
            {
                var v = plt.Add.VerticalLine(e.Time, 1, ColorOf(e.Side).WithAlpha(0.5), LinePattern.Dotted);
                v.ExcludeFromLegend = true;
            }
        plt.ShowLegend(Edge.Bottom);
        return Png(plt);
    }

    /// <summary>
    /// Per-rep (or per-stride) values by side, with the literature bands and a noise band: the left mean ± the
    /// smallest detectable difference, so a right-side mean inside it is a difference within measurement noise.
    /// </summary>
    public static byte[]? PerCycle(ReportDocument doc, string metricKey, string title, string yLabel, string cycleName)
    {
        var values = doc.Charts.PerCycle.Where(v => v.MetricKey == metricKey && double.IsFinite(v.Value)).ToList();
        if (values.Count == 0) return null;
        using var plt = NewPlot(title, cycleName, yLabel);
        AddBands(plt, doc.Charts.Bands.Where(b => b.MetricKey == metricKey));
        var summary = doc.Metrics.FirstOrDefault(m => m.Key == metricKey);
        var groups = values.GroupBy(v => v.Side).OrderBy(g => g.Key is null ? 2 : (int)g.Key.Value).ToList();
        if (summary?.NoiseBand is double sdd && groups.Count > 0)
        {
            var first = groups[0];
            double mean = first.Average(v => v.Value);
            var band = plt.Add.VerticalSpan(mean - sdd, mean + sdd);
            band.FillStyle.Color = NoiseBand;
            band.LineStyle.Width = 0;
            band.LegendText = $"{SideWord(first.Key)} mean ± SDD {Inv.F(sdd, 1)} (noise band)";
        }
        int gi = 0;
        foreach (var g in groups)
        {
            double offset = groups.Count > 1 ? (gi++ - (groups.Count - 1) / 2.0) * 0.12 : 0;
            var ordered = g.OrderBy(v => v.Cycle).ToArray();
            double[] xs = ordered.Select(v => v.Cycle + offset).ToArray();
            double[] ys = ordered.Select(v => v.Value).ToArray();
            var sc = plt.Add.Scatter(xs, ys, ColorOf(g.Key));
            sc.LineWidth = 0;
            sc.MarkerSize = 9;
            sc.LegendText = SideWord(g.Key);
            var mean = plt.Add.HorizontalLine(ys.Average(), 1.5f, ColorOf(g.Key), LinePattern.Dashed);
            mean.ExcludeFromLegend = true;
        }
        int maxCycle = values.Max(v => v.Cycle);
        plt.Axes.SetLimitsX(0.5, maxCycle + 0.5);
        var ticks = Enumerable.Range(1, maxCycle).Select(i => (double)i).ToArray();
        plt.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, ticks.Select(t => Inv.I((long)t)).ToArray());
        plt.ShowLegend(Edge.Bottom);
        return Png(plt);
    }

    /// <summary>Left vs right means (± SD) of every metric measured on both sides.</summary>
    public static byte[]? SideComparison(ReportDocument doc)
    {
        var metrics = doc.Metrics.Where(m => m.Sides.Any(s => s.Side == Side.Left && s.N > 0) && m.Sides.Any(s => s.Side == Side.Right && s.N > 0)
                                             && m.Unit == "°").ToList();
        if (metrics.Count == 0) return null;
        using var plt = NewPlot("Left vs right (mean ± SD)", "", "degrees");
        var bars = new List<Bar>();
        for (int i = 0; i < metrics.Count; i++)
        {
            foreach (var s in metrics[i].Sides.Where(s => s.Side is not null && s.N > 0))
            {
                double x = i * 3 + (s.Side == Side.Left ? 0 : 1);
                bars.Add(new Bar { Position = x, Value = s.Mean, Error = double.IsFinite(s.Sd) ? s.Sd : 0, FillColor = ColorOf(s.Side) });
            }
        }
        plt.Add.Bars(bars);
        var ticks = metrics.Select((m, i) => i * 3 + 0.5).ToArray();
        plt.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, metrics.Select(m => m.Name).ToArray());
        plt.Legend.ManualItems.Add(new LegendItem { LabelText = "left", FillColor = LeftColor });
        plt.Legend.ManualItems.Add(new LegendItem { LabelText = "right", FillColor = RightColor });
        plt.ShowLegend(Edge.Bottom);
        return Png(plt);
    }

    /// <summary>Before (grey) and after (the palette's left blue) bars per label, the after bar with ± the smallest detectable difference as whiskers.</summary>
    public static byte[] BeforeAfter(string title, string unit, IReadOnlyList<(string Label, double Before, double After, double Sdd)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var plt = NewPlot(title + ": before and after", "", unit);
        var bars = new List<Bar>();
        var before = Of(Palette.Noise);
        for (int i = 0; i < rows.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3, Value = rows[i].Before, FillColor = before });
            bars.Add(new Bar { Position = i * 3 + 1, Value = rows[i].After, Error = rows[i].Sdd, FillColor = LeftColor });
        }
        plt.Add.Bars(bars);
        plt.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(rows.Select((_, i) => i * 3 + 0.5).ToArray(), rows.Select(r => r.Label).ToArray());
        plt.Legend.ManualItems.Add(new LegendItem { LabelText = "before", FillColor = before });
        plt.Legend.ManualItems.Add(new LegendItem { LabelText = "after (± SDD)", FillColor = LeftColor });
        plt.ShowLegend(Edge.Bottom);
        return Png(plt);
    }

    private static Plot NewPlot(string title, string x, string y)
    {
        var plt = new Plot();
        plt.Title(title, 14);
        plt.XLabel(x, 12);
        plt.YLabel(y, 12);
        plt.Font.Set("DejaVu Sans");
        return plt;
    }

    private static void AddBands(Plot plt, IEnumerable<ReferenceBand> bands)
    {
        foreach (var b in bands)
        {
            if (b.High - b.Low < 1e-9)
            {
                var line = plt.Add.HorizontalLine(b.Low, 1.5f, b.Kind == BandKind.Typical ? TypicalLine : ElevatedLine, LinePattern.Dashed);
                line.LegendText = b.Label;
                continue;
            }
            var span = plt.Add.VerticalSpan(b.Low, b.High);
            span.FillStyle.Color = b.Kind == BandKind.Typical ? TypicalBand : ElevatedBand;
            span.LineStyle.Width = 0;
            span.LegendText = b.Label;
        }
    }

    /// <summary>Splits a signal at its gaps (NaN) so a gap is drawn as a gap, never bridged.</summary>
    private static IEnumerable<(double[] X, double[] Y)> Segments(double[] t, double[] v)
    {
        int n = Math.Min(t.Length, v.Length), i = 0;
        while (i < n)
        {
            while (i < n && !double.IsFinite(v[i])) i++;
            int start = i;
            while (i < n && double.IsFinite(v[i])) i++;
            if (i > start) yield return (t[start..i], v[start..i]);
        }
    }

    private static string SideWord(Side? s) => s?.ToString().ToLowerInvariant() ?? "value";

    private static byte[] Png(Plot plt) => plt.GetImageBytes(Width, Height, ImageFormat.Png);
}
