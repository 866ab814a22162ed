using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.Synth.Truth;

/// <summary>
/// True metric values from true 2D landmarks, using exactly the analysis definitions
/// (<see cref="Geometry2D"/>): the synthetic truth and the measurement share one definition of each angle.
/// </summary>
public static class TruthMetrics
{
    private static P2 P(Keypoint[] k, Landmark l) => new(k[(int)l].X, k[(int)l].Y);
    private static P2 P(Keypoint[] k, Side s, Landmark l) => P(k, Skeleton.Of(s, l));
    private static P2 MidHip(Keypoint[] k) => P2.Mid(P(k, Landmark.LeftHip), P(k, Landmark.RightHip));
    private static P2 MidShoulder(Keypoint[] k) => P2.Mid(P(k, Landmark.LeftShoulder), P(k, Landmark.RightShoulder));

    public static double Fppa(Keypoint[] k, Side s, CameraView v) =>
        Geometry2D.Fppa(P(k, s, Landmark.LeftHip), P(k, s, Landmark.LeftKnee), P(k, s, Landmark.LeftAnkle), s, v);

    /// <summary>Medial knee displacement in pixels (divide by the clip's leg length for the normalised value).</summary>
    public static double MedialKneeOffsetPx(Keypoint[] k, Side s, CameraView v) =>
        Geometry2D.MedialKneeOffset(P(k, s, Landmark.LeftHip), P(k, s, Landmark.LeftKnee), P(k, s, Landmark.LeftAnkle), s, v);

    public static double KneeAnkleSeparationRatio(Keypoint[] k, CameraView v) =>
        Geometry2D.KneeAnkleSeparationRatio(P(k, Landmark.LeftKnee), P(k, Landmark.RightKnee), P(k, Landmark.LeftAnkle), P(k, Landmark.RightAnkle), v);

    public static double PelvicDrop(Keypoint[] k, Side stance, CameraView v) =>
        Geometry2D.PelvicDrop(P(k, Landmark.LeftHip), P(k, Landmark.RightHip), stance, v);

    public static double HipAdduction(Keypoint[] k, Side s, CameraView v) =>
        Geometry2D.HipAdduction(P(k, Landmark.LeftHip), P(k, Landmark.RightHip), P(k, s, Landmark.LeftKnee), s, v);

    public static double TrunkLeanLateral(Keypoint[] k, Side stance, CameraView v) =>
        Geometry2D.TrunkLeanFrontal(MidHip(k), MidShoulder(k), stance, v);

    public static double Rearfoot(Keypoint[] k, Side s, CameraView v) =>
        Geometry2D.RearfootEversion(P(k, s, Landmark.LeftKnee), P(k, s, Landmark.LeftAnkle), P(k, s, Landmark.LeftHeel), s, v);

    public static double KneeFlexion(Keypoint[] k, Side s) =>
        Geometry2D.KneeFlexion(P(k, s, Landmark.LeftHip), P(k, s, Landmark.LeftKnee), P(k, s, Landmark.LeftAnkle));

    public static double TrunkForwardLean(Keypoint[] k, CameraView v) => Geometry2D.TrunkForwardLean(MidHip(k), MidShoulder(k), v);

    /// <summary>Heel ahead of the mid-hip at contact, in pixels (divide by leg length for the normalised value).</summary>
    public static double OverstridePx(Keypoint[] k, Side s, CameraView v) => Geometry2D.OverstrideOffset(MidHip(k), P(k, s, Landmark.LeftHeel), v);

    /// <summary>2D leg length hip→knee + knee→ankle in pixels.</summary>
    public static double LegLengthPx(Keypoint[] k, Side s) =>
        (P(k, s, Landmark.LeftKnee) - P(k, s, Landmark.LeftHip)).Length + (P(k, s, Landmark.LeftAnkle) - P(k, s, Landmark.LeftKnee)).Length;
}
