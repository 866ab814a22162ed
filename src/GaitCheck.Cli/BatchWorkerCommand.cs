using System.CommandLine;
using GaitCheck.Pipeline.Batch;

namespace GaitCheck.Cli;

/// <summary>
/// The hidden `gaitcheck batch-worker JOB` verb: one input of a batch, in its own process (<see cref="WorkerProcess"/>).
/// Prints the input's summary row and its warnings on stdout for the batch; an error is the usual one line on stderr
/// and exit code.
/// </summary>
internal static class BatchWorkerCommand
{
    public static Command Create()
    {
        var job = new Argument<string>("job") { Description = "The job, as JSON (internal)" };
        var cmd = new Command(WorkerHost.Verb, "Internal: one input of a batch, run by `gaitcheck batch` in its own process") { Hidden = true };
        cmd.Arguments.Add(job);
        cmd.SetAction(parse =>
        {
            var r = BatchWorker.Run(WorkerJob.Parse(parse.GetValue(job)!), CliApp.Cancel);
            foreach (string line in BatchWorker.OutputLines(r)) parse.InvocationConfiguration.Output.WriteLine(line);
            return 0;
        });
        return cmd;
    }
}
