using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Video.Tests;

/// <summary>
/// Regression: with FFmpeg frame threading, OpenCV sometimes reported a later frame's index and time right
/// after opening (frame 1 came out as index 4, t = 0.133 s), so two runs on one clip wrote different JSON.
/// </summary>
public sealed class TimestampDeterminismTests
{
    [Fact]
    public void First_frames_have_consecutive_indices_and_identical_times_on_every_open()
    {
        string clip = RepoPaths.Media("run-treadmill-sagittal/male_side.mp4");
        double[]? reference = null;
        for (int run = 0; run < 20; run++)
        {
            using var src = VideoSource.Open(clip, endSeconds: 0.4);
            using var frame = new Mat();
            var times = new List<double>();
            int expected = 0;
            while (src.Read(frame, out int index, out double t))
            {
                Assert.Equal(expected++, index);
                times.Add(t);
            }
            Assert.Equal(13, times.Count);
            for (int i = 1; i < times.Count; i++) Assert.True(times[i] > times[i - 1], $"run {run}: time not increasing at frame {i}");
            if (reference is null) reference = [.. times];
            else Assert.Equal(reference, times);
        }
    }
}
