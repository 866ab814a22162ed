namespace GaitCheck.Core;

/// <summary>What a path names, as the file system says (symbolic links followed).</summary>
public enum FileKind { Missing, BrokenLink, LinkLoop, Regular, Directory, Fifo, CharDevice, BlockDevice, Socket, NoPermission }

/// <summary>
/// The one gate every input passes before anything opens it (OpenCV, JSON readers, list and config files).
/// Only a readable regular file gets through: a FIFO would block the reader forever, /dev/zero never ends, a
/// directory or socket cannot be read, and a broken link or a link loop is named as such instead of "not found".
/// The type comes from statx(2) (<see cref="FileType"/>) without opening the path, so nothing can block here.
/// </summary>
public static class InputFile
{
    /// <summary>Throws <see cref="ExitCode.InputNotFound"/> (Usage for an empty path) unless <paramref name="path"/> is a readable regular file.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="what">What the file is for, in messages: "video", "keypoint file", "config file", "list file".</param>
    public static void RequireRegular(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path)) throw new GaitCheckException(ExitCode.Usage, $"the {what} path is empty");
        string? problem = FileType.Of(path) switch
        {
            FileKind.Regular => null,
            FileKind.Missing => $"{what} not found: {path}",
            FileKind.BrokenLink => $"{path} is a symbolic link to a missing file",
            FileKind.LinkLoop => $"{path} is a symbolic link loop (it never reaches a file)",
            FileKind.Directory => $"{path} is a folder, not a {what}",
            FileKind.Fifo => $"{path} is a named pipe (FIFO), not a regular file; copy the {what} to a file first",
            FileKind.CharDevice => $"{path} is a character device, not a regular file",
            FileKind.BlockDevice => $"{path} is a block device, not a regular file",
            FileKind.Socket => $"{path} is a socket, not a regular file",
            FileKind.NoPermission => $"cannot read {path}: permission denied",
            _ => $"{path} is not a regular file",
        };
        if (problem != null) throw new GaitCheckException(ExitCode.InputNotFound, problem);
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read {path}: {IoError.Reason(e)}", e);
        }
    }

    /// <summary><see cref="RequireRegular"/>, then opens the file for reading (shared, so a file still being copied can be read).</summary>
    public static FileStream OpenRead(string path, string what)
    {
        RequireRegular(path, what);
        try { return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read {path}: {IoError.Reason(e)}", e);
        }
    }

    /// <summary>The whole text of a small input file (config, list), after <see cref="RequireRegular"/>.</summary>
    public static string ReadAllText(string path, string what)
    {
        using var s = OpenRead(path, what);
        using var r = new StreamReader(s);
        try { return r.ReadToEnd(); }
        catch (IOException e) { throw new GaitCheckException(ExitCode.InputNotFound, $"cannot read {path}: {IoError.Reason(e)}", e); }
    }
}
