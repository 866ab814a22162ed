using GaitCheck.Analysis;
using GaitCheck.Analysis.Results;
using GaitCheck.Core;
using GaitCheck.DevTools.Validation;

namespace GaitCheck.Pipeline.Tests.Validation;

/// <summary>The validator's matching of a true gait event to a detected one (<see cref="ClipComparer.MatchEvent"/>).</summary>
public class EventMatchingTests
{
    private static EventRow Ev(Side side, GaitEventKind kind, int frame) => new(side, kind, frame, frame, frame / 60.0);

    [Fact]
    public void Nearest_event_of_the_same_side_and_kind_within_half_a_stride_is_matched()
    {
        var detected = new[]
        {
            Ev(Side.Left, GaitEventKind.ToeOff, 45), Ev(Side.Left, GaitEventKind.InitialContact, 93),
            Ev(Side.Right, GaitEventKind.ToeOff, 93), Ev(Side.Left, GaitEventKind.ToeOff, 97),
        };
        Assert.Equal(97, ClipComparer.MatchEvent(detected, Side.Left, GaitEventKind.ToeOff, 94, strideFrames: 42));
        Assert.Equal(45, ClipComparer.MatchEvent(detected, Side.Left, GaitEventKind.ToeOff, 51, strideFrames: 42));
    }

    [Fact]
    public void Event_more_than_half_a_stride_away_counts_as_not_found()
    {
        // The frontal run's left toe-offs: one detection at frame 45, true toe-offs every 42 frames.
        var detected = new[] { Ev(Side.Left, GaitEventKind.ToeOff, 45), Ev(Side.Left, GaitEventKind.InitialContact, 78) };
        Assert.Equal(45, ClipComparer.MatchEvent(detected, Side.Left, GaitEventKind.ToeOff, 51, strideFrames: 42));
        Assert.Null(ClipComparer.MatchEvent(detected, Side.Left, GaitEventKind.ToeOff, 94, strideFrames: 42));
        Assert.Null(ClipComparer.MatchEvent(detected, Side.Left, GaitEventKind.ToeOff, 136, strideFrames: 42));
        // Exactly half a stride still belongs to this stride; one frame more does not.
        Assert.Equal(45, ClipComparer.MatchEvent(detected, Side.Left, GaitEventKind.ToeOff, 66, strideFrames: 42));
        Assert.Null(ClipComparer.MatchEvent(detected, Side.Left, GaitEventKind.ToeOff, 67, strideFrames: 42));
    }

    [Fact]
    public void Not_found_events_show_in_the_found_column_and_fail_the_one_frame_check()
    {
        var miss = new EventCheck("c", "Frontal", "Running", "ToeOff", Side.Left, 94, null, 94);
        Assert.Null(miss.FrameError);
        Assert.False(miss.Within1);
        Assert.True(miss.Within1OnTruth);
    }
}
