namespace GaitCheck.Pose;

/// <summary>The three BlazePose GHUM 3D landmark models (MediaPipe's model_complexity 0, 1, 2).</summary>
public enum PoseModelKind { Lite, Full, Heavy }

/// <summary>File and manifest names of the converted models.</summary>
public static class PoseModelNames
{
    public const string Detector = "pose_detection";

    public static string Landmark(PoseModelKind kind) => kind switch
    {
        PoseModelKind.Lite => "pose_landmark_lite",
        PoseModelKind.Full => "pose_landmark_full",
        PoseModelKind.Heavy => "pose_landmark_heavy",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
