namespace GaitCheck.Core;

/// <summary>
/// One 2D landmark in image pixels of the upright (rotation-corrected) video frame: x to the right, y down.
/// A gap is X = Y = NaN. Visibility and presence are the model's probabilities in [0,1].
/// </summary>
public readonly record struct Keypoint(float X, float Y, float Visibility, float Presence)
{
    public static readonly Keypoint Missing = new(float.NaN, float.NaN, 0f, 0f);
    public bool IsMissing => float.IsNaN(X) || float.IsNaN(Y);
}

/// <summary>Metric 3D landmark (BlazePose world landmarks): metres, origin at the hips' centre, y down.</summary>
public readonly record struct WorldPoint(float X, float Y, float Z)
{
    public static readonly WorldPoint Missing = new(float.NaN, float.NaN, float.NaN);
}
