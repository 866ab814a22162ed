using System.Diagnostics;
using System.Net.Sockets;
using GaitCheck.TestSupport;

namespace GaitCheck.Core.Tests;

/// <summary>Only a readable regular file passes the input gate; everything else gets a named, immediate refusal (issue 9, defect 3).</summary>
public class InputFileTests
{
    private static string Dir()
    {
        string d = RepoPaths.Actual("input-file");
        foreach (var f in Directory.GetFileSystemEntries(d)) { if (Directory.Exists(f) && new DirectoryInfo(f).LinkTarget is null) Directory.Delete(f, true); else File.Delete(f); }
        return d;
    }

    private static GaitCheckException Refused(string path)
    {
        var e = Assert.Throws<GaitCheckException>(() => InputFile.RequireRegular(path, "video"));
        Assert.Equal(ExitCode.InputNotFound, e.Code);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void A_regular_file_passes_and_a_link_to_it_too()
    {
        string d = Dir();
        string f = Path.Combine(d, "clip.mp4");
        File.WriteAllText(f, "x");
        InputFile.RequireRegular(f, "video");
        File.CreateSymbolicLink(Path.Combine(d, "link.mp4"), f);
        InputFile.RequireRegular(Path.Combine(d, "link.mp4"), "video");
        Assert.Equal(FileKind.Regular, FileType.Of(f));
    }

    [Fact]
    public void Each_kind_of_non_file_is_named()
    {
        string d = Dir();
        string fifo = Path.Combine(d, "pipe.mp4");
        using (var p = Process.Start("mkfifo", [fifo])) p.WaitForExit();
        Assert.Contains("named pipe", Refused(fifo).Message, StringComparison.Ordinal);
        Assert.Contains("character device", Refused("/dev/zero").Message, StringComparison.Ordinal);
        Assert.Contains("folder", Refused(d).Message, StringComparison.Ordinal);
        string loopA = Path.Combine(d, "a.mp4"), loopB = Path.Combine(d, "b.mp4");
        File.CreateSymbolicLink(loopA, loopB);
        File.CreateSymbolicLink(loopB, loopA);
        Assert.Contains("link loop", Refused(loopA).Message, StringComparison.Ordinal);
        string dangling = Path.Combine(d, "dangling.mp4");
        File.CreateSymbolicLink(dangling, Path.Combine(d, "gone.mp4"));
        Assert.Contains("missing file", Refused(dangling).Message, StringComparison.Ordinal);
        Assert.Contains("not found", Refused(Path.Combine(d, "absent.mp4")).Message, StringComparison.Ordinal);
        string sock = Path.Combine(d, "sock.mp4");
        using var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        s.Bind(new UnixDomainSocketEndPoint(sock));
        Assert.Contains("socket", Refused(sock).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_path_is_a_usage_error()
    {
        var e = Assert.Throws<GaitCheckException>(() => InputFile.RequireRegular("", "video"));
        Assert.Equal(ExitCode.Usage, e.Code);
    }

    [Fact]
    public void Same_file_sees_through_hard_and_symbolic_links_and_inside_resolves_links()
    {
        string d = Dir();
        string f = Path.Combine(d, "a.bin"), hard = Path.Combine(d, "hard.bin"), soft = Path.Combine(d, "soft.bin"), other = Path.Combine(d, "other.bin");
        File.WriteAllText(f, "x");
        File.WriteAllText(other, "x");
        using (var p = Process.Start("ln", [f, hard])) p.WaitForExit();
        File.CreateSymbolicLink(soft, f);
        Assert.True(FileType.SameFile(f, hard));
        Assert.True(FileType.SameFile(f, soft));
        Assert.False(FileType.SameFile(f, other));
        Assert.False(FileType.SameFile(f, Path.Combine(d, "absent")));

        string sub = Directory.CreateDirectory(Path.Combine(d, "sub")).FullName;
        string alias = Path.Combine(d, "alias");
        Directory.CreateSymbolicLink(alias, sub);
        Assert.True(FileType.IsInside(Path.Combine(alias, "x.mp4"), sub));
        Assert.True(FileType.IsInside(Path.Combine(sub, "not-yet", "x.mp4"), alias));
        Assert.False(FileType.IsInside(Path.Combine(d, "sub2", "x.mp4"), sub));
        Assert.False(FileType.IsInside(Path.Combine(d, "..sub"), sub));
    }

    [Fact]
    public void Io_reasons_drop_dotnet_wording_and_temporary_paths()
    {
        Assert.Equal("no space left on device", IoError.Reason(new IOException("No space left on device : '/o/.x.json.12.partial'")));
        Assert.Equal("permission denied", IoError.Reason(new UnauthorizedAccessException("Access to the path '/o' is denied.")));
    }
}
