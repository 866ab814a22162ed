using System.Numerics;

namespace GaitCheck.Synth.Body;

/// <summary>
/// The shoe in the foot frame (origin at the ankle centre, x lateral for the left foot, y up, z forward),
/// scaled with height: a tapered capsule from the heel ball to the toe ball whose sole sits at the
/// ankle height below the ankle centre when the foot is flat.
/// </summary>
public static class ShoeGeometry
{
    public static Vector3 HeelBall(BodyProportions b) => new Vector3(0, -0.0165f, -0.0086f) * b.Height;
    public static float HeelRadius(BodyProportions b) => 0.0225f * b.Height;
    public static Vector3 ToeBall(BodyProportions b) => new Vector3(0, -0.0253f, 0.0986f) * b.Height;
    public static float ToeRadius(BodyProportions b) => 0.0137f * b.Height;

    /// <summary>Back of the heel: the heel ball's posterior surface point (heel landmark).</summary>
    public static Vector3 HeelPoint(BodyProportions b) => HeelBall(b) - new Vector3(0, 0, HeelRadius(b));
    /// <summary>Tip of the shoe (foot_index landmark).</summary>
    public static Vector3 ToePoint(BodyProportions b) => ToeBall(b) + new Vector3(0, 0, ToeRadius(b));

    /// <summary>World height of the lowest point of the shoe (the lower of the two balls' bottoms).</summary>
    public static float LowestPoint(Frame3 foot, BodyProportions b)
    {
        float h = foot.Point(HeelBall(b)).Y - HeelRadius(b);
        float t = foot.Point(ToeBall(b)).Y - ToeRadius(b);
        return MathF.Min(h, t);
    }
}
