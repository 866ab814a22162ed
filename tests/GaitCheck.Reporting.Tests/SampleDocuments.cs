using GaitCheck.Core;
using GaitCheck.Reporting;

namespace GaitCheck.Reporting.Tests;

/// <summary>Hand-made report documents: a right-stance single-leg squat with right knee valgus.</summary>
internal static class SampleDocuments
{
    public static ReportDocument RightValgusSquat()
    {
        int n = 120;
        double[] t = Enumerable.Range(0, n).Select(i => i / 30.0).ToArray();
        double[] fppaR = t.Select(x => 4 + 14 * Math.Max(0, Math.Sin(x * Math.PI / 1.3))).ToArray();
        double[] fppaL = t.Select(x => 2 + 5 * Math.Max(0, Math.Sin(x * Math.PI / 1.3))).ToArray();
        double[] drop = t.Select(x => 1 + 4 * Math.Max(0, Math.Sin(x * Math.PI / 1.3))).ToArray();
        double[] flex = t.Select(x => 10 + 60 * Math.Max(0, Math.Sin(x * Math.PI / 1.3))).ToArray();
        for (int i = 50; i < 56; i++) fppaR[i] = double.NaN; // a gap
        var reps = new[] { new RepSpan(1, 0.1, 0.65, 1.25), new RepSpan(2, 1.4, 1.95, 2.55), new RepSpan(3, 2.7, 3.25, 3.9) };
        double[] rightRep = [17.9, 18.4, 16.6], leftRep = [6.9, 7.2, 6.1], dropRep = [4.6, 5.1, 4.2];
        var perCycle = new List<CycleValue>();
        for (int i = 0; i < 3; i++)
        {
            perCycle.Add(new CycleValue("fppa", Side.Right, i + 1, rightRep[i]));
            perCycle.Add(new CycleValue("fppa", Side.Left, i + 1, leftRep[i]));
            perCycle.Add(new CycleValue("pelvic_drop", Side.Right, i + 1, dropRep[i]));
        }
        return new ReportDocument
        {
            Clip = new ClipFacts
            {
                FileName = "squat_right_valgus.mp4", View = "Frontal", ViewConfidence = 0.93, ViewReason = "shoulders and hips wide, face visible",
                Movement = "SingleLegSquat", MovementConfidence = 0.9, StanceSide = Side.Right, Frames = n, DurationSeconds = 4, Fps = 30,
                Width = 720, Height = 1280, TrackedFraction = 0.983, Gaps = 1, Model = "pose_landmark_full (onnxruntime)", Filter = "butterworth4 6Hz + hampel", Reps = 3,
            },
            Metrics =
            [
                new MetricSummary { Key = "fppa", Name = "Knee FPPA", Event = "squat bottom", Sides = [new SideStats(Side.Left, 3, 6.7333, 0.5686, 7.2), new SideStats(Side.Right, 3, 17.6333, 0.9074, 18.4)],
                    Asymmetry = -10.9, NoiseBand = 8, Threshold = "controls 8.4 ± 5.1°, PFP 16.8 ± 5.4° (Herrington 2014)", ThresholdValue = 13.5 },
                new MetricSummary { Key = "pelvic_drop", Name = "Contralateral pelvic drop", Event = "squat bottom", Sides = [new SideStats(Side.Right, 3, 4.6333, 0.4509, 5.1)],
                    NoiseBand = 2.8, Threshold = "+1° raises injury odds 1.8× (Bramah 2018)" },
                new MetricSummary { Key = "knee_flexion", Name = "Knee flexion", Event = "squat bottom", Sides = [new SideStats(Side.Left, 3, 68.2, 2.1, 70.5), new SideStats(Side.Right, 3, 66.1, 1.9, 68.0)],
                    Asymmetry = 2.1, NoiseBand = 5 },
            ],
            Findings =
            [
                new ReportFinding { Driver = Drivers.KneeCollapse, Title = "Knee collapses inward at squat bottom", Side = Side.Right, Flagged = true,
                    Statement = "Right FPPA 17.6° is in the range reported for patellofemoral pain (16.8 ± 5.4°).", EvidenceStrength = "moderate", EvidenceNote = "Herrington 2014" },
                new ReportFinding { Driver = Drivers.HipDrop, Title = "Contralateral pelvic drop", Side = Side.Right, Flagged = true,
                    Statement = "The left hip drops 4.6° while standing on the right leg.", EvidenceStrength = "moderate", EvidenceNote = "Bramah 2018" },
            ],
            NotAssessed = [new NotAssessedItem("VMO inhibition", "Palpation and EMG or a quadriceps lag test"), new NotAssessedItem("Joint swelling", "Inspection and sweep test")],
            NotReported = [new NotReportedMetric("Rearfoot eversion proxy", "needs a posterior view", "Film from behind at ankle height with both heels visible.")],
            Tables =
            [
                new DataTable("reps", "Per-rep values", ["rep", "stance", "bottom_time_s", "depth", "fppa_right_deg", "pelvic_drop_deg"],
                [
                    ["1", "right", "0.650", "0.210", "17.90", "4.60"], ["2", "right", "1.950", "0.220", "18.40", "5.10"], ["3", "right", "3.250", "0.200", "16.60", "4.20"],
                ]),
            ],
            Charts = new ChartData
            {
                Time = t,
                Series = [new FrameSeries("fppa", "FPPA", Side.Left, fppaL), new FrameSeries("fppa", "FPPA", Side.Right, fppaR),
                          new FrameSeries("pelvic_drop", "Pelvic drop", null, drop), new FrameSeries("knee_flexion", "Knee flexion", Side.Right, flex)],
                Reps = reps,
                PerCycle = perCycle,
                Bands = [new ReferenceBand("fppa", "controls 8.4 ± 5.1° (Herrington 2014)", 3.3, 13.5, BandKind.Typical),
                         new ReferenceBand("fppa", "PFP 16.8 ± 5.4° (Herrington 2014)", 11.4, 22.2, BandKind.Elevated)],
            },
            KeyFrames = [new KeyFrameImage("rep 1 bottom", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])],
            Notes = ["1 left/right swap repaired"],
            Timings = [new StageTiming("decode", 1.234), new StageTiming("report", 0.5)],
        };
    }
}
