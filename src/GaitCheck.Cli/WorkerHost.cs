using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Cli;

/// <summary>
/// How this executable starts itself as a batch worker: the apphost or tool shim (`gaitcheck ...`) when that is what
/// runs, else the .NET host on gaitcheck.dll (`dotnet gaitcheck.dll ...`, also how tests run it: their host is
/// `dotnet`; DOTNET_HOST_PATH, set by the SDK, names it when this process is not the host itself).
/// </summary>
internal static class WorkerHost
{
    public const string Verb = "batch-worker";

    public static WorkerLaunch Launch(TimeSpan timeout, long? memoryLimitMb, IReadOnlyDictionary<string, WorkerFault>? faults)
    {
        string dll = typeof(WorkerHost).Assembly.Location;
        string? process = Environment.ProcessPath;
        string name = Path.GetFileNameWithoutExtension(process ?? "");
        if (process != null && name == "dotnet") return new WorkerLaunch(process, [dll, Verb], timeout, memoryLimitMb, faults);
        if (process != null && name == "gaitcheck") return new WorkerLaunch(process, [Verb], timeout, memoryLimitMb, faults);
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        return new WorkerLaunch(host, [dll, Verb], timeout, memoryLimitMb, faults);
    }
}
