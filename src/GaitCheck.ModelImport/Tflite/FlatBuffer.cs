using System.Buffers.Binary;

namespace GaitCheck.ModelImport.Tflite;

/// <summary>Thrown when a flatbuffer is truncated or inconsistent; the importer turns it into ModelInvalid naming the file.</summary>
public sealed class MalformedModelException(string message) : Exception(message);

/// <summary>
/// A minimal, bounds-checked reader of FlatBuffers tables (https://flatbuffers.dev/internals/): a table
/// starts with an int32 soffset to its vtable; the vtable holds uint16 vtable size, table size, then one
/// uint16 offset per field (0 = absent). Offsets to sub-objects (tables, vectors, strings) are uint32
/// relative to where they are stored. Every read is checked against the buffer, so a truncated or
/// corrupt file ends in <see cref="MalformedModelException"/>, never in a wrong model.
/// </summary>
public readonly struct FlatTable
{
    private readonly byte[] _buf;
    private readonly int _pos;
    private readonly int _vtable;
    private readonly int _vtableSize;

    private FlatTable(byte[] buf, int pos)
    {
        _buf = buf;
        _pos = pos;
        CheckRange(buf, pos, 4);
        long vt = (long)pos - BinaryPrimitives.ReadInt32LittleEndian(buf.AsSpan(pos));
        if (vt < 0 || vt + 4 > buf.Length) throw new MalformedModelException($"vtable offset out of range at byte {pos}");
        _vtable = (int)vt;
        _vtableSize = BinaryPrimitives.ReadUInt16LittleEndian(buf.AsSpan(_vtable));
        if (_vtableSize < 4 || _vtable + _vtableSize > buf.Length) throw new MalformedModelException($"bad vtable at byte {_vtable}");
    }

    /// <summary>The root table of a buffer, after checking the 4-byte file identifier when given.</summary>
    public static FlatTable Root(byte[] buf, string? identifier)
    {
        if (buf.Length < 8) throw new MalformedModelException($"file too short ({buf.Length} bytes)");
        if (identifier != null)
        {
            string id = System.Text.Encoding.ASCII.GetString(buf, 4, 4);
            if (id != identifier) throw new MalformedModelException($"file identifier is '{id}', expected '{identifier}'");
        }
        return new FlatTable(buf, checked((int)BinaryPrimitives.ReadUInt32LittleEndian(buf)));
    }

    /// <summary>Absolute position of field <paramref name="index"/>, or -1 when absent.</summary>
    private int Field(int index)
    {
        int slot = 4 + 2 * index;
        if (slot + 2 > _vtableSize) return -1;
        int off = BinaryPrimitives.ReadUInt16LittleEndian(_buf.AsSpan(_vtable + slot));
        return off == 0 ? -1 : _pos + off;
    }

    public bool Has(int index) => Field(index) >= 0;

    public sbyte Int8(int index, sbyte dflt = 0)
    {
        int p = Field(index);
        if (p < 0) return dflt;
        CheckRange(_buf, p, 1);
        return (sbyte)_buf[p];
    }

    public byte UInt8(int index, byte dflt = 0) => (byte)Int8(index, (sbyte)dflt);

    public bool Bool(int index, bool dflt = false) => Int8(index, dflt ? (sbyte)1 : (sbyte)0) != 0;

    public int Int32(int index, int dflt = 0)
    {
        int p = Field(index);
        if (p < 0) return dflt;
        CheckRange(_buf, p, 4);
        return BinaryPrimitives.ReadInt32LittleEndian(_buf.AsSpan(p));
    }

    public uint UInt32(int index, uint dflt = 0) => (uint)Int32(index, (int)dflt);

    private int Deref(int index)
    {
        int p = Field(index);
        if (p < 0) return -1;
        CheckRange(_buf, p, 4);
        long target = p + (long)BinaryPrimitives.ReadUInt32LittleEndian(_buf.AsSpan(p));
        if (target >= _buf.Length) throw new MalformedModelException($"offset out of range at byte {p}");
        return (int)target;
    }

    public FlatTable? Table(int index)
    {
        int t = Deref(index);
        return t < 0 ? null : new FlatTable(_buf, t);
    }

    public string? String(int index)
    {
        var (start, len) = Vector(index, 1);
        return start < 0 ? null : System.Text.Encoding.UTF8.GetString(_buf, start, len);
    }

    /// <summary>Start byte and element count of a vector field of elements of <paramref name="elemSize"/> bytes; (-1,0) when absent.</summary>
    public (int Start, int Count) Vector(int index, int elemSize)
    {
        int v = Deref(index);
        if (v < 0) return (-1, 0);
        CheckRange(_buf, v, 4);
        long count = BinaryPrimitives.ReadUInt32LittleEndian(_buf.AsSpan(v));
        if (v + 4 + count * elemSize > _buf.Length) throw new MalformedModelException($"vector at byte {v} ({count} elements) runs past the end of the file");
        return (v + 4, (int)count);
    }

    public ReadOnlyMemory<byte> Bytes(int index)
    {
        var (s, n) = Vector(index, 1);
        return s < 0 ? ReadOnlyMemory<byte>.Empty : new ReadOnlyMemory<byte>(_buf, s, n);
    }

    public int[] Int32s(int index)
    {
        var (s, n) = Vector(index, 4);
        var r = new int[n];
        for (int i = 0; i < n; i++) r[i] = BinaryPrimitives.ReadInt32LittleEndian(_buf.AsSpan(s + 4 * i));
        return r;
    }

    public int[] UInt16s(int index)
    {
        var (s, n) = Vector(index, 2);
        var r = new int[n];
        for (int i = 0; i < n; i++) r[i] = BinaryPrimitives.ReadUInt16LittleEndian(_buf.AsSpan(s + 2 * i));
        return r;
    }

    public int[] UInt8s(int index)
    {
        var (s, n) = Vector(index, 1);
        var r = new int[n];
        for (int i = 0; i < n; i++) r[i] = _buf[s + i];
        return r;
    }

    public float[] Floats(int index)
    {
        var (s, n) = Vector(index, 4);
        var r = new float[n];
        for (int i = 0; i < n; i++) r[i] = BinaryPrimitives.ReadSingleLittleEndian(_buf.AsSpan(s + 4 * i));
        return r;
    }

    public FlatTable[] Tables(int index)
    {
        var (s, n) = Vector(index, 4);
        var r = new FlatTable[n];
        for (int i = 0; i < n; i++)
        {
            int p = s + 4 * i;
            long t = p + (long)BinaryPrimitives.ReadUInt32LittleEndian(_buf.AsSpan(p));
            if (t >= _buf.Length) throw new MalformedModelException($"table offset out of range at byte {p}");
            r[i] = new FlatTable(_buf, (int)t);
        }
        return r;
    }

    private static void CheckRange(byte[] buf, long pos, int len)
    {
        if (pos < 0 || pos + len > buf.Length) throw new MalformedModelException($"read of {len} bytes at {pos} runs past the end of the file ({buf.Length} bytes)");
    }
}
