namespace GaitCheck.Core;

/// <summary>The 33 BlazePose landmarks, in the model's output order. "Left"/"Right" are the subject's anatomical sides.</summary>
public enum Landmark
{
    Nose = 0,
    LeftEyeInner, LeftEye, LeftEyeOuter,
    RightEyeInner, RightEye, RightEyeOuter,
    LeftEar, RightEar,
    MouthLeft, MouthRight,
    LeftShoulder, RightShoulder,
    LeftElbow, RightElbow,
    LeftWrist, RightWrist,
    LeftPinky, RightPinky,
    LeftIndex, RightIndex,
    LeftThumb, RightThumb,
    LeftHip, RightHip,
    LeftKnee, RightKnee,
    LeftAnkle, RightAnkle,
    LeftHeel, RightHeel,
    LeftFootIndex, RightFootIndex,
}

/// <summary>Anatomical side of the subject.</summary>
public enum Side { Left, Right }
