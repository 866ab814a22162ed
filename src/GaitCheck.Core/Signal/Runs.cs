namespace GaitCheck.Core.Signal;

/// <summary>Finds the maximal stretches of finite values in a series with NaN gaps.</summary>
internal static class Runs
{
    public static IEnumerable<(int Start, int Length)> NanFree(double[] x)
    {
        int i = 0;
        while (i < x.Length)
        {
            while (i < x.Length && !double.IsFinite(x[i])) i++;
            int start = i;
            while (i < x.Length && double.IsFinite(x[i])) i++;
            if (i > start) yield return (start, i - start);
        }
    }
}
