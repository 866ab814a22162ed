namespace GaitCheck.Core;

/// <summary>Skeleton tables as data: names, left/right partners and the bones drawn in overlays.</summary>
public static class Skeleton
{
    public const int Count = 33;

    /// <summary>snake_case names as used by MediaPipe and in every file GaitCheck writes.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "nose", "left_eye_inner", "left_eye", "left_eye_outer", "right_eye_inner", "right_eye", "right_eye_outer",
        "left_ear", "right_ear", "mouth_left", "mouth_right", "left_shoulder", "right_shoulder",
        "left_elbow", "right_elbow", "left_wrist", "right_wrist", "left_pinky", "right_pinky",
        "left_index", "right_index", "left_thumb", "right_thumb", "left_hip", "right_hip",
        "left_knee", "right_knee", "left_ankle", "right_ankle", "left_heel", "right_heel",
        "left_foot_index", "right_foot_index",
    ];

    private static readonly Landmark[] Partners = BuildPartners();

    /// <summary>The mirror landmark on the other side (nose maps to itself).</summary>
    public static Landmark Partner(Landmark l) => Partners[(int)l];

    /// <summary>Side of a landmark, or null for the midline (nose).</summary>
    public static Side? SideOf(Landmark l)
    {
        string n = Names[(int)l];
        if (n.StartsWith("left", StringComparison.Ordinal) || n == "mouth_left") return Side.Left;
        if (n.StartsWith("right", StringComparison.Ordinal) || n == "mouth_right") return Side.Right;
        return null;
    }

    /// <summary>The landmark for a side: <c>Of(Side.Left, Landmark.RightKnee)</c> is LeftKnee.</summary>
    public static Landmark Of(Side side, Landmark any) => SideOf(any) == side || SideOf(any) is null ? any : Partner(any);

    public static Side Other(this Side s) => s == Side.Left ? Side.Right : Side.Left;

    /// <summary>Bones drawn in overlays: pairs of landmarks.</summary>
    public static readonly IReadOnlyList<(Landmark A, Landmark B)> Bones =
    [
        (Landmark.LeftShoulder, Landmark.RightShoulder), (Landmark.LeftHip, Landmark.RightHip),
        (Landmark.LeftShoulder, Landmark.LeftHip), (Landmark.RightShoulder, Landmark.RightHip),
        (Landmark.LeftShoulder, Landmark.LeftElbow), (Landmark.LeftElbow, Landmark.LeftWrist),
        (Landmark.RightShoulder, Landmark.RightElbow), (Landmark.RightElbow, Landmark.RightWrist),
        (Landmark.LeftHip, Landmark.LeftKnee), (Landmark.LeftKnee, Landmark.LeftAnkle),
        (Landmark.RightHip, Landmark.RightKnee), (Landmark.RightKnee, Landmark.RightAnkle),
        (Landmark.LeftAnkle, Landmark.LeftHeel), (Landmark.LeftHeel, Landmark.LeftFootIndex), (Landmark.LeftAnkle, Landmark.LeftFootIndex),
        (Landmark.RightAnkle, Landmark.RightHeel), (Landmark.RightHeel, Landmark.RightFootIndex), (Landmark.RightAnkle, Landmark.RightFootIndex),
        (Landmark.Nose, Landmark.LeftEye), (Landmark.Nose, Landmark.RightEye),
        (Landmark.LeftEye, Landmark.LeftEar), (Landmark.RightEye, Landmark.RightEar),
    ];

    private static Landmark[] BuildPartners()
    {
        var result = new Landmark[Count];
        for (int i = 0; i < Count; i++)
        {
            string n = Names[i];
            string mirror = n.Contains("left", StringComparison.Ordinal) ? n.Replace("left", "right", StringComparison.Ordinal)
                : n.Contains("right", StringComparison.Ordinal) ? n.Replace("right", "left", StringComparison.Ordinal) : n;
            result[i] = (Landmark)IndexOf(mirror);
        }
        return result;
    }

    public static int IndexOf(string name)
    {
        for (int i = 0; i < Count; i++) if (Names[i] == name) return i;
        throw new ArgumentException($"unknown landmark '{name}'", nameof(name));
    }
}
