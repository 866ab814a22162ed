namespace GaitCheck.Analysis;

/// <summary>Tuning of the capture checks: <see cref="CaptureTime"/>, <see cref="CameraMotion"/> and <see cref="Uprightness"/>.</summary>
public sealed record CaptureTuning
{
    /// <summary>Capture and playback rates within this relative difference are the same (no scaling): container rates are rounded.</summary>
    public double SameRate { get; init; } = 0.01;

    /// <summary>Median background motion, frame widths per second, above which the camera moves: a tripod reads ~0, a hand-held phone 0.01-0.04, a pan following a runner 0.1 or more (measured by the pose stage).</summary>
    public double MaxPan { get; init; } = 0.06;

    /// <summary>90th percentile of the background motion, frame widths per second, above which the camera moves (a brief pan).</summary>
    public double MaxPanP90 { get; init; } = 0.25;

    /// <summary>Largest 90th/10th-percentile ratio of the subject's shank length in the frame for a fixed camera: a zoom or a subject walking towards the camera changes it more; a squat, a treadmill run or a walk across the frame does not.</summary>
    public double MaxScaleChange { get; init; } = 1.8;

    /// <summary>Fewest frames with a shank for the scale change to be judged.</summary>
    public int MinShankFrames { get; init; } = 10;

    /// <summary>Median trunk angle from the image vertical, degrees, beyond which the person is not upright: squats, running and walking stay within ~45° (a deep squat's 40-50° lean only at the bottom).</summary>
    public double MaxTrunkTilt { get; init; } = 50;
}
