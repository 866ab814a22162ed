using System.Text;
using System.Text.Json.Nodes;

namespace GaitCheck.Core.Tests;

/// <summary>A keypoint file is validated field by field and a problem names the field (issue 9: exit 10, no .NET wording).</summary>
public class KeypointFileValidationTests
{
    private static JsonObject Valid()
    {
        var ms = new MemoryStream();
        var pts = Enumerable.Range(0, Skeleton.Count).Select(i => new Keypoint(10 + i, 20 + i, 0.9f, 0.9f)).ToArray();
        KeypointFile.Write(new PoseSequence
        {
            Video = new VideoInfo { Path = "a.mp4", Width = 640, Height = 480, Fps = 30, FrameCount = 2 },
            Frames = [new PoseFrame { Index = 0, Time = 0, Points = pts, PoseScore = 0.9f }, new PoseFrame { Index = 1, Time = 1 / 30.0, Points = pts, PoseScore = 0.9f }],
        }, ms);
        return JsonNode.Parse(ms.ToArray())!.AsObject();
    }

    private static string Problem(JsonObject doc)
    {
        var e = Assert.Throws<FormatException>(() => KeypointFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(doc.ToJsonString()))));
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dictionary", e.Message, StringComparison.Ordinal);
        return e.Message;
    }

    [Fact]
    public void The_valid_document_reads()
    {
        var doc = Valid();
        var seq = KeypointFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal(2, seq.Frames.Count);
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "video.fps=0", "video.fps must be > 0" },
        { "video.fps=-30", "video.fps must be > 0" },
        { "video.width=-640", "video.width must be > 0" },
        { "video.height=0", "video.height must be > 0" },
        { "video.rotation=45", "video.rotation must be 0, 90, 180 or 270" },
        { "frames.1.t=0", "frames[1].t 0 is not after the previous frame's time 0" },
        { "frames.1.i=0", "frames[1].i 0 is not after the previous frame's index 0" },
        { "frames.0.x.3=1e39", "frames[0].x[3] 1E+39 is out of range" },
        { "frames.0.x.3=1e400", "frames[0].x[3] 1e400 is not a finite number" },
        { "frames.0.vis.2=1.5", "frames[0].vis[2] must be between 0 and 1" },
        { "frames.0.status=\"flying\"", "frames[0].status must be detected, tracked, interpolated or lost" },
        { "frames.0.status=\"2\"", "frames[0].status must be detected, tracked, interpolated or lost" },
        { "frames.0.t=\"soon\"", "frames[0].t must be a number, got a string" },
        { "frames.0.t=-", "frames[0].t is missing" },
        { "video=-", "video is missing" },
        { "format=\"other/1\"", "format is 'other/1'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_field_is_named(string edit, string expected)
    {
        var doc = Valid();
        string[] kv = edit.Split('=', 2);
        string[] path = kv[0].Split('.');
        JsonNode parent = doc;
        for (int i = 0; i < path.Length - 1; i++) parent = int.TryParse(path[i], out int k) ? parent[k]! : parent[path[i]]!;
        string last = path[^1];
        if (kv[1] == "-") parent.AsObject().Remove(last);
        else if (int.TryParse(last, out int idx)) parent.AsArray()[idx] = JsonNode.Parse(kv[1]);
        else parent[last] = JsonNode.Parse(kv[1]);
        Assert.Contains(expected, Problem(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_json_names_the_position()
    {
        var e = Assert.Throws<FormatException>(() => KeypointFile.Read(new MemoryStream("{ \"format\": "u8.ToArray())));
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
    }
}
