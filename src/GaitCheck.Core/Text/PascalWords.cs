namespace GaitCheck.Core.Text;

/// <summary>Turns a PascalCase identifier (an enum name) into words for people: "LeftSagittal" → "left sagittal".</summary>
public static class PascalWords
{
    /// <summary>
    /// Splits <paramref name="pascal"/> before each capital that follows a lower-case letter and lower-cases the
    /// split-off words. The first letter is lower-cased too unless <paramref name="keepFirst"/> is set. Acronyms keep
    /// their capitals ("KneeFPPA" → "knee FPPA").
    /// </summary>
    public static string Split(string pascal, char separator = ' ', bool keepFirst = false)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char ch = pascal[i];
            bool wordStart = i == 0 || (char.IsUpper(ch) && char.IsLower(pascal[i - 1]));
            if (i > 0 && wordStart) sb.Append(separator);
            bool acronym = i + 1 < pascal.Length && char.IsUpper(pascal[i + 1]);
            sb.Append(wordStart && !acronym && !(i == 0 && keepFirst) ? char.ToLowerInvariant(ch) : ch);
        }
        return sb.ToString();
    }
}
