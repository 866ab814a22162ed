using System.Buffers.Binary;
using System.Text;

namespace GaitCheck.ModelImport.Tests;

/// <summary>A table to serialise: field index -> scalar (int, sbyte, bool, uint) or child (table, vector, string).</summary>
internal sealed class FbTable
{
    public SortedDictionary<int, object> Fields { get; } = [];
    public FbTable Set(int field, object value) { Fields[field] = value; return this; }
}

/// <summary>
/// A tiny forward-writing FlatBuffers serialiser for constructing test .tflite files: every scalar gets
/// a 4-byte slot; children are written after their parent and referenced by forward uoffsets;
/// vtables precede their tables (positive soffset). Enough for the importer's reader, not a general builder.
/// </summary>
internal static class TinyFlatBuffer
{
    public static byte[] Build(FbTable root, string identifier)
    {
        var buf = new List<byte>(new byte[8]);
        for (int i = 0; i < 4; i++) buf[4 + i] = (byte)identifier[i];
        int rootPos = WriteTable(buf, root);
        Patch(buf, 0, rootPos);
        return [.. buf];
    }

    private static void Align(List<byte> b) { while (b.Count % 4 != 0) b.Add(0); }

    private static void Patch(List<byte> b, int at, int value)
    {
        Span<byte> s = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(s, value);
        for (int i = 0; i < 4; i++) b[at + i] = s[i];
    }

    private static void Add32(List<byte> b, int v) { b.Add(0); b.Add(0); b.Add(0); b.Add(0); Patch(b, b.Count - 4, v); }

    private static int WriteTable(List<byte> b, FbTable t)
    {
        Align(b);
        int maxField = t.Fields.Count == 0 ? -1 : t.Fields.Keys.Max();
        int vtPos = b.Count;
        int vtSize = 4 + 2 * (maxField + 1);
        int tableSize = 4 + 4 * t.Fields.Count;
        var vt = new byte[vtSize + (vtSize % 4 == 0 ? 0 : 2)];
        BinaryPrimitives.WriteUInt16LittleEndian(vt, (ushort)vtSize);
        BinaryPrimitives.WriteUInt16LittleEndian(vt.AsSpan(2), (ushort)tableSize);
        int slot = 4;
        foreach (var f in t.Fields.Keys) { BinaryPrimitives.WriteUInt16LittleEndian(vt.AsSpan(4 + 2 * f), (ushort)slot); slot += 4; }
        b.AddRange(vt);
        int tPos = b.Count;
        Add32(b, tPos - vtPos);
        var children = new List<(int Slot, object Value)>();
        foreach (var (_, v) in t.Fields)
        {
            switch (v)
            {
                case int i: Add32(b, i); break;
                case uint u: Add32(b, (int)u); break;
                case sbyte s: Add32(b, s & 0xff); break;
                case byte y: Add32(b, y); break;
                case bool z: Add32(b, z ? 1 : 0); break;
                default: children.Add((b.Count, v)); Add32(b, 0); break;
            }
        }
        foreach (var (s, v) in children) Patch(b, s, WriteChild(b, v) - s);
        return tPos;
    }

    private static int WriteChild(List<byte> b, object v)
    {
        Align(b);
        int pos = b.Count;
        switch (v)
        {
            case FbTable t: return WriteTable(b, t);
            case string s:
                var bytes = Encoding.UTF8.GetBytes(s);
                Add32(b, bytes.Length); b.AddRange(bytes); b.Add(0);
                return pos;
            case byte[] data: Add32(b, data.Length); b.AddRange(data); return pos;
            case int[] ints: Add32(b, ints.Length); foreach (int i in ints) Add32(b, i); return pos;
            case FbTable[] tables:
                Add32(b, tables.Length);
                int first = b.Count;
                foreach (var _ in tables) Add32(b, 0);
                for (int i = 0; i < tables.Length; i++) { int at = first + 4 * i; Patch(b, at, WriteTable(b, tables[i]) - at); }
                return pos;
            default: throw new ArgumentException("unsupported value " + v.GetType());
        }
    }
}
