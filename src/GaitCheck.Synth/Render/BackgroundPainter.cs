using System.Numerics;

namespace GaitCheck.Synth.Render;

/// <summary>Kinds of backdrop behind the subject.</summary>
public enum BackgroundKind { Plain, Textured }

/// <summary>
/// Paints the static scene once per clip: a floor (y = 0) and a wall facing the camera 3 m behind the
/// subject. Plain = flat light colours with a soft vertical gradient; textured = floor tiles and a brick
/// wall modulated by value noise (Perlin 1985 style lattice noise), a harder scene for the detector.
/// A plain wall or floor may be given its own colour ("#RRGGBB"), keeping the shading.
/// </summary>
public static class BackgroundPainter
{
    public static byte[] Paint(PinholeCamera cam, BackgroundKind kind, float subjectDistance, string? wallColour = null, string? floorColour = null)
    {
        Vector3? wallTint = wallColour is null ? null : Body.Appearance.Rgb(wallColour) / 0.80f;
        Vector3? floorTint = floorColour is null ? null : Body.Appearance.Rgb(floorColour);
        var buf = new byte[cam.Width * cam.Height * 3];
        var fh = Vector3.Normalize(new Vector3(cam.Forward.X, 0, cam.Forward.Z));
        float wallDist = subjectDistance + 3f;
        Parallel.For(0, cam.Height, y =>
        {
            for (int x = 0; x < cam.Width; x++)
            {
                var d = cam.Ray(x + 0.5f, y + 0.5f);
                float tWall = Vector3.Dot(d, fh) > 1e-4f ? wallDist / Vector3.Dot(d, fh) : float.MaxValue;
                float tFloor = d.Y < -1e-4f ? -cam.Position.Y / d.Y : float.MaxValue;
                Vector3 col;
                if (tFloor < tWall)
                {
                    var p = cam.Position + d * tFloor;
                    col = (kind == BackgroundKind.Plain && floorTint is { } ft ? ft : Floor(p, kind)) * Fade(tFloor);
                }
                else if (tWall < float.MaxValue)
                {
                    var p = cam.Position + d * tWall;
                    col = Wall(p, fh, kind);
                    if (kind == BackgroundKind.Plain && wallTint is { } wt) col = wt * col.X;
                }
                else col = new Vector3(0.85f, 0.87f, 0.9f);
                int off = (y * cam.Width + x) * 3;
                buf[off] = B(col.Z); buf[off + 1] = B(col.Y); buf[off + 2] = B(col.X);
            }
        });
        return buf;
    }

    private static float Fade(float t) => 1f - 0.15f * MathF.Min(1f, t / 12f);

    private static Vector3 Floor(Vector3 p, BackgroundKind kind)
    {
        if (kind == BackgroundKind.Plain) return new Vector3(0.56f, 0.55f, 0.53f);
        int cx = (int)MathF.Floor(p.X / 0.6f), cz = (int)MathF.Floor(p.Z / 0.6f);
        float tile = ((cx + cz) & 1) == 0 ? 0.50f : 0.62f;
        float n = Noise.Value(p.X * 6f, p.Z * 6f) * 0.08f;
        return new Vector3(tile + n, tile * 0.95f + n, tile * 0.88f + n);
    }

    private static Vector3 Wall(Vector3 p, Vector3 fh, BackgroundKind kind)
    {
        var side = Vector3.Cross(fh, Vector3.UnitY);
        float u = Vector3.Dot(p, side), v = p.Y;
        if (kind == BackgroundKind.Plain)
        {
            float g = 0.80f + 0.04f * MathF.Min(v, 3f) / 3f;
            return new Vector3(g, g, g * 0.97f);
        }
        int row = (int)MathF.Floor(v / 0.075f);
        float uu = u / 0.22f + ((row & 1) == 0 ? 0 : 0.5f);
        bool mortar = v / 0.075f - row < 0.12f || uu - MathF.Floor(uu) < 0.05f;
        float n = Noise.Value(u * 3f, v * 3f) * 0.15f + Noise.Value(MathF.Floor(uu) * 7.1f, row * 3.3f) * 0.12f;
        return mortar ? new Vector3(0.75f, 0.74f, 0.70f) : new Vector3(0.62f + n, 0.36f + n * 0.6f, 0.30f + n * 0.5f);
    }

    private static byte B(float v) => (byte)Math.Clamp((int)(v * 255f + 0.5f), 0, 255);
}

/// <summary>Deterministic 2D value noise in [0,1) (integer hash lattice, smooth interpolation).</summary>
public static class Noise
{
    public static float Value(float x, float y)
    {
        int xi = (int)MathF.Floor(x), yi = (int)MathF.Floor(y);
        float fx = x - xi, fy = y - yi;
        fx = fx * fx * (3 - 2 * fx); fy = fy * fy * (3 - 2 * fy);
        float a = Hash(xi, yi), b = Hash(xi + 1, yi), c = Hash(xi, yi + 1), d = Hash(xi + 1, yi + 1);
        return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
    }

    public static float Hash(int x, int y)
    {
        uint h = (uint)x * 374761393u + (uint)y * 668265263u;
        h = (h ^ (h >> 13)) * 1274126177u;
        h ^= h >> 16;
        return (h & 0xFFFFFF) / 16777216f;
    }
}
