using GaitCheck.Markers;
using OpenCvSharp;
using Xunit;

namespace GaitCheck.Markers.Tests;

public class BlobFinderTests
{
    /// <summary>A sticker drawn anti-aliased at a sub-pixel centre on a skin-coloured patch, blurred like a lens.</summary>
    private static Mat Scene(double cx, double cy, double radius, Scalar sticker, Scalar background)
    {
        var m = new Mat(120, 160, MatType.CV_8UC3, background);
        const int shift = 4;   // drawing at 1/16 px
        Cv2.Circle(m, new Point((int)Math.Round(cx * 16 - 8), (int)Math.Round(cy * 16 - 8)), (int)Math.Round(radius * 16), sticker, -1, LineTypes.AntiAlias, shift);
        Cv2.GaussianBlur(m, m, new Size(3, 3), 0.6);
        return m;
    }

    [Theory]
    [InlineData("green", 74.3, 51.7, 3.5)]
    [InlineData("orange", 60.8, 70.2, 5)]
    [InlineData("pink", 90.5, 40.25, 4)]
    [InlineData("blue", 80.1, 60.9, 3)]
    public void Finds_a_small_sticker_to_a_fraction_of_a_pixel(string colour, double cx, double cy, double r)
    {
        var hex = Core.Markers.MarkerColours.Sample(colour);
        int v = Convert.ToInt32(hex[1..], 16);
        using var bgr = Scene(cx, cy, r, new Scalar(v & 255, (v >> 8) & 255, (v >> 16) & 255), new Scalar(130, 169, 217));
        using var hsv = new Mat();
        Cv2.CvtColor(bgr, hsv, ColorConversionCodes.BGR2HSV);
        using var f = new BlobFinder();
        var blobs = f.Find(hsv, new Point(100, 200), HueBand.For(colour), 3, 20);
        var b = Assert.Single(blobs);
        Assert.InRange(b.X - 100 - cx, -0.25, 0.25);
        Assert.InRange(b.Y - 200 - cy, -0.25, 0.25);
        Assert.InRange(b.Diameter, 2 * r - 1.5, 2 * r + 1.5);
        Assert.Empty(f.Find(hsv, new Point(0, 0), HueBand.All.First(h => h.Colour != colour), 3, 20));
    }

    [Fact]
    public void A_same_coloured_shirt_or_stripe_is_not_a_sticker()
    {
        using var bgr = new Mat(120, 160, MatType.CV_8UC3, new Scalar(200, 200, 200));
        Cv2.Rectangle(bgr, new Rect(10, 10, 60, 50), new Scalar(74, 176, 18), -1);   // a green shirt patch
        Cv2.Rectangle(bgr, new Rect(100, 20, 40, 3), new Scalar(74, 176, 18), -1);   // a thin green stripe
        using var hsv = new Mat();
        Cv2.CvtColor(bgr, hsv, ColorConversionCodes.BGR2HSV);
        using var f = new BlobFinder();
        Assert.Empty(f.Find(hsv, new Point(0, 0), HueBand.For("green"), 3, 20));
    }
}
