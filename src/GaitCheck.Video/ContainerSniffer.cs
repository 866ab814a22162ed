using System.Buffers.Binary;
using System.Text;

namespace GaitCheck.Video;

/// <summary>What a file's first bytes (and, for ISO-BMFF/QuickTime, its track headers) say it is.</summary>
internal enum SniffKind { Unknown, Empty, StillImage, AudioOnly, ZeroVideoFrames }

/// <summary>
/// Classifies inputs that OpenCV cannot tell apart (it only says "could not open") so the user gets a
/// precise message: still images by magic number (JPEG, PNG, GIF, BMP, WebP, TIFF), audio-only files
/// (MP3/ID3, WAV, FLAC, and MP4/MOV/M4A whose tracks are all non-video), and MP4/MOV files whose video
/// tracks hold zero samples. Box layout per ISO/IEC 14496-12 (moov/trak/mdia/hdlr, stbl/stsz).
/// </summary>
internal static class ContainerSniffer
{
    public static (SniffKind Kind, string Detail) Sniff(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (fs.Length == 0) return (SniffKind.Empty, "empty file (0 bytes)");
        Span<byte> head = stackalloc byte[16];
        int n = fs.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        string? image = ImageKind(head);
        if (image != null) return (SniffKind.StillImage, image);
        string? audio = AudioKind(head);
        if (audio != null) return (SniffKind.AudioOnly, audio);
        if (n >= 8 && IsBmffBoxType(head.Slice(4, 4)))
        {
            fs.Position = 0;
            var scan = new ScanState();
            ScanBoxes(fs, fs.Length, scan, null, depth: 0);
            var tracks = scan.Tracks;
            if (scan.MoovSeen && tracks.Count == 0) return (SniffKind.ZeroVideoFrames, "has zero frames (no tracks)");
            if (tracks.Count > 0 && tracks.All(t => t.Handler != "vide"))
                return (SniffKind.AudioOnly, "tracks: " + string.Join(", ", tracks.Select(t => t.Handler)));
            if (tracks.Count > 0 && tracks.Where(t => t.Handler == "vide").All(t => t.Samples == 0))
                return (SniffKind.ZeroVideoFrames, "has zero frames (empty video track)");
        }
        return (SniffKind.Unknown, "");
    }

    private static string? ImageKind(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith(stackalloc byte[] { 0xFF, 0xD8, 0xFF })) return "JPEG";
        if (h.StartsWith(stackalloc byte[] { 0x89, 0x50, 0x4E, 0x47 })) return "PNG";
        if (h.StartsWith("GIF8"u8)) return "GIF";
        if (h.StartsWith("BM"u8) && h.Length >= 14) return "BMP";
        if (h.StartsWith("II*\0"u8) || h.StartsWith("MM\0*"u8)) return "TIFF";
        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h.Slice(8, 4).SequenceEqual("WEBP"u8)) return "WebP";
        return null;
    }

    private static string? AudioKind(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith("ID3"u8)) return "MP3 audio";
        if (h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0 && (h[1] & 0x06) != 0) return "MPEG audio";
        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h.Slice(8, 4).SequenceEqual("WAVE"u8)) return "WAV audio";
        if (h.StartsWith("fLaC"u8)) return "FLAC audio";
        return null;
    }

    private static bool IsBmffBoxType(ReadOnlySpan<byte> t) =>
        t.SequenceEqual("ftyp"u8) || t.SequenceEqual("moov"u8) || t.SequenceEqual("mdat"u8) || t.SequenceEqual("wide"u8) || t.SequenceEqual("free"u8);

    /// <summary>Walks boxes in [fs.Position, end); records each trak's handler type and sample count.</summary>
    private static void ScanBoxes(FileStream fs, long end, ScanState scan, TrackState? track, int depth)
    {
        Span<byte> hdr = stackalloc byte[16];
        while (fs.Position + 8 <= end && depth < 8)
        {
            long start = fs.Position;
            if (fs.ReadAtLeast(hdr[..8], 8, throwOnEndOfStream: false) < 8) return;
            long size = BinaryPrimitives.ReadUInt32BigEndian(hdr);
            string type = Encoding.ASCII.GetString(hdr.Slice(4, 4));
            int headerLen = 8;
            if (size == 1)
            {
                if (fs.ReadAtLeast(hdr[..8], 8, throwOnEndOfStream: false) < 8) return;
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(hdr);
                headerLen = 16;
            }
            else if (size == 0) size = end - start;
            if (size < headerLen || start + size > end) return; // damaged or truncated: stop quietly, OpenCV decides
            long bodyEnd = start + size;
            switch (type)
            {
                case "moov" or "mdia" or "minf" or "stbl":
                    if (type == "moov") scan.MoovSeen = true;
                    ScanBoxes(fs, bodyEnd, scan, track, depth + 1);
                    break;
                case "trak":
                    var t = new TrackState();
                    ScanBoxes(fs, bodyEnd, scan, t, depth + 1);
                    if (t.Handler != null) scan.Tracks.Add((t.Handler, t.Samples));
                    break;
                case "hdlr" when track != null && size >= headerLen + 12:
                    // full box: version/flags(4), pre_defined(4), handler_type(4)
                    fs.Position = start + headerLen + 8;
                    if (fs.ReadAtLeast(hdr[..4], 4, throwOnEndOfStream: false) == 4) track.Handler = Encoding.ASCII.GetString(hdr[..4]);
                    break;
                case "stsz" when track != null && size >= headerLen + 12:
                    // version/flags(4), sample_size(4), sample_count(4)
                    fs.Position = start + headerLen + 8;
                    if (fs.ReadAtLeast(hdr[..4], 4, throwOnEndOfStream: false) == 4) track.Samples = BinaryPrimitives.ReadUInt32BigEndian(hdr);
                    break;
            }
            fs.Position = bodyEnd;
        }
    }

    private sealed class TrackState
    {
        public string? Handler { get; set; }
        public long Samples { get; set; }
    }

    private sealed class ScanState
    {
        public bool MoovSeen { get; set; }
        public List<(string Handler, long Samples)> Tracks { get; } = [];
    }
}
