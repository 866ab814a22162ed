using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>A BlazePose landmark model: one 256x256 RGB crop in, 33 landmarks out.</summary>
public interface ILandmarkModel : IDisposable
{
    /// <summary>Runs the model on a CV_8UC3 RGB 256x256 crop (the model sees values in [0,1]).</summary>
    LandmarkOutput Run(Mat rgbCrop256);

    /// <summary>e.g. "pose_landmark_full (onnxruntime)".</summary>
    string Name { get; }
}
