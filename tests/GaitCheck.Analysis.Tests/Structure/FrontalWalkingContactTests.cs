using GaitCheck.Analysis;
using GaitCheck.Core;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>
/// Initial contact in frontal treadmill walking, where the landing foot slows gently to the belt: its strongest
/// vertical kink (the deceleration of terminal swing) comes about 0.2 s before contact, so the contact must be
/// taken within one double support (≤ 20% of the stride) before the other foot's toe-off (GaitEventDetector.Frontal.cs).
/// </summary>
public sealed class FrontalWalkingContactTests(ITestOutputHelper output)
{
    private const int Stride = 32, Stance = 20, Frames = 150, FirstLeftIc = 6;   // 30 fps: cadence 112.5, duty 0.625, double support 4 frames
    private const double PxPerM = 174, DepthPxPerM = 41, Ground = 420, HalfExcursion = 0.3, Lift = 0.12, HeelRise = 0.08, Lowered = 0.65;

    /// <summary>
    /// Heel and toe height (m) and depth (m, + = towards the camera) of one foot at cycle frame k (0 = contact).
    /// Stance: on the belt, sliding back at constant speed; the heel rises linearly over the last 4 stance frames
    /// (pre-swing, from the other foot's contact). Swing (u in [0,1]): height H·27/4·v(1−v)², v = min(1, u/0.65),
    /// leaves the ground sharply and is lowered to the belt by 65% of swing (terminal swing skims the belt); depth
    /// −a·cos(πu) arrives with zero velocity. So the landing foot's sharpest kink is ~4 frames before contact.
    /// </summary>
    private static (double Heel, double Toe, double Depth) Foot(int k)
    {
        if (k <= Stance)
        {
            double rise = k > Stance - 4 ? HeelRise * (k - (Stance - 4)) / 4.0 : 0;
            return (rise, 0, HalfExcursion - 2 * HalfExcursion * k / Stance);
        }
        double u = (double)(k - Stance) / (Stride - Stance);
        double v = Math.Min(1, u / Lowered), h = Lift * 27 / 4 * v * (1 - v) * (1 - v);
        return (h + HeelRise * (1 - v) * (1 - v), h, -HalfExcursion * Math.Cos(Math.PI * u));
    }

    private static int CycleFrame(int i, Side s)
    {
        int offset = FirstLeftIc + (s == Side.Right ? Stride / 2 : 0);
        return ((i - offset) % Stride + Stride) % Stride;
    }

    private static PoseSequence Walk()
    {
        var frames = new List<PoseFrame>(Frames);
        for (int i = 0; i < Frames; i++)
        {
            var pts = Enumerable.Repeat(new Keypoint(480, 200, 0.99f, 0.99f), Skeleton.Count).ToArray();
            foreach (var s in new[] { Side.Left, Side.Right })
            {
                double x = s == Side.Left ? 520 : 440;   // facing the camera: the subject's left on the image right
                var (heel, toe, depth) = Foot(CycleFrame(i, s));
                double yHeel = Ground + DepthPxPerM * depth - PxPerM * heel;
                double yToe = Ground + DepthPxPerM * (depth + 0.2) - PxPerM * toe;
                double yAnkle = yHeel - 0.08 * PxPerM;
                void Set(Landmark l, double px, double py) => pts[(int)Skeleton.Of(s, l)] = new Keypoint((float)px, (float)py, 0.99f, 0.99f);
                Set(Landmark.LeftHeel, x, yHeel);
                Set(Landmark.LeftFootIndex, x, yToe);
                Set(Landmark.LeftAnkle, x, yAnkle);
                Set(Landmark.LeftKnee, x, (yAnkle + 250) / 2);
                Set(Landmark.LeftHip, x, 250);
                Set(Landmark.LeftShoulder, s == Side.Left ? 540 : 420, 120);
            }
            frames.Add(new PoseFrame { Index = i, Time = i / 30.0, Points = pts, PoseScore = 0.99f, Status = FrameStatus.Tracked });
        }
        return new PoseSequence
        {
            Video = new VideoInfo { Path = "synthetic", Width = 960, Height = 540, Fps = 30, FrameCount = Frames, DurationSeconds = Frames / 30.0 },
            Frames = frames,
            Model = "synthetic",
        };
    }

    [Fact]
    public void Contacts_are_found_at_the_start_of_double_support_not_in_terminal_swing()
    {
        var seq = Walk();
        var events = GaitEventDetector.Detect(seq, CameraView.Frontal);
        foreach (var e in events.Where(e => e.Kind != GaitEventKind.Midstance)) output.WriteLine($"got {e.Side} {e.Kind} {e.Frame}");
        foreach (var s in new[] { Side.Left, Side.Right })
        {
            var ics = events.Where(e => e.Side == s && e.Kind == GaitEventKind.InitialContact).Select(e => e.Frame).ToList();
            var tos = events.Where(e => e.Side == s && e.Kind == GaitEventKind.ToeOff).Select(e => e.Frame).ToList();
            int offset = FirstLeftIc + (s == Side.Right ? Stride / 2 : 0);
            for (int ic = offset; ic < Frames - 3; ic += Stride)
                Assert.True(ics.Count(f => Math.Abs(f - ic) <= 1) == 1, $"{s} contact at {ic}: got [{string.Join(",", ics)}]");
            for (int to = offset + Stance - Stride; to < Frames - 3; to += Stride)
                if (to >= 3) Assert.True(tos.Count(f => Math.Abs(f - to) <= 1) == 1, $"{s} toe-off at {to}: got [{string.Join(",", tos)}]");
            foreach (int f in ics) Assert.True(CycleFrame(f, s) is <= 1 or >= Stride - 1, $"{s} contact at {f} is {CycleFrame(f, s)} frames into the cycle");
        }
    }
}
