using GaitCheck.Core;
using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>A stance side the user gives (a batch manifest's stance column): the reps on that leg are measured, reps on the other leg never are.</summary>
public class ForcedStanceTests
{
    private static ClipStructure Analyse(Side clipStance, Side? given, MovementKind? movement = null) =>
        StructureAnalyzer.Analyze(SyntheticSquat.Build(clipStance, 20), new StructureOptions { ForceView = CameraView.Frontal, ForceMovement = movement, ForceStance = given });

    [Theory]
    [InlineData(Side.Left)]
    [InlineData(Side.Right)]
    public void The_stance_the_clip_stands_on_keeps_every_rep(Side side)
    {
        var detected = Analyse(side, null);
        var given = Analyse(side, side);
        Assert.Equal(MovementKind.SingleLegSquat, given.Movement);
        Assert.Equal(side, given.StanceSide);
        Assert.Equal(detected.Reps.Count, given.Reps.Count);
        Assert.True(given.Reps.Count >= 2, "the clip's reps are found");
        Assert.All(given.Reps, r => Assert.Equal(side, r.StanceSide));
        Assert.Contains(given.Notes, n => n == $"stance: {(side == Side.Left ? "left" : "right")} (given by the user)");
    }

    [Fact]
    public void A_stance_the_clip_does_not_stand_on_measures_no_rep_and_says_why()
    {
        var s = Analyse(Side.Right, Side.Left);
        Assert.Equal(MovementKind.SingleLegSquat, s.Movement);
        Assert.Empty(s.Reps);
        Assert.Equal(Side.Left, s.StanceSide);
        Assert.Contains(s.Notes, n => n.StartsWith("stance: left (given by the user), but every rep stands on the right leg: no rep is measured", StringComparison.Ordinal));
        // Through the whole analysis: no value is reported for the wrong leg.
        var result = ClipAnalyzer.Analyze(SyntheticSquat.Build(Side.Right, 20), new AnalysisOptions { ForceView = CameraView.Frontal, ForceStance = Side.Left });
        Assert.Empty(result.Reps);
        Assert.DoesNotContain(result.Metrics, m => m.Sides.Any(x => x.N > 0));
    }

    [Fact]
    public void A_stance_for_a_clip_that_is_no_single_leg_squat_is_not_used()
    {
        var s = Analyse(Side.Right, Side.Left, MovementKind.DoubleLegSquat);
        Assert.Equal(MovementKind.DoubleLegSquat, s.Movement);
        Assert.Null(s.StanceSide);
        Assert.NotEmpty(s.Reps);
        Assert.Contains(s.Notes, n => n.StartsWith("stance: left (given by the user) is not used: the movement is DoubleLegSquat", StringComparison.Ordinal));
    }
}
