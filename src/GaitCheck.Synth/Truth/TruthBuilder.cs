using System.Numerics;
using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;
using GaitCheck.Synth.Body;
using GaitCheck.Synth.Render;
using GaitCheck.Synth.Scenarios;

namespace GaitCheck.Synth.Truth;

/// <summary>
/// Builds the ground truth of a clip: projects the true landmarks (<see cref="TruthLandmarks"/>) of every
/// frame with the clip's camera, maps event times to the nearest frame (round(t * fps)), and evaluates
/// every metric valid in the view at its event with <see cref="TruthMetrics"/>. Deterministic.
/// </summary>
public static class TruthBuilder
{
    public static GroundTruth Build(Scenario sc, IMotion motion, PinholeCamera cam, string videoPath)
    {
        double fps = sc.Render.Fps;
        int n = FrameCount(motion.Duration, fps);
        var view = GroundTruth.ViewOf(sc.Camera.Placement);
        var frames = new List<PoseFrame>(n);
        for (int i = 0; i < n; i++) frames.Add(TruthFrame(i, i / fps, motion.Pose(i / fps), cam));
        var seq = new PoseSequence
        {
            Video = new VideoInfo { Path = Path.GetFileName(videoPath), Width = cam.Width, Height = cam.Height, Fps = fps, FrameCount = n, DurationSeconds = n / fps, Codec = "h264" },
            Frames = frames, Model = "ground-truth", Filter = "none",
            Notes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["scenario"] = sc.Name, ["source"] = "gaitcheck synth (exact projections of the mannequin's joint centres)" },
        };
        int F(double t) => Math.Clamp((int)Math.Round(t * fps, MidpointRounding.AwayFromZero), 0, n - 1);
        Keypoint[] K(int f) => frames[f].Points;

        var reps = motion.Reps.Select(r =>
        {
            // Start/end: the analysis's (OpenCap's) 5% crossings (TrueRepEdges); depth from standing (the descent's onset).
            var (startTime, endTime) = TrueRepEdges.Times(motion, cam, r);
            int onset = F(r.StartTime), s = F(startTime), b = F(r.BottomTime), e = F(endTime);
            double leg = TruthMetrics.LegLengthPx(K(onset), r.StanceSide);
            double depth = (Mid(K(b)).Y - Mid(K(onset)).Y) / leg;
            return new TruthRep(r.Number, r.StanceSide, s, b, e, startTime, r.BottomTime, endTime, depth);
        }).ToList();
        var events = motion.Events.Select(e => new TruthEvent(e.Side, e.Kind, F(e.Time), e.Time)).ToList();

        var values = new List<TruthValue>();
        void Add(string m, Side? s, string ev, int f, double v) { if (double.IsFinite(v)) values.Add(new TruthValue(m, s, ev, f, v)); }
        double clipLeg = PoseAccess.LegLength(seq);   // the analysis's %LL (90th percentile of the 2D leg lengths over the clip)
        void Knee(Keypoint[] k, Side s, string ev, int f)
        {
            Add(MetricCatalog.MedialKneeDisplacement, s, ev, f, 100 * TruthMetrics.MedialKneeOffsetPx(k, s, view) / clipLeg);
            Add(MetricCatalog.KneeAnkleSeparationRatio, s, ev, f, TruthMetrics.KneeAnkleSeparationRatio(k, view));
        }
        foreach (var r in reps)
        {
            var k = K(r.BottomFrame); var s = r.StanceSide;
            Add(MetricCatalog.Fppa, s, "bottom", r.BottomFrame, TruthMetrics.Fppa(k, s, view));
            Knee(k, s, "bottom", r.BottomFrame);
            Add(MetricCatalog.PelvicDrop, s, "bottom", r.BottomFrame, TruthMetrics.PelvicDrop(k, s, view));
            Add(MetricCatalog.HipAdduction, s, "bottom", r.BottomFrame, TruthMetrics.HipAdduction(k, s, view));
            Add(MetricCatalog.TrunkLeanLateral, s, "bottom", r.BottomFrame, TruthMetrics.TrunkLeanLateral(k, s, view));
            Add(MetricCatalog.RearfootEversion, s, "bottom", r.BottomFrame, TruthMetrics.Rearfoot(k, s, view));
            if (Geometry2D.IsSagittal(view)) Add(MetricCatalog.KneeFlexionBottom, s, "bottom", r.BottomFrame, TruthMetrics.KneeFlexion(k, s));
            Add(MetricCatalog.SquatDepth, s, "bottom", r.BottomFrame, 100 * r.Depth);            // %LL, as MetricCatalog
        }
        foreach (var e in events)
        {
            var k = K(e.Frame); var s = e.Side;
            if (e.Kind == TrueEventKind.Midstance)
            {
                Add(MetricCatalog.Fppa, s, "midstance", e.Frame, TruthMetrics.Fppa(k, s, view));
                Knee(k, s, "midstance", e.Frame);
                Add(MetricCatalog.PelvicDrop, s, "midstance", e.Frame, TruthMetrics.PelvicDrop(k, s, view));
                Add(MetricCatalog.HipAdduction, s, "midstance", e.Frame, TruthMetrics.HipAdduction(k, s, view));
                Add(MetricCatalog.TrunkLeanLateral, s, "midstance", e.Frame, TruthMetrics.TrunkLeanLateral(k, s, view));
                Add(MetricCatalog.RearfootEversion, s, "midstance", e.Frame, TruthMetrics.Rearfoot(k, s, view));
                Add(MetricCatalog.TrunkForwardLean, null, "midstance", e.Frame, TruthMetrics.TrunkForwardLean(k, view));
            }
            else if (e.Kind == TrueEventKind.InitialContact && Geometry2D.IsSagittal(view))
            {
                Add(MetricCatalog.KneeFlexionContact, s, "initial contact", e.Frame, TruthMetrics.KneeFlexion(k, s));
                Add(MetricCatalog.Overstride, s, "initial contact", e.Frame, 100 * TruthMetrics.OverstridePx(k, s, view) / TruthMetrics.LegLengthPx(k, s));   // %LL
                var to = events.FirstOrDefault(x => x.Side == s && x.Kind == TrueEventKind.ToeOff && x.Frame > e.Frame);
                if (to != null)
                    Add(MetricCatalog.KneeFlexionPeakStance, s, "stance peak", e.Frame,
                        Enumerable.Range(e.Frame, to.Frame - e.Frame + 1).Max(f => TruthMetrics.KneeFlexion(K(f), s)));
            }
        }
        if (motion is GaitMotion g)
        {
            Add(MetricCatalog.Cadence, null, "clip", 0, sc.Gait.CadenceStepsPerMinute);
            Add(MetricCatalog.ContactTime, null, "clip", 0, 1000 * g.Duty * g.Period);             // ms
        }

        return new GroundTruth
        {
            Scenario = sc, View = view, FrameCount = n, Fps = fps, Keypoints = seq, Reps = reps, Events = events,
            Values = values, Series = BuildSeries(frames, view),
            Camera = new SortedDictionary<string, double>(StringComparer.Ordinal)
            {
                ["x"] = cam.Position.X, ["y"] = cam.Position.Y, ["z"] = cam.Position.Z, ["focalPx"] = cam.FocalPx,
                ["azimuthDeg"] = sc.Camera.Azimuth, ["width"] = cam.Width, ["height"] = cam.Height,
            },
        };
    }

    public static int FrameCount(double duration, double fps) => Math.Max(1, (int)Math.Round(duration * fps, MidpointRounding.AwayFromZero));

    private static P2 Mid(Keypoint[] k) => new((k[(int)Landmark.LeftHip].X + k[(int)Landmark.RightHip].X) / 2.0, (k[(int)Landmark.LeftHip].Y + k[(int)Landmark.RightHip].Y) / 2.0);

    /// <summary>One frame's true landmarks: pixels from the camera; world = camera-aligned metres from the mid-hip (x right, y down, z away), like BlazePose's world landmarks.</summary>
    public static PoseFrame TruthFrame(int index, double time, BodyJoints j, PinholeCamera cam)
    {
        var p3 = TruthLandmarks.Compute(j);
        var pts = new Keypoint[Skeleton.Count];
        var world = new WorldPoint[Skeleton.Count];
        var hip = cam.ToCamera(j.MidHip);
        var toCam = Vector3.Normalize(cam.Position - j.Head.O);
        float face = Math.Clamp(0.5f + 2.5f * Vector3.Dot(j.Head.R.Z, toCam), 0f, 1f);
        float earL = Math.Clamp(0.5f + 2.5f * (Vector3.Dot(j.Head.R.X, toCam) + 0.3f), 0f, 1f);
        float earR = Math.Clamp(0.5f + 2.5f * (Vector3.Dot(-j.Head.R.X, toCam) + 0.3f), 0f, 1f);
        for (int i = 0; i < p3.Length; i++)
        {
            Vector2 uv = cam.Project(p3[i]);
            // Visibility: 1 for body landmarks; face landmarks fade out when the face turns away from the camera
            // (as BlazePose's visibility does), ears when the head's side turns away.
            float vis = i switch
            {
                (int)Landmark.LeftEar => earL,
                (int)Landmark.RightEar => earR,
                <= (int)Landmark.MouthRight => face,
                _ => 1f,
            };
            pts[i] = new Keypoint(uv.X, uv.Y, vis, 1f);
            var c = cam.ToCamera(p3[i]) - hip;
            world[i] = new WorldPoint(c.X, c.Y, c.Z);
        }
        return new PoseFrame { Index = index, Time = time, Points = pts, World = world, PoseScore = 1f, Status = FrameStatus.Detected };
    }

    private static Dictionary<string, double[]> BuildSeries(List<PoseFrame> frames, CameraView view)
    {
        var d = new Dictionary<string, double[]>(StringComparer.Ordinal);
        double[] S(Func<Keypoint[], double> f) => frames.Select(fr => f(fr.Points)).ToArray();
        foreach (var s in (ReadOnlySpan<Side>)[Side.Left, Side.Right])
        {
            string sd = s == Side.Left ? "left" : "right";
            d[$"{MetricCatalog.Fppa}:{sd}"] = S(k => TruthMetrics.Fppa(k, s, view));
            d[$"{MetricCatalog.PelvicDrop}:{sd}-stance"] = S(k => TruthMetrics.PelvicDrop(k, s, view));
            d[$"{MetricCatalog.RearfootEversion}:{sd}"] = S(k => TruthMetrics.Rearfoot(k, s, view));
            d[$"knee_flexion:{sd}"] = S(k => TruthMetrics.KneeFlexion(k, s));
        }
        d[$"{MetricCatalog.TrunkForwardLean}"] = S(k => TruthMetrics.TrunkForwardLean(k, view));
        d[$"{MetricCatalog.TrunkLeanLateral}:left-stance"] = S(k => TruthMetrics.TrunkLeanLateral(k, Side.Left, view));
        return d;
    }
}
