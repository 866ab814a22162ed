using GaitCheck.Core.Text;

namespace GaitCheck.Core.Tests;

public class PascalWordsTests
{
    [Theory]
    [InlineData("LeftSagittal", ' ', false, "left sagittal")]
    [InlineData("SingleLegSquat", '-', false, "single-leg-squat")]
    [InlineData("SingleLegSquat", ' ', true, "Single leg squat")]
    [InlineData("Running", ' ', false, "running")]
    [InlineData("FPPA", ' ', false, "FPPA")]
    [InlineData("KneeFPPA", ' ', false, "knee FPPA")]
    [InlineData("", ' ', false, "")]
    public void SplitsBeforeCapitalsThatFollowLowerCase(string pascal, char sep, bool keepFirst, string expected) =>
        Assert.Equal(expected, PascalWords.Split(pascal, sep, keepFirst));
}
