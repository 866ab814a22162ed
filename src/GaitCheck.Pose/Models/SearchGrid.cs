using OpenCvSharp;

namespace GaitCheck.Pose;

/// <summary>
/// One zoom level of the small-subject search: the frame is scaled by <see cref="Scale"/> once and cut into 224x224
/// <see cref="Tiles"/>; any person up to <see cref="LargestPerson"/> frame pixels tall lies wholly inside one of them.
/// </summary>
public sealed record SearchLevel(float Scale, Size ScaledSize, IReadOnlyList<Rect> Tiles, float LargestPerson);

/// <summary>
/// Geometry of the zoomed search for people too small for the whole-frame detector (the frame letterboxed to 224 finds
/// nobody below about a quarter of a landscape frame's height). Each level cuts the frame into overlapping square tiles
/// whose side is a fixed fraction of the frame height, so that a person of the level's size range fills 22-55% of a
/// tile, where BlazePose's detector finds people. Tiles overlap by at least the level's largest person height
/// vertically and 0.6 of it horizontally (a standing person is at most about 0.6 as wide as tall, arms out in a lunge),
/// so every person in the range lies wholly inside at least one tile. Positions are spread evenly, the first and last
/// tiles touching the frame's edges.
/// <list type="bullet">
/// <item>Level 1: tile side 0.7 of the frame height, people 0.16-0.4 of it.</item>
/// <item>Level 2: tile side 0.4 of the frame height, people 0.09-0.2 of it.</item>
/// </list>
/// A tile side never exceeds the frame's shorter side. 1920x1080 and 3840x2160 give 2x4 + 4x6 = 32 tiles; a level
/// that would need more than <see cref="MaxTilesPerLevel"/> (a frame far taller than wide, or far wider) is left out.
/// </summary>
public static class SearchGrid
{
    /// <summary>(tile side, largest person) as fractions of the frame height, coarse level first.</summary>
    public static readonly (float Side, float LargestPerson)[] Levels = [(0.7f, 0.4f), (0.4f, 0.2f)];

    /// <summary>A standing person's width as a fraction of their height, at most (horizontal overlap).</summary>
    public const float WidthPerHeight = 0.6f;

    /// <summary>Most tiles one level may have (a 16:9 frame needs 24).</summary>
    public const int MaxTilesPerLevel = 32;

    public static IReadOnlyList<SearchLevel> For(int width, int height)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"frame {width}x{height}");
        var levels = new List<SearchLevel>(Levels.Length);
        foreach (var (side, largest) in Levels)
        {
            float sidePx = MathF.Min(side * height, Math.Min(width, height));
            float scale = PoseDetector.InputSize / sidePx;
            var size = new Size(Math.Max(1, (int)MathF.Round(width * scale)), Math.Max(1, (int)MathF.Round(height * scale)));
            // Strides in scaled pixels: tile side minus the required overlap. A tile narrowed to the frame's shorter side
            // keeps the person-to-tile ratio, so it guarantees a smaller largest person.
            float person = MathF.Min(largest * height, largest / side * sidePx);
            float strideY = PoseDetector.InputSize - person * scale;
            float strideX = PoseDetector.InputSize - WidthPerHeight * person * scale;
            var xs = Positions(size.Width, strideX);
            var ys = Positions(size.Height, strideY);
            if (xs.Count * ys.Count > MaxTilesPerLevel) continue;
            var tiles = new List<Rect>(xs.Count * ys.Count);
            foreach (int y in ys)
                foreach (int x in xs)
                    tiles.Add(new Rect(x, y, Math.Min(PoseDetector.InputSize, size.Width), Math.Min(PoseDetector.InputSize, size.Height)));
            levels.Add(new SearchLevel(scale, size, tiles, person));
        }
        return levels;
    }

    /// <summary>Evenly spread tile origins along an axis of <paramref name="length"/> px, first at 0, last at the end, no gap above <paramref name="maxStride"/>.</summary>
    private static List<int> Positions(int length, float maxStride)
    {
        int span = length - PoseDetector.InputSize;
        if (span <= 0) return [0];
        int n = (int)Math.Ceiling(span / maxStride - 1e-3) + 1; // the tolerance keeps an exact fit from rounding up
        var list = new List<int>(n);
        for (int i = 0; i < n; i++) list.Add((int)Math.Round((double)span * i / (n - 1)));
        return list;
    }
}
