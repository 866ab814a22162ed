using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.TestSupport;

/// <summary>The known angles of one constructed single-leg-squat frame (frontal-plane views).</summary>
public sealed record SquatPose(double Fppa, double PelvicDrop, double FemurMedialTilt, double TrunkLean, double Eversion)
{
    public double HipAdduction => PelvicDrop + FemurMedialTilt;
    public SquatPose Scale(double k) => new(Fppa * k, PelvicDrop * k, FemurMedialTilt * k, TrunkLean * k, Eversion * k);
}

/// <summary>Known sagittal running parameters of one frame.</summary>
public sealed record RunPose(double MidHipY, double TrunkLean, double[] ThighAngle, double[] KneeFlexion);

/// <summary>
/// Builds keypoint sequences by exact forward geometry in the image plane, so every metric's true value is known.
/// Segment lengths in the image are constant (thigh 400 px, shank 380 px), so the leg length is exactly 780 px.
/// </summary>
public static class ConstructedClips
{
    public const double Thigh = 400, Shank = 380, HeelLen = 50, PelvisHalf = 70, Trunk = 480, X0 = 640, HipY = 420;
    public const double LegLength = Thigh + Shank;

    private static (double s, double c) SinCos(double deg) => Math.SinCos(deg * Math.PI / 180);

    public static PoseSequence Sequence(IEnumerable<Keypoint[]> frames, double fps = 30)
    {
        var list = frames.Select((p, i) => new PoseFrame { Index = i, Time = i / fps, Points = p, PoseScore = 1, Status = FrameStatus.Tracked }).ToList();
        return new PoseSequence
        {
            Video = new VideoInfo { Path = "constructed.mp4", Width = 1280, Height = 1600, Fps = fps, FrameCount = list.Count, DurationSeconds = list.Count / fps },
            Frames = list, Model = "synthetic", Filter = "none",
        };
    }

    /// <summary>One frontal/posterior single-leg-squat frame with the stance leg's angles given by <paramref name="p"/>.</summary>
    public static Keypoint[] SquatFrame(SquatPose p, Side stance, CameraView view)
    {
        var pts = new Keypoint[Skeleton.Count];
        for (int i = 0; i < pts.Length; i++) pts[i] = new Keypoint(float.NaN, float.NaN, 0, 0);
        int lat = Geometry2D.LateralSign(stance, view);
        P2 ImgDir(double medialTiltDeg, double len, P2 from)
        {
            var (s, c) = SinCos(medialTiltDeg);
            return new P2(from.X - lat * s * len, from.Y + c * len);
        }
        var (sd, cd) = SinCos(p.PelvicDrop);
        P2 hip = new(X0 + lat * PelvisHalf, HipY);
        P2 other = new(hip.X - lat * 2 * PelvisHalf * cd, hip.Y + 2 * PelvisHalf * sd);
        P2 knee = ImgDir(p.FemurMedialTilt, Thigh, hip);
        P2 ankle = ImgDir(p.FemurMedialTilt - p.Fppa, Shank, knee);
        P2 heel = ImgDir(p.FemurMedialTilt - p.Fppa - p.Eversion, HeelLen, ankle);
        P2 toe = new(ankle.X - lat * 10, ankle.Y + 60);
        // Swing leg: knee bent, foot lifted behind; same 2D segment lengths so the leg length stays exact.
        P2 oKnee = new(other.X, other.Y + Thigh);
        P2 oAnkle = new(oKnee.X - lat * Shank * Math.Sqrt(0.75), oKnee.Y + Shank * 0.5);
        P2 midHip = P2.Mid(hip, other);
        var (sl, cl) = SinCos(p.TrunkLean);
        P2 midSh = new(midHip.X + lat * Trunk * sl, midHip.Y - Trunk * cl);
        P2 shStance = new(midSh.X + lat * 110, midSh.Y), shOther = new(midSh.X - lat * 110, midSh.Y);

        Set(pts, Skeleton.Of(stance, Landmark.LeftHip), hip);
        Set(pts, Skeleton.Of(stance, Landmark.LeftKnee), knee);
        Set(pts, Skeleton.Of(stance, Landmark.LeftAnkle), ankle);
        Set(pts, Skeleton.Of(stance, Landmark.LeftHeel), heel);
        Set(pts, Skeleton.Of(stance, Landmark.LeftFootIndex), toe);
        Set(pts, Skeleton.Of(stance, Landmark.LeftShoulder), shStance);
        Side o = stance.Other();
        Set(pts, Skeleton.Of(o, Landmark.LeftHip), other);
        Set(pts, Skeleton.Of(o, Landmark.LeftKnee), oKnee);
        Set(pts, Skeleton.Of(o, Landmark.LeftAnkle), oAnkle);
        Set(pts, Skeleton.Of(o, Landmark.LeftHeel), new P2(oAnkle.X, oAnkle.Y + 40));
        Set(pts, Skeleton.Of(o, Landmark.LeftFootIndex), new P2(oAnkle.X, oAnkle.Y + 70));
        Set(pts, Skeleton.Of(o, Landmark.LeftShoulder), shOther);
        Set(pts, Landmark.Nose, new P2(midSh.X, midSh.Y - 150));
        return pts;
    }

    /// <summary>One sagittal running frame; legs [0]=left, [1]=right; thigh angle + = forward of vertical.</summary>
    public static Keypoint[] RunFrame(RunPose p, CameraView view)
    {
        var pts = new Keypoint[Skeleton.Count];
        for (int i = 0; i < pts.Length; i++) pts[i] = new Keypoint(float.NaN, float.NaN, 0, 0);
        int fwd = Geometry2D.FacingSign(view);
        P2 midHip = new(X0, p.MidHipY);
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            int k = side == Side.Left ? 0 : 1;
            P2 hip = new(midHip.X + (k == 0 ? -3 : 3), midHip.Y);
            var (st, ct) = SinCos(p.ThighAngle[k]);
            P2 knee = new(hip.X + fwd * Thigh * st, hip.Y + Thigh * ct);
            var (ss, cs) = SinCos(p.ThighAngle[k] - p.KneeFlexion[k]);
            P2 ankle = new(knee.X + fwd * Shank * ss, knee.Y + Shank * cs);
            Set(pts, Skeleton.Of(side, Landmark.LeftHip), hip);
            Set(pts, Skeleton.Of(side, Landmark.LeftKnee), knee);
            Set(pts, Skeleton.Of(side, Landmark.LeftAnkle), ankle);
            Set(pts, Skeleton.Of(side, Landmark.LeftHeel), new P2(ankle.X - fwd * 25, ankle.Y + 40));
            Set(pts, Skeleton.Of(side, Landmark.LeftFootIndex), new P2(ankle.X + fwd * 150, ankle.Y + 50));
        }
        var (sl, cl) = SinCos(p.TrunkLean);
        P2 midSh = new(midHip.X + fwd * Trunk * sl, midHip.Y - Trunk * cl);
        Set(pts, Landmark.LeftShoulder, new P2(midSh.X - 4, midSh.Y));
        Set(pts, Landmark.RightShoulder, new P2(midSh.X + 4, midSh.Y));
        Set(pts, Landmark.Nose, new P2(midSh.X + fwd * 60, midSh.Y - 150));
        return pts;
    }

    public static P2 Heel(Keypoint[] pts, Side side) => P2.From(pts[(int)Skeleton.Of(side, Landmark.LeftHeel)]);

    private static void Set(Keypoint[] pts, Landmark l, P2 p) => pts[(int)l] = new Keypoint((float)p.X, (float)p.Y, 0.95f, 0.99f);
}
