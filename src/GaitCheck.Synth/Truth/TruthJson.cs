using System.Text.Json;
using GaitCheck.Core;
using GaitCheck.Core.Json;

namespace GaitCheck.Synth.Truth;

/// <summary>
/// Writes "&lt;name&gt;.truth.json" ("gaitcheck-synth-truth/1") through <see cref="TruthDocument"/> (source-generated):
/// the scenario, camera, true reps and gait events (frame index = nearest frame, and time), true metric values at
/// each event, their means, and per-frame metric series. Numbers rounded (angles 0.001°), invariant, keys in fixed
/// order: same scenario, same bytes.
/// </summary>
public static class TruthJson
{
    public static void Save(GroundTruth t, string path) => AtomicFile.Write(path, s => Write(t, s));

    public static void Write(GroundTruth t, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(t);
        using var scenario = JsonDocument.Parse(t.Scenario.ToJson());
        JsonOutput.Write(stream, TruthDocument.From(t, scenario.RootElement), TruthJsonContext.Default.TruthDocument, new JsonWriterOptions { Indented = true });
    }
}
