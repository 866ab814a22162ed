using System.Text.Json;
using GaitCheck.Core.Json;

namespace GaitCheck.Core;

/// <summary>
/// Reads and writes the GaitCheck keypoint JSON ("gaitcheck-keypoints/1"): the hand-over format between
/// pose extraction and analysis. Arrays are per landmark in <see cref="Skeleton.Names"/> order; a gap is null.
/// Written through <see cref="KeypointDocument"/> (source-generated); output is deterministic: same sequence, same bytes.
/// </summary>
public static class KeypointFile
{
    public const string Format = "gaitcheck-keypoints/1";

    public static void Save(PoseSequence seq, string path) => AtomicFile.Write(path, s => Write(seq, s));

    public static void Write(PoseSequence seq, Stream stream)
    {
        JsonOutput.Write(stream, KeypointDocument.From(seq), KeypointJsonContext.Default.KeypointDocument, new JsonWriterOptions { Indented = false });
    }

    /// <summary>Reads and validates a keypoint file (<see cref="KeypointFileReader"/>): InputNotFound for a path that is not a readable regular file, BadKeypoints naming the bad field.</summary>
    public static PoseSequence Load(string path)
    {
        using var fs = InputFile.OpenRead(path, "keypoint file");
        try { return Read(fs); }
        catch (FormatException e) { throw new GaitCheckException(ExitCode.BadKeypoints, $"{path} is not a valid {Format} file: {e.Message}", e); }
        catch (IOException e) { throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read {path}: {IoError.Reason(e)}", e); }
    }

    /// <summary>Parses and validates a keypoint document; a <see cref="FormatException"/> names the field at fault.</summary>
    public static PoseSequence Read(Stream stream)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(stream); }
        catch (JsonException e) { throw new FormatException(JsonErrors.Describe(e), e); }
        using (doc) return KeypointFileReader.Read(doc.RootElement);
    }
}
