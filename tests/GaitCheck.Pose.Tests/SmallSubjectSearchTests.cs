using GaitCheck.Pose.Tracking;
using GaitCheck.TestSupport;
using OpenCvSharp;

namespace GaitCheck.Pose.Tests;

/// <summary>The zoomed search's tile geometry, its back-off policy, and the search on empty frames.</summary>
public sealed class SmallSubjectSearchTests
{
    [Theory]
    [InlineData(1920, 1080, 32)]
    [InlineData(3840, 2160, 32)]
    [InlineData(1080, 1920, 11)]
    [InlineData(2160, 3840, 11)]
    [InlineData(64, 4000, 0)]
    public void Tiles_cover_the_frame_with_the_required_overlap(int width, int height, int expectedTiles)
    {
        var levels = SearchGrid.For(width, height);
        Assert.Equal(expectedTiles, levels.Sum(l => l.Tiles.Count));
        for (int l = 0; l < levels.Count; l++)
        {
            var level = levels[l];
            Assert.All(level.Tiles, t => Assert.True(t.X >= 0 && t.Y >= 0 && t.Right <= level.ScaledSize.Width && t.Bottom <= level.ScaledSize.Height, $"tile {t} outside {level.ScaledSize}"));
            // Every person box of the level's largest size (width 0.6 of the height) anywhere in the frame lies wholly in a tile.
            Assert.True(level.LargestPerson >= 0.5f * SearchGrid.Levels[l].LargestPerson * Math.Min(width, height), $"level {l} guarantees only {level.LargestPerson} px");
            float ph = level.LargestPerson * level.Scale, pw = SearchGrid.WidthPerHeight * ph;
            if (ph > level.ScaledSize.Height || pw > level.ScaledSize.Width) continue;
            for (float y = 0; y + ph <= level.ScaledSize.Height; y += 7)
                for (float x = 0; x + pw <= level.ScaledSize.Width; x += 7)
                    Assert.Contains(level.Tiles, t => t.X <= x && t.Right >= x + pw - 1 && t.Y <= y && t.Bottom >= y + ph - 1);
        }
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(64, 4000)]
    public void Search_on_an_empty_frame_finds_nobody(int width, int height)
    {
        using var detector = new PoseDetector(new ModelStore(RepoPaths.Models).DetectorPath, 1);
        using var search = new ZoomedSearch(detector);
        using var frame = new Mat(height, width, MatType.CV_8UC3, Scalar.All(0));
        Assert.Empty(search.Detect(frame));
        Assert.Empty(search.Detect(frame)); // the scaled images are reused
    }

    [Fact]
    public void Backoff_doubles_the_wait_up_to_the_cap_and_resets_when_the_subject_is_seen()
    {
        var backoff = new SearchBackoff();
        var searched = new List<long>();
        for (long f = 0; f < 100; f++)
            if (backoff.Due(f)) { searched.Add(f); backoff.Searched(f); }
        Assert.Equal([0, 1, 3, 7, 15, 31, 47, 63, 79, 95], searched);
        Assert.Equal(60, SearchBackoff.ForFps(60).MaxInterval);
        Assert.Equal(30, SearchBackoff.ForFps(29.97).MaxInterval);
        Assert.Equal(SearchBackoff.DefaultMaxInterval, SearchBackoff.ForFps(0).MaxInterval);
        backoff.Reset();
        Assert.True(backoff.Due(100));
        backoff.Searched(100);
        Assert.True(backoff.Due(101));
    }
}
