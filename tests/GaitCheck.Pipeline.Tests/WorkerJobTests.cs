using GaitCheck.Analysis;
using GaitCheck.Pipeline.Analyze;
using GaitCheck.Pipeline.Batch;
using GaitCheck.Pose;

namespace GaitCheck.Pipeline.Tests;

/// <summary>A worker gets exactly the settings and options the batch has for its input.</summary>
public class WorkerJobTests
{
    [Fact]
    public void A_job_reads_back_equal()
    {
        var settings = new AnalyzeSettings
        {
            Model = PoseModelKind.Heavy, Start = 0.1, End = 2.25, Person = (10.5f, 20.25f), View = CameraView.RightSagittal,
            Movement = MovementKind.DoubleLegSquat, Overlay = false, KeyFrames = true, ModelsDirectory = "/m, \"x\"", Filter = "online", Threads = 1, CaptureFps = 239.76,
        };
        var options = new InputOptions("running", "posterior", "left", 120, "green", "S01, \"a\"", "pré");
        var job = new WorkerJob(new BatchInput("/in/a b.mp4", "a_b", options), "/out/a_b", settings, WorkerFault.Hang);
        var back = WorkerJob.Parse(job.ToJson());
        Assert.Equal(job.Input, back.Input);
        Assert.Equal(job.OutDir, back.OutDir);
        Assert.Equal(job.Fault, back.Fault);
        Assert.Equal(settings, back.Settings);
        Assert.Equal(new AnalyzeSettings(), WorkerJob.Parse(new WorkerJob(new BatchInput("/a.mp4", "a"), "/o", new AnalyzeSettings()).ToJson()).Settings);
    }

    [Fact]
    public void Manifest_options_override_the_batch_settings()
    {
        var batch = new AnalyzeSettings { Movement = MovementKind.Walking, View = CameraView.Frontal, CaptureFps = 60 };
        var s = new InputOptions(Movement: "running", CaptureFps: 240).Apply(batch);
        Assert.Equal((MovementKind.Running, CameraView.Frontal, 240.0), (s.Movement, s.View, s.CaptureFps));
        Assert.Equal(batch, new InputOptions(Movement: "auto").Apply(batch));
    }
}
