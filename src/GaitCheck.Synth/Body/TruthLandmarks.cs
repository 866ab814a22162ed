using System.Numerics;
using GaitCheck.Core;

namespace GaitCheck.Synth.Body;

/// <summary>
/// Where each of BlazePose's 33 landmarks sits on the mannequin (world metres). Joints are joint
/// centres: hip = hip joint centre, knee = knee joint centre, ankle = ankle joint centre (between the
/// malleoli), shoulder/elbow/wrist = joint centres. Heel = back of the heel (posterior surface of the
/// shoe's heel), foot_index = tip of the shoe over the 2nd toe. Face: nose = nose tip, eyes = iris
/// centres with inner/outer corners 12-14 mm either side, ears = ear centres (tragus), mouth corners.
/// Hands: index tip, pinky (ulnar side), thumb (radial side), approximated along the forearm's line.
/// </summary>
public static class TruthLandmarks
{
    public static Vector3[] Compute(BodyJoints j)
    {
        var pts = new Vector3[Skeleton.Count];
        var h = j.Head; float k = j.Body.Scale;
        Vector3 H(float x, float y, float z) => h.Point(new Vector3(x, y, z) * k);
        pts[(int)Landmark.Nose] = H(0, -0.03f, 0.128f);
        pts[(int)Landmark.LeftEyeInner] = H(0.021f, 0.015f, 0.094f);
        pts[(int)Landmark.LeftEye] = H(0.033f, 0.015f, 0.098f);
        pts[(int)Landmark.LeftEyeOuter] = H(0.047f, 0.015f, 0.090f);
        pts[(int)Landmark.RightEyeInner] = H(-0.021f, 0.015f, 0.094f);
        pts[(int)Landmark.RightEye] = H(-0.033f, 0.015f, 0.098f);
        pts[(int)Landmark.RightEyeOuter] = H(-0.047f, 0.015f, 0.090f);
        pts[(int)Landmark.LeftEar] = H(0.105f, -0.003f, -0.005f);
        pts[(int)Landmark.RightEar] = H(-0.105f, -0.003f, -0.005f);
        pts[(int)Landmark.MouthLeft] = H(0.02f, -0.05f, 0.092f);
        pts[(int)Landmark.MouthRight] = H(-0.02f, -0.05f, 0.092f);
        foreach (var side in (ReadOnlySpan<Side>)[Side.Left, Side.Right])
        {
            var l = j.Limb(side);
            void Set(Landmark lm, Vector3 v) => pts[(int)Skeleton.Of(side, lm)] = v;
            Set(Landmark.LeftShoulder, l.Shoulder);
            Set(Landmark.LeftElbow, l.Elbow);
            Set(Landmark.LeftWrist, l.Wrist);
            var (index, pinky, thumb) = HandLandmarks.Of(l, side, j.Body);
            Set(Landmark.LeftIndex, index);
            Set(Landmark.LeftPinky, pinky);
            Set(Landmark.LeftThumb, thumb);
            Set(Landmark.LeftHip, l.Hip);
            Set(Landmark.LeftKnee, l.Knee);
            Set(Landmark.LeftAnkle, l.Ankle);
            Set(Landmark.LeftHeel, l.Heel);
            Set(Landmark.LeftFootIndex, l.Toe);
        }
        return pts;
    }
}
