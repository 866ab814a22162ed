using System.Text.Json.Serialization;
using GaitCheck.Analysis.Findings;
using GaitCheck.Analysis.Results;
using GaitCheck.Core.Json;
using GaitCheck.Reporting.Text;

namespace GaitCheck.Reporting.Json;

public sealed record ResultFindingJson(
    string Metric,
    string MetricName,
    string? Side,
    [property: JsonConverter(typeof(HalfAwayRound3Converter))] double Value,
    string Unit,
    int N,
    string Level,
    bool BeyondNoise,
    IReadOnlyList<string> Drivers,
    string Evidence,
    string Statement,
    string Citation)
{
    public static ResultFindingJson From(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.MetricId, f.MetricName, EnumNames.Lower(f.Side), f.Value, f.Unit, f.N, EnumNames.Camel(f.Level), f.BeyondNoise,
            f.Drivers.Select(EnumNames.Camel).ToList(), EnumNames.Camel(f.Evidence), FindingWords.Statement(f), f.Citation);
    }
}

public sealed record ResultDriverJson(string Driver, string Name, string Status, string Evidence, IReadOnlyList<string> Metrics, string Statement)
{
    public static ResultDriverJson From(DriverAssessment d, AnalysisResult r)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(EnumNames.Camel(d.Driver), FindingWords.DriverName(d.Driver), EnumNames.Camel(d.Status), EnumNames.Camel(d.Evidence), d.Metrics,
            FindingWords.DriverStatement(d, r));
    }
}

public sealed record ResultNotAssessedJson(string Factor, string Why, string ClinicianCheck);
