using GaitCheck.Synth.Scenarios;
using GaitCheck.TestSupport;
using GaitCheck.Video;
using OpenCvSharp;

namespace GaitCheck.Synth.Tests;

public class SynthRunnerTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Writes_a_playable_video_with_one_frame_per_truth_frame_and_no_partial_files(bool ffmpeg)
    {
        if (ffmpeg) Assert.NotNull(FrameEncoder.FfmpegPath());   // scripts/setup.sh installs it; a missing ffmpeg must fail loudly here
        string dir = Path.Combine(RepoPaths.Actual("synth"), ffmpeg ? "run-ffmpeg" : "run-opencv");
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        var sc = ScenarioPresets.Run("tiny", CameraPlacement.Posterior) with
        {
            Render = new RenderSpec { Width = 96, Height = 64, Fps = 30 },
            Gait = new GaitSpec { Seconds = 0.5 },
        };
        var r = SynthRunner.Run(sc, dir, preferFfmpeg: ffmpeg);
        Assert.Equal(15, r.Frames);
        Assert.Contains(ffmpeg ? "h264" : "mp4v", r.Codec, StringComparison.Ordinal);
        using (var cap = new VideoCapture(r.VideoPath))
        {
            Assert.True(cap.IsOpened());
            using var m = new Mat();
            int n = 0;
            while (cap.Read(m) && !m.Empty()) { n++; Assert.Equal(96, m.Width); }
            Assert.Equal(r.Frames, n);
        }
        foreach (var f in new[] { r.TruthPath, r.KeypointsPath, r.ScenarioPath }) Assert.True(new FileInfo(f).Length > 100, f);
        Assert.Empty(Directory.GetFiles(dir, "*partial*"));
        Assert.Equal(sc.ToJson(), Scenario.FromJson(File.ReadAllText(r.ScenarioPath)).ToJson());
    }
}
