using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.TestSupport;

/// <summary>
/// A frontal single-leg squat built by 2D geometry: 3 reps; at each bottom the stance knee moves medially by
/// <c>medialPx</c> (dynamic valgus) and the other hip drops. Face landmarks present so the view reads as frontal.
/// </summary>
public static class SyntheticSquat
{
    public static PoseSequence Build(Side stance, double medialPx, double fps = 30, int reps = 3)
    {
        var frames = new List<PoseFrame>();
        double repSeconds = 2.0, pause = 0.6;
        int n = (int)Math.Round((reps * (repSeconds + pause) + pause) * fps);
        for (int i = 0; i < n; i++)
        {
            double t = i / fps;
            double phase = (t - pause) % (repSeconds + pause);
            double u = t < pause || phase > repSeconds ? 0 : Math.Sin(Math.PI * phase / repSeconds); // 0 standing → 1 bottom
            if (t >= pause + reps * (repSeconds + pause)) u = 0;
            frames.Add(new PoseFrame { Index = i, Time = t, Points = Frame(stance, u, medialPx), PoseScore = 1, Status = FrameStatus.Tracked });
        }
        return new PoseSequence
        {
            Video = new VideoInfo { Path = "/clips/synthetic_squat.mp4", Width = 1280, Height = 1600, Fps = fps, FrameCount = n, DurationSeconds = n / fps },
            Frames = frames, Model = "synthetic", Filter = "none",
        };
    }

    private static Keypoint[] Frame(Side stance, double u, double medialPx)
    {
        const CameraView view = CameraView.Frontal;
        var pts = new Keypoint[Skeleton.Count];
        int lat = Geometry2D.LateralSign(stance, view);
        double x0 = 640, hipY = 600 + 160 * u;
        P2 hip = new(x0 + lat * 70, hipY);
        P2 other = new(x0 - lat * 70, hipY + 18 * u);          // contralateral pelvic drop
        P2 ankle = new(hip.X, 1380);
        double kneeY = (hip.Y + ankle.Y) / 2;
        P2 knee = new(hip.X - lat * (medialPx * u + 2), kneeY); // medial = towards the midline
        P2 oKnee = new(other.X, other.Y + 330), oAnkle = new(other.X + lat * 5, other.Y + 520);
        P2 midHip = P2.Mid(hip, other);
        P2 midSh = new(midHip.X, midHip.Y - 470);
        Set(pts, Skeleton.Of(stance, Landmark.LeftHip), hip);
        Set(pts, Skeleton.Of(stance, Landmark.LeftKnee), knee);
        Set(pts, Skeleton.Of(stance, Landmark.LeftAnkle), ankle);
        Set(pts, Skeleton.Of(stance, Landmark.LeftHeel), new P2(ankle.X, ankle.Y + 30));
        Set(pts, Skeleton.Of(stance, Landmark.LeftFootIndex), new P2(ankle.X - lat * 8, ankle.Y + 70));
        Side o = stance.Other();
        Set(pts, Skeleton.Of(o, Landmark.LeftHip), other);
        Set(pts, Skeleton.Of(o, Landmark.LeftKnee), oKnee);
        Set(pts, Skeleton.Of(o, Landmark.LeftAnkle), oAnkle);
        Set(pts, Skeleton.Of(o, Landmark.LeftHeel), new P2(oAnkle.X, oAnkle.Y + 30));
        Set(pts, Skeleton.Of(o, Landmark.LeftFootIndex), new P2(oAnkle.X - lat * 8, oAnkle.Y + 70));
        Set(pts, Skeleton.Of(stance, Landmark.LeftShoulder), new P2(midSh.X + lat * 120, midSh.Y));
        Set(pts, Skeleton.Of(o, Landmark.LeftShoulder), new P2(midSh.X - lat * 120, midSh.Y));
        Set(pts, Skeleton.Of(stance, Landmark.LeftElbow), new P2(midSh.X + lat * 150, midSh.Y + 150));
        Set(pts, Skeleton.Of(o, Landmark.LeftElbow), new P2(midSh.X - lat * 150, midSh.Y + 150));
        Set(pts, Skeleton.Of(stance, Landmark.LeftWrist), new P2(midSh.X + lat * 160, midSh.Y + 290));
        Set(pts, Skeleton.Of(o, Landmark.LeftWrist), new P2(midSh.X - lat * 160, midSh.Y + 290));
        P2 nose = new(midSh.X, midSh.Y - 160);
        Set(pts, Landmark.Nose, nose);
        foreach (var (l, dx, dy) in new[] { (Landmark.LeftEye, 25, -15), (Landmark.LeftEyeInner, 15, -15), (Landmark.LeftEyeOuter, 35, -15),
                     (Landmark.LeftEar, 60, -5), (Landmark.MouthLeft, 15, 25) })
        {
            // Frontal view: the subject's left is on the image right.
            Set(pts, l, new P2(nose.X + dx, nose.Y + dy));
            Set(pts, Skeleton.Partner(l), new P2(nose.X - dx, nose.Y + dy));
        }
        for (int i = 0; i < pts.Length; i++)
            if (pts[i] == default) pts[i] = new Keypoint(float.NaN, float.NaN, 0, 0);
        return pts;
    }

    private static void Set(Keypoint[] pts, Landmark l, P2 p) => pts[(int)l] = new Keypoint((float)p.X, (float)p.Y, 0.99f, 0.99f);
}
