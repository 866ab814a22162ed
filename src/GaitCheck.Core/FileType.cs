using System.Runtime.InteropServices;

namespace GaitCheck.Core;

/// <summary>
/// The type of a path without opening it: statx(2) on Linux (its struct has the same layout on every Linux
/// architecture, unlike stat's), .NET's own checks elsewhere (which cannot tell a FIFO or device from a file).
/// </summary>
public static partial class FileType
{
    private const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ENOENT = 2, EACCES = 13, ENOTDIR = 20, ENAMETOOLONG = 36, ELOOP = 40;

    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux())
        {
            try { return OfLinux(path); }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
        }
        if (Directory.Exists(path)) return FileKind.Directory;
        if (File.Exists(path)) return FileKind.Regular;
        return new FileInfo(path).LinkTarget != null ? FileKind.BrokenLink : FileKind.Missing;
    }

    private static FileKind OfLinux(string path)
    {
        if (Statx(AtFdCwd, path, 0, StatxType, out var st) == 0) return KindOfMode(st.Mode);
        int errno = Marshal.GetLastPInvokeError();
        switch (errno)
        {
            case ELOOP: return FileKind.LinkLoop;
            case EACCES: return FileKind.NoPermission;
            case ENOENT or ENOTDIR or ENAMETOOLONG:
                // The path itself may exist as a link whose target does not.
                return Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, out var own) == 0 && (own.Mode & 0xF000) == 0xA000
                    ? FileKind.BrokenLink : FileKind.Missing;
            default: return FileKind.Missing;
        }
    }

    private static FileKind KindOfMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Missing,
    };

    /// <summary>
    /// True when both paths name the same file (same device and inode, so hard and symbolic links count);
    /// false when either does not exist. Elsewhere than Linux: the same full path after resolving links.
    /// </summary>
    public static bool SameFile(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                const uint mask = 0x100; // STATX_INO
                return Statx(AtFdCwd, a, 0, mask, out var x) == 0 && Statx(AtFdCwd, b, 0, mask, out var y) == 0
                    && x.Ino == y.Ino && x.DevMajor == y.DevMajor && x.DevMinor == y.DevMinor;
            }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
        }
        return File.Exists(a) && File.Exists(b) && string.Equals(Resolve(a), Resolve(b), StringComparison.Ordinal);
    }

    /// <summary>
    /// The absolute path with every symbolic link resolved (realpath(3)); for a path that does not exist yet, its
    /// nearest existing ancestor resolved plus the rest. Used to decide whether one path lies inside another.
    /// </summary>
    public static string Resolve(string path)
    {
        string full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is not { } parent) return full; // the root
        if (OperatingSystem.IsLinux() && (File.Exists(full) || Directory.Exists(full)))
        {
            try
            {
                nint p = RealPath(full, 0);
                if (p != 0)
                {
                    try { return Marshal.PtrToStringUTF8(p) ?? full; }
                    finally { Free(p); }
                }
            }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
        }
        return Path.Combine(Resolve(parent), Path.GetFileName(full));
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies anywhere below it (links resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        string rel = Path.GetRelativePath(Resolve(folder), Resolve(path));
        return rel == "." || !(rel == ".." || rel.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(rel));
    }

    /// <summary>The parts of struct statx read here (Linux uapi: stx_mode u16 at byte 28, stx_ino at 32, stx_dev_major/minor at 136/140; 256 bytes).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Ino;
        [FieldOffset(136)] public uint DevMajor;
        [FieldOffset(140)] public uint DevMinor;
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPath(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint p);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, out StatxBuffer buffer);
}
