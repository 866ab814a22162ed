using System.Text.Json;
using System.Text.Json.Nodes;
using GaitCheck.TestSupport;
using Json.Schema;

namespace GaitCheck.Cli.Tests.Exports;

/// <summary>src/GaitCheck.Reporting/Json/result.schema.json describes the result.json files real analyses write (JsonSchema.Net, draft 2020-12).</summary>
public class ResultSchemaTests(ExportFixture f) : IClassFixture<ExportFixture>
{
    /// <summary>The schema, built once (JsonSchema.Net registers it by its $id, so a second build of it is refused).</summary>
    internal static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "GaitCheck.Reporting", "Json", "result.schema.json")));

    private static EvaluationResults Check(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Fact]
    public void Real_results_of_a_run_and_a_squat_are_valid()
    {
        foreach (string dir in new[] { f.Running, f.Squat })
        {
            var r = Check(File.ReadAllText(Path.Combine(dir, "result.json")));
            Assert.True(r.IsValid, dir + "\n" + Errors(r));
        }
    }

    [Fact]
    public void The_schema_rejects_a_missing_key_an_unknown_key_and_a_bad_value()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(f.Squat, "result.json")))!.AsObject();
        var noView = node.DeepClone().AsObject();
        noView.Remove("view");
        var extra = node.DeepClone().AsObject();
        extra["quality"]!.AsObject()["unexpected"] = 1;
        var badSide = node.DeepClone().AsObject();
        badSide["reps"]![0]!["stanceSide"] = "middle";
        foreach (var bad in new[] { noView, extra, badSide })
            Assert.False(Check(bad.ToJsonString()).IsValid);
    }
}
