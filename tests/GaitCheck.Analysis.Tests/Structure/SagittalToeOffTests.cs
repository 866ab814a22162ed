using GaitCheck.Analysis;
using GaitCheck.Core;
using GaitCheck.TestSupport;
using Xunit.Abstractions;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>
/// Sagittal toe-off (GaitEventDetector.Ground.cs) when the toe landmark behaves as a pose model's forefoot point does
/// on the real treadmill clip (TreadmillManualToeOff.md): it creeps up through stance, lifts with the heel from heel-off
/// 0.1 s before the tip leaves the belt, keeps moving back after toe-off (so Zeni's toe-off is late) and dips by a
/// pixel right at Zeni's toe-off. Built from the stick-figure generator (60 fps running, stance 15 frames) by editing
/// the heel and toe landmarks only.
/// </summary>
public sealed class SagittalToeOffTests(ITestOutputHelper output)
{
    private const int Stride = 42, Stance = 15, HeelOffFrames = 6, FirstLeftIc = 10;

    [Theory]
    [InlineData(CameraView.LeftSagittal)]
    [InlineData(CameraView.RightSagittal)]
    public void Toe_offs_of_a_creeping_forefoot_landmark_that_dips_at_zenis_toe_off_match_the_true_ones(CameraView view)
    {
        var clip = SyntheticSequences.Gait(view, 240, Stride, Stance, new SynthOptions { Fps = 60, Seed = 3 }, firstLeftIc: FirstLeftIc);
        var (seq, zeniLag) = PoseLikeForefoot(clip);
        var events = GaitEventDetector.Detect(seq, view);
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            var ics = events.Where(e => e.Side == side && e.Kind == GaitEventKind.InitialContact).Select(e => e.Frame).ToList();
            var tos = events.Where(e => e.Side == side && e.Kind == GaitEventKind.ToeOff).Select(e => e.Frame).ToList();
            var truth = clip.Events.Where(e => e.Side == side && e.Kind == GaitEventKind.ToeOff && e.Frame > 5 && e.Frame < 230).Select(e => e.Frame).ToList();
            string detail = $"{view} {side}: ICs {string.Join(",", ics)}; TOs {string.Join(",", tos)}; true TOs {string.Join(",", truth)}; Zeni lag {string.Join(",", zeniLag[side])}";
            output.WriteLine(detail);
            // The premise: Zeni's toe-off (toe most posterior) is clearly late on this sequence.
            Assert.All(zeniLag[side], lag => Assert.True(lag >= 4, detail));
            Assert.True(truth.Count >= 4, detail);
            Assert.All(truth, t => Assert.True(tos.Any(d => Math.Abs(d - t) <= 2), $"true TO {t} unmatched. {detail}"));
            // Consistent stance times: no stride falls back to Zeni's late frame or to early stance.
            var contact = ics.Select(ic => tos.FirstOrDefault(t => t > ic && t - ic < Stride / 2, -1) - ic).Where(c => c >= 0).ToList();
            Assert.True(contact.Count >= 4, detail);
            Assert.True(contact.Max() - contact.Min() <= 2, $"contact times {string.Join(",", contact)}. {detail}");
        }
    }

    /// <summary>
    /// The clip with each stance's heel and toe edited (per stance, k = frames since the true contact, S = stance):
    /// toe up by 0.4 px per stance frame (creep); from S - 6 the heel rises linearly to 0.06 leg at S and the toe with
    /// it (0.8 of the heel's rise); after S the toe keeps moving back for 5 frames (8 px per frame, then returning),
    /// and the toe's y dips by 1 px at its most posterior frame (Zeni's toe-off). The offsets fade out over the swing.
    /// </summary>
    private static (PoseSequence Seq, Dictionary<Side, List<int>> ZeniLag) PoseLikeForefoot(SynthClip clip)
    {
        var frames = clip.Sequence.Frames.Select(f => (Keypoint[])f.Points.Clone()).ToArray();
        int n = frames.Length;
        double heelRise = 0.06 * clip.LegPx;
        var lag = new Dictionary<Side, List<int>>();
        foreach (var side in new[] { Side.Left, Side.Right })
        {
            int toe = (int)Skeleton.Of(side, Landmark.LeftFootIndex), heel = (int)Skeleton.Of(side, Landmark.LeftHeel);
            // Backward in the image = from toe towards heel.
            double back = Math.Sign(frames[0][heel].X - frames[0][toe].X);
            lag[side] = [];
            foreach (int ic in clip.Events.Where(e => e.Side == side && e.Kind == GaitEventKind.InitialContact).Select(e => e.Frame))
            {
                double Fade(int k) => k <= Stance + 10 ? 1 : Math.Max(0, 1 - (k - Stance - 10) / 10.0);
                for (int k = 0; k < Stride; k++)
                {
                    int f = ic + k;
                    if (f < 0 || f >= n) continue;
                    double lift = k < Stance - HeelOffFrames ? 0 : heelRise * Math.Min(1, (k - (Stance - HeelOffFrames)) / (double)HeelOffFrames);
                    double creep = 0.4 * Math.Min(k, Stance);
                    double push = k <= Stance ? 0 : 8 * (k - Stance <= 5 ? k - Stance : Math.Max(0, 10 - (k - Stance)));
                    var h = frames[f][heel];
                    var t = frames[f][toe];
                    frames[f][heel] = h with { Y = (float)(h.Y - lift * Fade(k)) };
                    frames[f][toe] = t with { X = (float)(t.X + back * push), Y = (float)(t.Y - (creep + 0.8 * lift) * Fade(k)) };
                }
                // Zeni's toe-off: the toe's most posterior frame after the true one; the toe dips there by 1 px.
                int to = ic + Stance, zeni = to;
                for (int f = to; f <= Math.Min(n - 1, to + 10); f++)
                    if (back * frames[f][toe].X > back * frames[zeni][toe].X) zeni = f;
                if (zeni > 0 && zeni < n && to >= 0)
                {
                    frames[zeni][toe] = frames[zeni][toe] with { Y = frames[zeni - 1][toe].Y + 1 };
                    if (to > 5 && to < n - 11) lag[side].Add(zeni - to);
                }
            }
        }
        var seq = new PoseSequence
        {
            Frames = clip.Sequence.Frames.Select((f, i) => new PoseFrame { Index = f.Index, Time = f.Time, Points = frames[i], Status = f.Status, PoseScore = f.PoseScore }).ToList(),
            Video = clip.Sequence.Video, Model = clip.Sequence.Model, Filter = clip.Sequence.Filter, Notes = clip.Sequence.Notes,
        };
        return (seq, lag);
    }
}
