using GaitCheck.Pipeline.PoseExtraction;
using GaitCheck.Pose.Extraction;
using GaitCheck.Pose.Tracking;
using GaitCheck.TestSupport;
using GaitCheck.Video;

namespace GaitCheck.Pipeline.Tests.PoseExtraction;

/// <summary>
/// The decoder thread refills a released slot at once, so a slot read after release used to hand the consumer a later
/// frame's index and time (frame k reported as k + 3, the pool size, on a loaded machine). Reading after release now
/// throws, and frames come out in order with their own index and time.
/// </summary>
public class FramePumpTests
{
    private static readonly string Clip = Path.Combine(RepoPaths.SampleVideos, "run-posterior.mp4");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Frames_come_in_order_and_a_released_slot_cannot_be_read(bool threaded)
    {
        using var source = VideoSource.Open(Clip);
        using var pump = new FramePump(source, new StageTimings(), threaded);
        int expected = 0;
        while (pump.Next() is { } slot)
        {
            Assert.Equal(expected, slot.Index);
            Assert.Equal(expected / source.Info.Fps, slot.Time, 6);
            Assert.False(slot.Frame.Empty());
            pump.Release(slot);
            Assert.Throws<InvalidOperationException>(() => slot.Index);
            Assert.Throws<InvalidOperationException>(() => slot.Time);
            expected++;
        }
        Assert.Equal(source.Info.FrameCount, expected);
    }
}
