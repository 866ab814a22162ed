using GaitCheck.DevTools.Markers;
using GaitCheck.TestSupport;

namespace GaitCheck.Pipeline.Tests.Markers;

/// <summary>
/// Stickers composited onto a real clip (real background, lighting, motion and compression) are found and keep their
/// identities: the composited-real-clip rows of the marker validation, on the first 120 frames of the frontal squat.
/// </summary>
public class MarkerCompositeTests
{
    [Fact]
    public void Stickers_on_the_real_frontal_squat_are_tracked_without_swaps()
    {
        string src = RepoPaths.Media("squat-frontal/squat_frontal.mp4");
        string dir = RepoPaths.Actual("markers-composite");
        Directory.CreateDirectory(dir);
        var c = MarkerValidation.Composite(src, Path.Combine(dir, "squat-green.mp4"), "frontal", "green", CancellationToken.None, maxFrames: 120);
        Assert.True(c.Failure is null, c.Failure);
        Assert.Equal("green", c.Found);
        Assert.True(c.VisibleMarkerFrames >= 8 * 100, $"drawn on {c.VisibleMarkerFrames} marker-frames");
        Assert.True(c.TrackingRate >= 0.95, $"tracked {c.TrackedVisible} of {c.VisibleMarkerFrames}");
        Assert.Equal(0, c.Swaps);
        Assert.True(c.Misplaced <= c.TrackedVisible / 100, $"{c.Misplaced} misplaced");
    }
}
