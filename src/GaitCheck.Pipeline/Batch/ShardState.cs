using System.Text;
using System.Text.Json;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.Batch;

/// <summary>
/// A finished shard's record beside its summary (batch-shard-K-of-N.json): which shard, how many inputs the whole batch
/// has, the hash of their list, and how many rows its summary holds. Written only when every input of the shard has a
/// row, and removed when a shard starts, so an interrupted shard has none and `merge` refuses to merge it.
/// </summary>
public sealed record ShardState(int Shard, int Shards, int Inputs, string InputsSha256, int Rows)
{
    public void Save(string dir) => AtomicFile.WriteAllText(Path.Combine(dir, new ShardSpec(Shard, Shards).StateFile), ToJson());

    public string ToJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", "gaitcheck-batch-shard/1");
            w.WriteNumber("shard", Shard);
            w.WriteNumber("shards", Shards);
            w.WriteNumber("inputs", Inputs);
            w.WriteString("inputs_sha256", InputsSha256);
            w.WriteNumber("rows", Rows);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    /// <summary>Reads a state file; a usage error naming it when it is not one.</summary>
    public static ShardState Load(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(InputFile.ReadAllText(path, "shard state"));
            var r = doc.RootElement;
            if (r.GetProperty("format").GetString() != "gaitcheck-batch-shard/1") throw new FormatException("unknown format");
            return new ShardState(r.GetProperty("shard").GetInt32(), r.GetProperty("shards").GetInt32(), r.GetProperty("inputs").GetInt32(),
                r.GetProperty("inputs_sha256").GetString() ?? "", r.GetProperty("rows").GetInt32());
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new GaitCheckException(ExitCode.Usage, $"{path} is not a GaitCheck shard record", e);
        }
    }
}
