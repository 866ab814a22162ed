namespace GaitCheck.Core;

/// <summary>An angle drawn on a key frame so the reader sees what was measured.</summary>
public enum MeasureKind
{
    /// <summary>Knee frontal-plane projection angle: thigh and shank lines of <see cref="MeasureMark.Side"/>, the thigh's extension and the arc between.</summary>
    Fppa,
    /// <summary>Pelvic drop: the line through both hips against the horizontal through the stance hip (<see cref="MeasureMark.Side"/>).</summary>
    PelvicDrop,
}

/// <summary>One measurement to draw on a key frame: what, on which side (the stance leg), and its value in degrees as the report gives it.</summary>
public sealed record MeasureMark(MeasureKind Kind, Side Side, double Degrees);
