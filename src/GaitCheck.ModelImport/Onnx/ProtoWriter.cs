using System.Text;

namespace GaitCheck.ModelImport.Onnx;

/// <summary>
/// Protocol Buffers wire-format encoder (https://protobuf.dev/programming-guides/encoding/): varints
/// and length-delimited fields. Nested messages are built in their own writer and copied in.
/// </summary>
public sealed class ProtoWriter
{
    private readonly MemoryStream _s = new();

    public byte[] ToArray() => _s.ToArray();

    private void Varint(ulong v)
    {
        while (v >= 0x80) { _s.WriteByte((byte)(v | 0x80)); v >>= 7; }
        _s.WriteByte((byte)v);
    }

    private void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    public void Int64(int field, long v) { Tag(field, 0); Varint((ulong)v); }

    public void Bytes(int field, ReadOnlySpan<byte> v) { Tag(field, 2); Varint((ulong)v.Length); _s.Write(v); }

    public void String(int field, string v) => Bytes(field, Encoding.UTF8.GetBytes(v));

    public void Message(int field, ProtoWriter m)
    {
        Tag(field, 2);
        Varint((ulong)m._s.Length);
        m._s.Position = 0;
        m._s.CopyTo(_s);
    }

    public void Message(int field, Action<ProtoWriter> build)
    {
        var m = new ProtoWriter();
        build(m);
        Message(field, m);
    }

    /// <summary>Packed repeated int64 (proto3 default for repeated scalars; also accepted for proto2 fields).</summary>
    public void PackedInt64(int field, IReadOnlyList<long> values)
    {
        var m = new ProtoWriter();
        foreach (long v in values) m.Varint((ulong)v);
        Message(field, m);
    }
}
