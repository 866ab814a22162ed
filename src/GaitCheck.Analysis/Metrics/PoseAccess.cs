using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>Reads landmarks of one frame as <see cref="P2"/> (NaN for gaps) and gives the clip's leg length.</summary>
public static class PoseAccess
{
    public static P2 At(PoseFrame f, Landmark l)
    {
        var k = f.Points[(int)l];
        return k.IsMissing ? new P2(double.NaN, double.NaN) : new P2(k.X, k.Y);
    }

    public static P2 At(PoseFrame f, Side side, Landmark any) => At(f, Skeleton.Of(side, any));

    public static P2 MidHip(PoseFrame f) => P2.Mid(At(f, Landmark.LeftHip), At(f, Landmark.RightHip));

    public static P2 MidShoulder(PoseFrame f) => P2.Mid(At(f, Landmark.LeftShoulder), At(f, Landmark.RightShoulder));

    /// <summary>Leg length in pixels for normalising distances (<see cref="Core.LegLength.Of"/>).</summary>
    public static double LegLength(PoseSequence seq) => Core.LegLength.Of(seq);
}
