using OpenCvSharp;

namespace GaitCheck.Markers;

/// <summary>A compact blob of one sticker colour: its sub-pixel centroid (frame pixels), equivalent-circle diameter, area and elongation (box long side / short side).</summary>
public readonly record struct Blob(double X, double Y, double Diameter, int Area, double Elongation = 1);

/// <summary>
/// Finds sticker-like blobs of one colour in an HSV region: the colour band's mask, its 8-connected components, and of
/// those only the ones of a sticker's size (given by the caller relative to the body) and a round-ish shape (filling at
/// least 35% of their box, at most 4:1 long, as a disc seen obliquely or smeared by motion blur is). The centroid is
/// weighted by how far each pixel's saturation exceeds the band's floor, so the anti-aliased rim counts partly and the
/// centre is found to a fraction of a pixel. Owns its scratch Mats; dispose it.
/// </summary>
public sealed class BlobFinder : IDisposable
{
    private readonly Mat _mask = new(), _labels = new(), _stats = new(), _centroids = new();

    public List<Blob> Find(Mat hsv, Point offset, HueBand band, double minDiameter, double maxDiameter)
    {
        ArgumentNullException.ThrowIfNull(hsv);
        ArgumentNullException.ThrowIfNull(band);
        var blobs = new List<Blob>();
        Cv2.InRange(hsv, band.Lower, band.Upper, _mask);
        int n = Cv2.ConnectedComponentsWithStats(_mask, _labels, _stats, _centroids, PixelConnectivity.Connectivity8);
        double minArea = Math.PI / 4 * minDiameter * minDiameter, maxArea = Math.PI / 4 * maxDiameter * maxDiameter;
        for (int i = 1; i < n; i++)
        {
            int area = _stats.At<int>(i, (int)ConnectedComponentsTypes.Area);
            if (area < minArea || area > maxArea) continue;
            int x = _stats.At<int>(i, (int)ConnectedComponentsTypes.Left), y = _stats.At<int>(i, (int)ConnectedComponentsTypes.Top);
            int w = _stats.At<int>(i, (int)ConnectedComponentsTypes.Width), h = _stats.At<int>(i, (int)ConnectedComponentsTypes.Height);
            if (area < 0.35 * w * h || Math.Max(w, h) > 4 * Math.Min(w, h)) continue;
            var (cx, cy) = WeightedCentre(hsv, band, new Rect(x, y, w, h), i);
            blobs.Add(new Blob(cx + offset.X, cy + offset.Y, 2 * Math.Sqrt(area / Math.PI), area, (double)Math.Max(w, h) / Math.Min(w, h)));
        }
        return blobs;
    }

    /// <summary>Centroid over the component and its one-pixel rim, each pixel weighted by its saturation above half the band's floor (hue in band).</summary>
    private (double X, double Y) WeightedCentre(Mat hsv, HueBand band, Rect box, int label)
    {
        int x0 = Math.Max(0, box.X - 1), y0 = Math.Max(0, box.Y - 1);
        int x1 = Math.Min(hsv.Cols - 1, box.Right), y1 = Math.Min(hsv.Rows - 1, box.Bottom);
        double sw = 0, sx = 0, sy = 0;
        double floor = band.SatMin / 2.0;
        for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++)
            {
                int l = _labels.At<int>(y, x);
                if (l != label && l != 0) continue;
                var v = hsv.At<Vec3b>(y, x);
                if (v.Item0 < band.HueLo - 4 || v.Item0 > band.HueHi + 4) continue;
                double w = Math.Clamp((v.Item1 - floor) / floor, 0, 1);
                if (l == 0) w *= 0.5;
                sw += w; sx += w * (x + 0.5); sy += w * (y + 0.5);
            }
        return sw > 0 ? (sx / sw, sy / sw) : (box.X + box.Width / 2.0, box.Y + box.Height / 2.0);
    }

    public void Dispose()
    {
        _mask.Dispose(); _labels.Dispose(); _stats.Dispose(); _centroids.Dispose();
    }
}
