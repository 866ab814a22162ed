namespace GaitCheck.Pose;

/// <summary>What a BlazePose landmark model returns for one crop.</summary>
public sealed class LandmarkOutput
{
    /// <summary>Body landmarks (BlazePose topology).</summary>
    public const int Count = 33;

    /// <summary>Landmarks the model emits: the 33 plus 6 auxiliary ones (33 = hips centre and 34 = full-body circle point, MediaPipe's alignment points for tracking).</summary>
    public const int ModelCount = 39;

    /// <summary>Pose presence in [0,1] (the graph's own output already ends in a sigmoid).</summary>
    public required float PoseFlag { get; init; }

    /// <summary>33*5 (or 39*5 with the auxiliary landmarks, as <see cref="LandmarkModel"/> returns) values: x, y, z (256-px crop space), visibility logit, presence logit.</summary>
    public required float[] Landmarks { get; init; }

    /// <summary>33*3 world coordinates in metres (origin at the hips' centre).</summary>
    public required float[] World { get; init; }

    public float X(int i) => Landmarks[i * 5];
    public float Y(int i) => Landmarks[i * 5 + 1];
    public float Z(int i) => Landmarks[i * 5 + 2];
    public float Visibility(int i) => Sigmoid(Landmarks[i * 5 + 3]);
    public float Presence(int i) => Sigmoid(Landmarks[i * 5 + 4]);

    internal static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}
