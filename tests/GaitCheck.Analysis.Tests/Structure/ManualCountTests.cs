using GaitCheck.TestSupport;

namespace GaitCheck.Analysis.Tests.Structure;

/// <summary>Sanity checks of the hand-made counts that real-clip tests will compare against.</summary>
public sealed class ManualCountTests
{
    [Fact]
    public void Treadmill_count_is_consistent()
    {
        Assert.Equal(TreadmillManualCount.Contacts.Length, TreadmillManualCount.LeftContacts.Length + TreadmillManualCount.RightContacts.Length);
        Assert.Equal(TreadmillManualCount.Contacts, TreadmillManualCount.LeftContacts.Concat(TreadmillManualCount.RightContacts).Order());
        Assert.All(TreadmillManualCount.Contacts.Zip(TreadmillManualCount.Contacts.Skip(1)), p => Assert.InRange(p.Second - p.First, 9, 12));
        Assert.InRange(TreadmillManualCount.CadenceStepsPerMinute, 169.0, 169.4);
    }

    [Fact]
    public void Treadmill_clip_is_present_for_the_real_clip_test()
    {
        Assert.True(new FileInfo(GaitCheck.TestSupport.RepoPaths.Media(TreadmillManualCount.Media)).Length > 0);
        Assert.True(new FileInfo(GaitCheck.TestSupport.RepoPaths.Media(SquatFrontalManualCount.Media)).Length > 0);
    }
}
