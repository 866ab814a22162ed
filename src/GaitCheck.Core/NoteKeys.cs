namespace GaitCheck.Core;

/// <summary>
/// Keys of <see cref="PoseSequence"/> notes that one stage writes and another reads: the pose stage (GaitCheck.Pose)
/// measures the camera's motion, the analysis (GaitCheck.Analysis.CameraMotion) judges it.
/// </summary>
public static class NoteKeys
{
    /// <summary>Median background motion, frame widths per second.</summary>
    public const string CameraPan = "camera.pan_width_per_s";

    /// <summary>90th percentile of the background motion, frame widths per second.</summary>
    public const string CameraPanMax = "camera.pan_p90_width_per_s";
}
