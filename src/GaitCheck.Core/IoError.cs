namespace GaitCheck.Core;

/// <summary>The reason of an I/O failure in plain words, without .NET's wording or the (possibly temporary) path it appends.</summary>
public static class IoError
{
    public static string Reason(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e is UnauthorizedAccessException) return "permission denied";
        string m = e.Message;
        int at = m.IndexOf(" : '", StringComparison.Ordinal);
        if (at > 0) m = m[..at];
        m = m.Trim().TrimEnd('.');
        return m.Length > 1 ? char.ToLowerInvariant(m[0]) + m[1..] : m;
    }

    /// <summary>True for ENOSPC / ERROR_DISK_FULL.</summary>
    public static bool IsDiskFull(Exception e) => e is IOException { HResult: 28 or unchecked((int)0x80070070) };
}
