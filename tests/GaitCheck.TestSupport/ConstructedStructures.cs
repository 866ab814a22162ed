using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.TestSupport;

/// <summary>Constructed clips with their structure given by hand (so the metrics are tested independently of structure detection).</summary>
public static class ConstructedStructures
{
    public const int RepFrames = 30;

    /// <summary>
    /// Reps of <paramref name="repsPerSide"/> per side: left reps reach <paramref name="left"/> at their bottom, right reps
    /// reach <paramref name="right"/>, with a small per-rep variation (rep i scaled by 1 + 0.05·(i − 1)).
    /// </summary>
    public static (ClipStructure Structure, List<(Side Side, SquatPose Truth)> Truth) Squat(
        CameraView view, SquatPose? left, SquatPose? right, int repsPerSide = 3, CameraView? reportedView = null)
    {
        var frames = new List<Keypoint[]>();
        var reps = new List<SquatRep>();
        var truth = new List<(Side, SquatPose)>();
        int number = 1;
        foreach (var (side, pose) in new[] { (Side.Left, left), (Side.Right, right) })
        {
            if (pose is null) continue;
            for (int r = 0; r < repsPerSide; r++)
            {
                var bottomPose = pose.Scale(1 + 0.05 * r);
                int start = frames.Count;
                for (int i = 0; i < RepFrames; i++)
                {
                    double k = Math.Pow(Math.Sin(Math.PI * i / RepFrames), 2);
                    frames.Add(ConstructedClips.SquatFrame(bottomPose.Scale(k), side, view));
                }
                int bottom = start + RepFrames / 2;
                reps.Add(new SquatRep(number++, side, start, bottom, start + RepFrames - 1, start / 30.0, bottom / 30.0, (start + RepFrames - 1) / 30.0, 0.2));
                truth.Add((side, bottomPose));
            }
        }
        var seq = ConstructedClips.Sequence(frames);
        var structure = new ClipStructure
        {
            View = new ViewEstimate(reportedView ?? view, 0.95, "constructed"),
            Movement = MovementKind.SingleLegSquat, MovementConfidence = 1,
            StanceSide = left is not null ? Side.Left : Side.Right,
            Reps = reps, Events = [], Strides = [], Sequence = seq, SwapsRepaired = 0,
        };
        return (structure, truth);
    }

    /// <summary>
    /// A sagittal run: 4 strides per side at 30 fps, stride 24 frames, contact 8 frames. Left contacts at 0, 24, 48...,
    /// right at 12, 36, ... Knee flexion at contact = <paramref name="flexContact"/>, rising linearly to
    /// <paramref name="flexPeak"/> at midstance (contact + 4). The contacting thigh is <paramref name="thighAtContact"/>° forward.
    /// </summary>
    public static ClipStructure Run(CameraView view, double flexContact, double flexPeak, double thighAtContact, double trunkLean, double oscPx)
    {
        const int stride = 24, contact = 8, strides = 4;
        int n = stride * (strides + 1) + 1;
        var frames = new List<Keypoint[]>();
        for (int i = 0; i < n; i++)
        {
            var thigh = new double[2];
            var flex = new double[2];
            for (int k = 0; k < 2; k++)
            {
                int phase = ((i - k * stride / 2) % stride + stride) % stride;
                if (phase <= contact)
                {
                    double half = contact / 2.0;
                    flex[k] = phase <= half ? flexContact + (flexPeak - flexContact) * phase / half : flexPeak - (flexPeak - 10) * (phase - half) / half;
                    thigh[k] = thighAtContact - 2 * thighAtContact * phase / contact;
                }
                else
                {
                    flex[k] = 60;
                    thigh[k] = -thighAtContact + 2 * thighAtContact * (phase - contact) / (stride - contact);
                }
            }
            // Mid-hip lowest at each midstance (every 12 frames, offset 4), highest in flight.
            double y = ConstructedClips.HipY + oscPx / 2 * Math.Cos(2 * Math.PI * (i - 4) / (stride / 2.0));
            frames.Add(ConstructedClips.RunFrame(new RunPose(y, trunkLean, thigh, flex), view));
        }
        var seq = ConstructedClips.Sequence(frames);
        var list = new List<Stride>();
        var events = new List<GaitEvent>();
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            int off = side == Side.Left ? 0 : stride / 2;
            for (int s = 0; s < strides; s++)
            {
                int c = off + s * stride;
                list.Add(new Stride(side, s + 1, c, c + contact / 2, c + contact, c + stride, stride / 30.0, contact / 30.0));
                events.Add(new GaitEvent(side, GaitEventKind.InitialContact, c, c / 30.0));
                events.Add(new GaitEvent(side, GaitEventKind.Midstance, c + contact / 2, (c + contact / 2) / 30.0));
                events.Add(new GaitEvent(side, GaitEventKind.ToeOff, c + contact, (c + contact) / 30.0));
            }
        }
        return new ClipStructure
        {
            View = new ViewEstimate(view, 0.9, "constructed"), Movement = MovementKind.Running, MovementConfidence = 1,
            Reps = [], Events = events, Strides = list, CadenceStepsPerMinute = 150, Sequence = seq,
        };
    }
}
