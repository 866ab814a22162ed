namespace GaitCheck.Reporting.Charts;

/// <summary>Decides which charts a document gets, in report order; a chart with no data is left out.</summary>
public static class ChartSet
{
    public static IReadOnlyList<RenderedChart> Render(ReportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        bool squat = doc.Charts.Reps.Count > 0;
        string cycle = squat ? "rep" : "stride";
        var list = new List<RenderedChart>();
        void Add(string file, string title, string caption, byte[]? png)
        {
            if (png != null) list.Add(new RenderedChart(file, title, caption, png));
        }
        Add("fppa-per-cycle.png", "Knee FPPA per " + cycle, $"Knee frontal-plane projection angle (+ = valgus) at each {cycle}, by side; dashed lines are the side means. "
            + "Grey: the first side's mean ± the smallest detectable difference (a mean of the other side inside it is within measurement noise). "
            + "Green/orange: literature ranges of controls and of people with patellofemoral pain.",
            ChartRenderer.PerCycle(doc, "fppa", "Knee FPPA per " + cycle, "FPPA (°, + valgus)", cycle));
        Add("fppa.png", "Knee FPPA over time", "Knee FPPA per frame, by side; shaded spans are reps, dashed lines their bottoms.",
            ChartRenderer.TimeSeries(doc, "fppa", "Knee FPPA over time", "FPPA (°, + valgus)"));
        Add("pelvic-drop-per-cycle.png", "Pelvic drop per " + cycle, $"Contralateral pelvic drop (+ = non-stance hip lower) at each {cycle}, with the noise band.",
            ChartRenderer.PerCycle(doc, "pelvic_drop", "Pelvic drop per " + cycle, "pelvic drop (°)", cycle));
        Add("pelvic-drop.png", "Pelvic drop over time", "Pelvic drop per frame with reps or gait events marked.",
            ChartRenderer.TimeSeries(doc, "pelvic_drop", "Pelvic drop over time", "pelvic drop (°)"));
        Add("knee-flexion.png", "Knee flexion over time", "Knee flexion per frame (0 = straight), by side.",
            ChartRenderer.TimeSeries(doc, "knee_flexion", "Knee flexion over time", "knee flexion (°)"));
        Add("rearfoot-eversion-per-cycle.png", "Rearfoot eversion proxy per " + cycle, "Experimental rearfoot eversion proxy (posterior view), by side.",
            ChartRenderer.PerCycle(doc, "rearfoot_eversion_proxy", "Rearfoot eversion proxy per " + cycle, "eversion proxy (°)", cycle));
        Add("side-comparison.png", "Left vs right", "Mean ± SD of each metric measured on both sides.", ChartRenderer.SideComparison(doc));
        return list;
    }
}
