using GaitCheck.Core;

namespace GaitCheck.Core.Tests;

public class KeypointFileTests
{
    private static PoseSequence Sample()
    {
        var pts = Enumerable.Range(0, Skeleton.Count).Select(i => new Keypoint(i * 1.5f, i * 2.25f, 0.9f, 0.95f)).ToArray();
        pts[3] = Keypoint.Missing;
        return new PoseSequence
        {
            Video = new VideoInfo { Path = "a.mp4", Width = 720, Height = 1280, Fps = 30, FrameCount = 1 },
            Frames = [new PoseFrame { Index = 0, Time = 0.0333, Points = pts, PoseScore = 0.99f, Status = FrameStatus.Detected }],
            Model = "pose_landmark_full",
        };
    }

    [Fact]
    public void RoundTripKeepsValuesAndGaps()
    {
        var ms = new MemoryStream();
        KeypointFile.Write(Sample(), ms);
        ms.Position = 0;
        var back = KeypointFile.Read(ms);
        Assert.Single(back.Frames);
        Assert.True(back.Frames[0].Points[3].IsMissing);
        Assert.Equal(15f, back.Frames[0].Points[10].X, 3);
        Assert.Equal(FrameStatus.Detected, back.Frames[0].Status);
        Assert.Equal(720, back.Video.Width);
    }

    [Fact]
    public void WritingIsDeterministic()
    {
        var a = new MemoryStream(); var b = new MemoryStream();
        KeypointFile.Write(Sample(), a); KeypointFile.Write(Sample(), b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void PartnersAreMirrors()
    {
        Assert.Equal(Landmark.RightKnee, Skeleton.Partner(Landmark.LeftKnee));
        Assert.Equal(Landmark.Nose, Skeleton.Partner(Landmark.Nose));
        Assert.Equal(Landmark.LeftFootIndex, Skeleton.Of(Side.Left, Landmark.RightFootIndex));
        for (int i = 0; i < Skeleton.Count; i++) Assert.Equal((Landmark)i, Skeleton.Partner(Skeleton.Partner((Landmark)i)));
    }

    [Fact]
    public void AtomicWriteLeavesNoPartialOnFailure()
    {
        string dir = Path.Combine(Path.GetTempPath(), "gc-atomic-" + Guid.NewGuid().ToString("N"));
        string target = Path.Combine(dir, "x.json");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, s => { s.WriteByte(1); throw new InvalidOperationException("boom"); }));
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(dir));
    }
}
