using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using GaitCheck.Core;

namespace GaitCheck.Video;

/// <summary>
/// Reads the capture frame rate a phone records in an MP4/MOV's metadata for slow-motion video: Android's
/// <c>com.android.capture.fps</c> (MediaRecorder/MediaMuxer), a QuickTime metadata item (<c>meta</c> with an
/// <c>mdta</c> handler, its <c>keys</c> and <c>ilst</c> boxes; Apple QuickTime File Format, "Metadata") in
/// <c>moov/meta</c> or <c>moov/udta/meta</c>. The value is a big-endian float32 (well-known type 23), float64 (24)
/// or UTF-8 text (1). Null when the file has none, or anything is damaged: the capture rate is then unknown, never
/// guessed from a broken box.
/// </summary>
public static class CaptureRateReader
{
    public const string AndroidKey = "com.android.capture.fps";
    private const int MaxMoovBytes = 64 << 20;

    public static double? Read(string path)
    {
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            byte[]? moov = FindTopLevel(fs, "moov");
            return moov is null ? null : FromMoov(moov);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>The capture rate in a moov box's body, or null.</summary>
    internal static double? FromMoov(ReadOnlySpan<byte> moov)
    {
        foreach (var (type, _, body) in Boxes(moov))
        {
            if (type == "meta" && FromMeta(moov[body]) is { } a) return a;
            if (type == "udta")
            {
                var udta = moov[body];
                foreach (var (t2, _, b2) in Boxes(udta))
                    if (t2 == "meta" && FromMeta(udta[b2]) is { } b) return b;
            }
        }
        return null;
    }

    private static double? FromMeta(ReadOnlySpan<byte> meta)
    {
        // ISO 'meta' is a full box (4 bytes of version and flags); QuickTime's is not. Tell them by what follows.
        if (meta.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(meta) == 0 && Encoding.ASCII.GetString(meta.Slice(8, 4)) is "hdlr" or "keys" or "ilst")
            meta = meta[4..];
        var keys = new List<string>();
        Range ilst = default;
        foreach (var (type, _, range) in Boxes(meta))
        {
            var body = meta[range];
            if (type == "keys" && body.Length >= 8)
            {
                uint count = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
                int off = 8;
                for (uint i = 0; i < count && off + 8 <= body.Length; i++)
                {
                    int size = (int)BinaryPrimitives.ReadUInt32BigEndian(body[off..]);
                    if (size < 8 || off + size > body.Length) return null;
                    keys.Add(Encoding.UTF8.GetString(body.Slice(off + 8, size - 8)));
                    off += size;
                }
            }
            else if (type == "ilst") ilst = range;
        }
        int index = keys.IndexOf(AndroidKey) + 1;   // ilst items are named by their 1-based key index
        if (index == 0) return null;
        var items = meta[ilst];
        foreach (var (_, code, item) in Boxes(items))
        {
            // An item box's type field is the key index; its body holds a 'data' box.
            if (code != index) continue;
            var box = items[item];
            foreach (var (t, _, d) in Boxes(box))
                if (t == "data" && box[d].Length >= 8)
                    return Plausible(Value(BinaryPrimitives.ReadUInt32BigEndian(box[d]) & 0xFFFFFF, box[d][8..]));
        }
        return null;
    }

    private static double Value(uint type, ReadOnlySpan<byte> v) => type switch
    {
        23 when v.Length >= 4 => BinaryPrimitives.ReadSingleBigEndian(v),
        24 when v.Length >= 8 => BinaryPrimitives.ReadDoubleBigEndian(v),
        1 => double.TryParse(Encoding.UTF8.GetString(v).Trim('\0', ' '), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : double.NaN,
        _ => double.NaN,
    };

    private static double? Plausible(double fps) => fps >= 1 && fps <= VideoInfo.MaxCaptureFps ? fps : null;

    /// <summary>The boxes laid end to end in <paramref name="data"/>: type (as text and as its 32-bit code) and the range of the body; stops at the first damaged header.</summary>
    private static List<(string Type, uint Code, Range Body)> Boxes(ReadOnlySpan<byte> data)
    {
        var list = new List<(string, uint, Range)>();
        for (int off = 0; off + 8 <= data.Length;)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(data[off..]);
            int header = 8;
            if (size == 1 && off + 16 <= data.Length) { size = (long)BinaryPrimitives.ReadUInt64BigEndian(data[(off + 8)..]); header = 16; }
            else if (size == 0) size = data.Length - off;
            if (size < header || off + size > data.Length) break;
            list.Add((Encoding.ASCII.GetString(data.Slice(off + 4, 4)), BinaryPrimitives.ReadUInt32BigEndian(data[(off + 4)..]), (off + header)..(off + (int)size)));
            off += (int)size;
        }
        return list;
    }

    /// <summary>The body of the first top-level box of <paramref name="type"/>, seeking past the others (mdat may come first).</summary>
    private static byte[]? FindTopLevel(FileStream fs, string type)
    {
        Span<byte> hdr = stackalloc byte[16];
        long pos = 0;
        while (pos + 8 <= fs.Length)
        {
            fs.Position = pos;
            if (fs.ReadAtLeast(hdr[..8], 8, throwOnEndOfStream: false) < 8) return null;
            long size = BinaryPrimitives.ReadUInt32BigEndian(hdr);
            int header = 8;
            if (size == 1)
            {
                if (fs.ReadAtLeast(hdr[8..16], 8, throwOnEndOfStream: false) < 8) return null;
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(hdr[8..]);
                header = 16;
            }
            else if (size == 0) size = fs.Length - pos;
            if (size < header || pos + size > fs.Length) return null;
            if (Encoding.ASCII.GetString(hdr.Slice(4, 4)) == type)
            {
                if (size - header > MaxMoovBytes) return null;
                var body = new byte[size - header];
                fs.ReadExactly(body);
                return body;
            }
            pos += size;
        }
        return null;
    }
}
