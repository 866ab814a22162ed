using System.Numerics;

namespace GaitCheck.Synth.Render;

/// <summary>
/// Sphere-traces a set of capsules over a precomputed background (Hart 1996, "Sphere tracing").
/// Speed comes from bounding volumes: each capsule's bounding sphere is projected (via the 8 corners of
/// its bounding cube, a conservative screen box) onto 16x16-pixel tiles; a pixel tests only its tile's
/// capsules with an exact ray-sphere test, marches only between the nearest entry and farthest exit of
/// the spheres it hits, and evaluates only those capsules' distances. Each row starts as a copy of the
/// background. Rows run in parallel; every pixel is independent, so output is deterministic.
/// </summary>
public sealed class RayMarcher
{
    private const int Tile = 16;
    private const int MaxPrims = 128;
    private const int MaxSteps = 96;
    private readonly int _w, _h, _tw, _th;
    private readonly int[] _tileCount;
    private readonly int[] _tileItems;
    private Capsule[] _caps = [];
    private Markers.Decal[] _decals = [];

    public RayMarcher(int width, int height)
    {
        _w = width; _h = height;
        _tw = (width + Tile - 1) / Tile; _th = (height + Tile - 1) / Tile;
        _tileCount = new int[_tw * _th];
        _tileItems = new int[_tw * _th * MaxPrims];
    }

    /// <summary>Pixels marched in the last render (for speed reports).</summary>
    public long MarchedPixels { get; private set; }

    /// <summary>
    /// Renders <paramref name="capsules"/> over <paramref name="backgroundBgr"/> into <paramref name="outBgr"/> (both W*H*3 bytes, BGR).
    /// The light comes from in front, above and, by <paramref name="lightSide"/>, from the camera's left (−1, the default),
    /// right (+1) or straight ahead (0). <paramref name="decals"/> (stickers) recolour the surface within their radius.
    /// </summary>
    public void Render(PinholeCamera cam, IReadOnlyList<Capsule> capsules, byte[] backgroundBgr, byte[] outBgr, float lightSide = -1,
        IReadOnlyList<Markers.Decal>? decals = null)
    {
        _decals = decals is null ? [] : [.. decals];
        if (capsules.Count > MaxPrims) throw new ArgumentException($"at most {MaxPrims} capsules");
        if (_caps.Length != capsules.Count) _caps = new Capsule[capsules.Count];
        for (int i = 0; i < capsules.Count; i++) _caps[i] = capsules[i];
        BinToTiles(cam);
        var light = Vector3.Normalize(-cam.Forward * 0.7f - cam.Down * 0.6f + cam.Right * (0.35f * lightSide));
        long marched = 0;
        Parallel.For(0, _h, () => 0L, (y, _, local) => local + RenderRow(cam, y, light, backgroundBgr, outBgr),
            local => Interlocked.Add(ref marched, local));
        MarchedPixels = marched;
    }

    private void BinToTiles(PinholeCamera cam)
    {
        Array.Clear(_tileCount);
        Span<Vector3> corners = stackalloc Vector3[8];
        for (int i = 0; i < _caps.Length; i++)
        {
            ref readonly var c = ref _caps[i];
            float r = c.BoundRadius;
            float x0 = float.MaxValue, y0 = float.MaxValue, x1 = float.MinValue, y1 = float.MinValue;
            bool behind = false;
            var cc = cam.ToCamera(c.Centre);
            for (int k = 0; k < 8; k++)
            {
                var p = cc + new Vector3((k & 1) == 0 ? -r : r, (k & 2) == 0 ? -r : r, (k & 4) == 0 ? -r : r);
                if (p.Z <= 1e-3f) { behind = true; break; }
                float u = cam.Cx + cam.FocalPx * p.X / p.Z, v = cam.Cy + cam.FocalPx * p.Y / p.Z;
                x0 = MathF.Min(x0, u); x1 = MathF.Max(x1, u); y0 = MathF.Min(y0, v); y1 = MathF.Max(y1, v);
            }
            if (cc.Z + r <= 0) continue;
            int tx0 = 0, ty0 = 0, tx1 = _tw - 1, ty1 = _th - 1;
            if (!behind)
            {
                if (x1 < 0 || y1 < 0 || x0 >= _w || y0 >= _h) continue;
                tx0 = Math.Max(0, (int)MathF.Floor(x0 - 1) / Tile); tx1 = Math.Min(_tw - 1, (int)MathF.Floor(x1 + 1) / Tile);
                ty0 = Math.Max(0, (int)MathF.Floor(y0 - 1) / Tile); ty1 = Math.Min(_th - 1, (int)MathF.Floor(y1 + 1) / Tile);
            }
            for (int ty = ty0; ty <= ty1; ty++)
                for (int tx = tx0; tx <= tx1; tx++)
                {
                    int t = ty * _tw + tx;
                    _tileItems[t * MaxPrims + _tileCount[t]++] = i;
                }
        }
    }

    private long RenderRow(PinholeCamera cam, int y, Vector3 light, byte[] bg, byte[] outBgr)
    {
        Span<int> active = stackalloc int[MaxPrims];
        ReadOnlySpan<Capsule> caps = _caps;
        int rowOff = y * _w * 3, tileRow = (y / Tile) * _tw;
        long marched = 0;
        var o = cam.Position;
        float pixelAngle = 1f / cam.FocalPx;
        // Start from the background; only pixels whose ray hits the figure are overwritten.
        bg.AsSpan(rowOff, _w * 3).CopyTo(outBgr.AsSpan(rowOff));
        for (int x = 0; x < _w; x++)
        {
            int t = tileRow + x / Tile;
            int n = _tileCount[t];
            int off = rowOff + x * 3;
            if (n == 0) continue;
            var d = cam.Ray(x + 0.5f, y + 0.5f);
            int na = 0; float tMin = float.MaxValue, tMax = 0;
            var items = _tileItems.AsSpan(t * MaxPrims, n);
            foreach (int i in items)
            {
                ref readonly var c = ref caps[i];
                var oc = o - c.Centre;
                float b = Vector3.Dot(oc, d);
                float disc = b * b - (oc.LengthSquared() - c.BoundRadius * c.BoundRadius);
                if (disc < 0) continue;
                float s = MathF.Sqrt(disc);
                float t1 = -b + s;
                if (t1 <= 0) continue;
                active[na++] = i;
                tMin = MathF.Min(tMin, MathF.Max(0, -b - s));
                tMax = MathF.Max(tMax, t1);
            }
            if (na == 0) continue;
            marched++;
            var act = active[..na];
            float tt = tMin;
            bool hit = false;
            for (int step = 0; step < MaxSteps && tt <= tMax; step++)
            {
                float dist = SdfScene.Distance(caps, act, o + d * tt);
                if (dist < 0.5f * tt * pixelAngle) { hit = true; break; }
                tt += MathF.Max(dist * 0.9f, 1e-4f);
            }
            if (!hit) continue;
            var p = o + d * tt;
            var nrm = Normal(caps, act, p);
            var albedo = SdfScene.Color(caps, act, p);
            foreach (var dc in _decals)
                if (Vector3.DistanceSquared(p, dc.Centre) <= dc.Radius * dc.Radius) { albedo = dc.Colour; break; }
            float diff = MathF.Max(0, Vector3.Dot(nrm, light));
            float rim = MathF.Pow(1 - MathF.Abs(Vector3.Dot(nrm, d)), 3) * 0.12f;
            var col = albedo * (0.38f + 0.68f * diff) + new Vector3(rim);
            outBgr[off] = ToByte(col.Z); outBgr[off + 1] = ToByte(col.Y); outBgr[off + 2] = ToByte(col.X);
        }
        return marched;
    }

    private static Vector3 Normal(ReadOnlySpan<Capsule> caps, ReadOnlySpan<int> act, Vector3 p)
    {
        // Tetrahedral central differences (Quilez, "normals for an SDF").
        const float e = 0.0015f;
        var k0 = new Vector3(1, -1, -1); var k1 = new Vector3(-1, -1, 1); var k2 = new Vector3(-1, 1, -1); var k3 = new Vector3(1, 1, 1);
        var n = k0 * SdfScene.Distance(caps, act, p + k0 * e) + k1 * SdfScene.Distance(caps, act, p + k1 * e)
              + k2 * SdfScene.Distance(caps, act, p + k2 * e) + k3 * SdfScene.Distance(caps, act, p + k3 * e);
        float l = n.Length();
        return l > 0 ? n / l : Vector3.UnitY;
    }

    private static byte ToByte(float v) => (byte)Math.Clamp((int)(v * 255f + 0.5f), 0, 255);
}
