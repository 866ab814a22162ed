using System.Security.Cryptography;
using System.Text;
using GaitCheck.Core;

namespace GaitCheck.Pipeline.Batch;

/// <summary>
/// One shard of a batch: shard <see cref="Index"/> (1 to <see cref="Count"/>) takes the inputs whose position in the
/// batch's input list (0-based, after expansion: folders sorted ordinally, lists and manifests in their order) modulo
/// <see cref="Count"/> is <see cref="Index"/> - 1. Round-robin by position, not a hash of the path: shards differ in
/// size by at most one input, and `gaitcheck merge` can put the rows back in the unsharded order without any extra
/// column. Every shard must therefore see the same inputs (the same arguments); <see cref="InputsHash"/> lets merge check it.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Environment variables read by <see cref="FromEnvironment"/>.</summary>
    public const string SlurmId = "SLURM_ARRAY_TASK_ID", SlurmMin = "SLURM_ARRAY_TASK_MIN", SlurmCount = "SLURM_ARRAY_TASK_COUNT",
        KubernetesIndex = "JOB_COMPLETION_INDEX", CountVariable = "GAITCHECK_SHARD_COUNT";

    public string SummaryFile => $"batch-summary.shard-{Inv.I(Index)}-of-{Inv.I(Count)}.csv";

    public string StateFile => $"batch-shard-{Inv.I(Index)}-of-{Inv.I(Count)}.json";

    /// <summary>The positions (0-based, ascending) of this shard's inputs among <paramref name="total"/>.</summary>
    public IEnumerable<int> Positions(int total)
    {
        for (int i = Index - 1; i < total; i += Count) yield return i;
    }

    /// <summary>"K/N" (1 &lt;= K &lt;= N), or "auto" for <see cref="FromEnvironment"/>; a usage error otherwise.</summary>
    public static ShardSpec Parse(string text, int? count = null, Func<string, string?>? env = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase)) return FromEnvironment(count, env);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            return Checked(k, n, "--shard");
        throw new GaitCheckException(ExitCode.Usage, $"--shard must be K/N (shard K of N, from 1) or auto, got '{text}'");
    }

    /// <summary>
    /// The shard a scheduler gives this process: a Slurm array task (K = SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN + 1,
    /// N = SLURM_ARRAY_TASK_COUNT, so --array=0-2 and --array=1-3 both work; an array with gaps such as 1,5,9 is refused
    /// by the check K &lt;= N) or a Kubernetes indexed Job (K = JOB_COMPLETION_INDEX + 1, N = <paramref name="count"/>
    /// from --shard-count, else GAITCHECK_SHARD_COUNT, the Job's completions).
    /// </summary>
    public static ShardSpec FromEnvironment(int? count = null, Func<string, string?>? env = null)
    {
        env ??= Environment.GetEnvironmentVariable;
        if (env(SlurmId) is { Length: > 0 } id)
        {
            int k = Number(SlurmId, id) - (env(SlurmMin) is { Length: > 0 } min ? Number(SlurmMin, min) : 0) + 1;
            int n = count ?? (env(SlurmCount) is { Length: > 0 } c ? Number(SlurmCount, c) : throw new GaitCheckException(ExitCode.Usage, $"--shard auto: {SlurmId} is set but {SlurmCount} is not"));
            return Checked(k, n, "--shard auto (Slurm array)");
        }
        if (env(KubernetesIndex) is { Length: > 0 } idx)
        {
            int n = count ?? (env(CountVariable) is { Length: > 0 } c ? Number(CountVariable, c)
                : throw new GaitCheckException(ExitCode.Usage, $"--shard auto: {KubernetesIndex} is set; give the number of shards with --shard-count or {CountVariable}"));
            return Checked(Number(KubernetesIndex, idx) + 1, n, "--shard auto (Kubernetes indexed Job)");
        }
        throw new GaitCheckException(ExitCode.Usage, $"--shard auto: neither {SlurmId} (a Slurm array task) nor {KubernetesIndex} (a Kubernetes indexed Job) is set");
    }

    /// <summary>SHA-256 of the batch's full input list (one path per line), the same for every shard of one batch.</summary>
    public static string InputsHash(IEnumerable<BatchInput> inputs) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", inputs.Select(i => i.Path)))));

    private static ShardSpec Checked(int k, int n, string what)
    {
        if (n < 1 || n > MaxShards) throw new GaitCheckException(ExitCode.Usage, $"{what}: the number of shards must be from 1 to {Inv.I(MaxShards)}, got {Inv.I(n)}");
        if (k < 1 || k > n) throw new GaitCheckException(ExitCode.Usage, $"{what}: shard must be from 1 to {Inv.I(n)}, got {Inv.I(k)}");
        return new ShardSpec(k, n);
    }

    /// <summary>At most this many shards (a bound against typos; a larger array is not a batch of clips).</summary>
    public const int MaxShards = 100_000;

    private static int Number(string name, string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v)
            ? v : throw new GaitCheckException(ExitCode.Usage, $"{name} must be a whole number, got '{value}'");
}
