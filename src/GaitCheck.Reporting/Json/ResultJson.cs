using System.Text.Encodings.Web;
using System.Text.Json;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.Core.Json;

namespace GaitCheck.Reporting.Json;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as "gaitcheck-analysis/1" JSON through <see cref="ResultDocument"/>
/// (source-generated): properties in a fixed order, camelCase names, enums as camelCase strings, numbers rounded
/// half away from zero (6 decimals at most; metric values already carry their own precision), NaN as null,
/// "\n" line ends, invariant culture throughout. Same result, same bytes.
/// </summary>
public static class ResultJson
{
    private static readonly JsonWriterOptions Layout = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Save(AnalysisResult r, string path) => AtomicFile.Write(path, s => Write(r, s));

    public static byte[] ToBytes(AnalysisResult r) => JsonOutput.ToBytes(ResultDocument.From(r), ResultJsonContext.Default.ResultDocument, Layout);

    public static void Write(AnalysisResult r, Stream stream) => JsonOutput.Write(stream, ResultDocument.From(r), ResultJsonContext.Default.ResultDocument, Layout);
}
