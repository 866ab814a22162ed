using System.Text.Json;
using System.Text.Json.Serialization;
using GaitCheck.Analysis.Metrics;

namespace GaitCheck.Analysis.Validation;

/// <summary>
/// The validation status table: for each metric, view and movement, the landmarks it is read from, the correction
/// applied (if any), whether it is validated or withheld, and its figures on the tuning and test grids. It is data,
/// in one place (the embedded <c>metric-validation.json</c>, written by <c>gaitcheck synth calibrate</c>), read by the
/// analysis (sources, corrections, withholding), the report and result.json (figures), and the README (its table is
/// checked against this file by a test). The rules that decide the status are <see cref="Judge"/>.
/// </summary>
public sealed record MetricValidationTable
{
    public const string FormatName = "gaitcheck-metric-validation/1";
    /// <summary>Truth magnitude from which a sign is checked.</summary>
    public const double SignThreshold = 3;
    /// <summary>Accepted gain (slope of measured on truth).</summary>
    public const double MinGain = 0.6, MaxGain = 1.4;
    /// <summary>Share of the noise band the truth's standard deviation must reach for a gain to be estimable and judged.</summary>
    public const double MinTruthSdForGainOfNoiseBand = 0.5;
    /// <summary>Frame rate at which a frame-quantised metric's band is judged (2 frame intervals at 60 fps = 33 ms for contact time).</summary>
    public const double JudgedFps = 60;
    /// <summary>Model names of BlazePose output begin with this; other sources (ground truth, markers) are not subject to the table.</summary>
    public const string PoseModelPrefix = "pose_landmark";

    public string Format { get; init; } = FormatName;
    /// <summary>The pose pipeline the figures and corrections belong to: the keypoint file's model name.</summary>
    public string Pipeline { get; init; } = "";
    /// <summary>How and when the table was measured (command and date).</summary>
    public string Measured { get; init; } = "";
    public IReadOnlyList<MetricValidationEntry> Entries { get; init; } = [];

    /// <summary>camelCase, enums as camelCase strings, nulls left out. Declared before <see cref="Current"/>: static fields initialise in order.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static MetricValidationTable Empty { get; } = new();

    /// <summary>The table shipped with this build (embedded resource), loaded on first use.</summary>
    public static MetricValidationTable Current => Shipped.Value;

    private static readonly Lazy<MetricValidationTable> Shipped = new(LoadEmbedded);

    public MetricValidationEntry? Find(string metric, CameraView view, MovementKind movement)
    {
        string? v = ValidationKeys.View(view), m = ValidationKeys.Movement(movement);
        return v is null || m is null ? null : Entries.FirstOrDefault(e => e.Metric == metric && e.View == v && e.Movement == m);
    }

    /// <summary>True when <paramref name="model"/> is BlazePose output, so withholding applies.</summary>
    public static bool AppliesTo(string model) => model.StartsWith(PoseModelPrefix, StringComparison.Ordinal);

    /// <summary>True when the corrections were fitted for exactly this pose pipeline.</summary>
    public bool CorrectionsApplyTo(string model) => Pipeline.Length > 0 && model == Pipeline;

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static MetricValidationTable FromJson(string json)
    {
        var t = JsonSerializer.Deserialize<MetricValidationTable>(json, Json) ?? throw new FormatException("empty validation table");
        if (t.Format != FormatName) throw new FormatException($"validation table format '{t.Format}' is not {FormatName}");
        return t;
    }

    /// <summary>Truth standard deviation (in the metric's unit) below which a gain is not estimable and not judged: half its noise band.</summary>
    public static double MinTruthSdForGain(MetricDefinition def) => MinTruthSdForGainOfNoiseBand * (def ?? throw new ArgumentNullException(nameof(def))).NoiseBand;

    /// <summary>The MAE a metric may have on the test grid: its <see cref="MetricDefinition.ValidationMaeLimit"/>, else its noise band (at <see cref="JudgedFps"/> for frame-quantised ones).</summary>
    public static double MaeLimit(MetricDefinition def)
    {
        ArgumentNullException.ThrowIfNull(def);
        return def.ValidationMaeLimit ?? (def.NoiseIsFrameQuantised ? Math.Max(def.NoiseBand, Math.Round(2000 / JudgedFps)) : def.NoiseBand);
    }

    /// <summary>
    /// The validation rules (the issue's): a signed metric fails with any wrong sign where |truth| ≥ <see cref="SignThreshold"/>;
    /// any metric fails with a gain outside [<see cref="MinGain"/>, <see cref="MaxGain"/>] (judged only where the truth's
    /// SD reaches <see cref="MinTruthSdForGain"/>), or with an MAE above <see cref="MaeLimit"/>. Returns the status and, when it fails, why.
    /// </summary>
    public static (ValidationStatus Status, string Reason) Judge(ValidationFigures f, MetricDefinition def)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(def);
        if (f.N == 0) return (ValidationStatus.NotValidated, "no value measured on the test grid");
        var why = new List<string>();
        if (def.Signed && f.SignChecked > f.SignRight)
            why.Add($"wrong sign in {f.SignChecked - f.SignRight} of {f.SignChecked} values with the truth beyond ±{SignThreshold:0}");
        if (f.Gain is double g && (g < MinGain || g > MaxGain))
            why.Add($"gain {g:0.00} outside {MinGain:0.0}-{MaxGain:0.0}");
        double limit = MaeLimit(def);
        if (f.Mae > limit)
            why.Add($"MAE {f.Mae:0.0} {def.Unit} above {(def.ValidationMaeLimit is null ? "the noise band" : "the limit")} {limit:0.#} {def.Unit}");
        return why.Count == 0 ? (ValidationStatus.Validated, "") : (ValidationStatus.Withheld, string.Join("; ", why));
    }

    private static MetricValidationTable LoadEmbedded()
    {
        using var s = typeof(MetricValidationTable).Assembly.GetManifestResourceStream("GaitCheck.Analysis.metric-validation.json");
        if (s is null) return Empty;
        using var r = new StreamReader(s);
        return FromJson(r.ReadToEnd());
    }
}
