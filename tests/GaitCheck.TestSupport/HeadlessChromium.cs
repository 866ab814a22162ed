using System.Diagnostics;
using System.Text.Json;

namespace GaitCheck.TestSupport;

/// <summary>What a page did in headless Chromium: console errors and script/resource errors, and its images.</summary>
public sealed record PageCheck(IReadOnlyList<string> Errors, int Images, IReadOnlyList<string> BrokenImages, string Screenshot);

/// <summary>
/// Opens an HTML file in Debian's headless `chromium` (installed by scripts/setup.sh). A copy of the page gets a probe
/// script as the first element of its head: it records console.error calls, uncaught errors and failed resource loads
/// (an error event in the capture phase), and at load lists every img that is not complete with a natural width;
/// `--dump-dom` prints the DOM after load with the result in an attribute. A second run saves a full-page screenshot.
/// A missing chromium fails the test (never a silent skip).
/// </summary>
public static class HeadlessChromium
{
    private const string Probe = """
        <script>
        window.__errors = [];
        (function () {
          const orig = console.error;
          console.error = function (...a) { window.__errors.push('console.error: ' + a.join(' ')); orig.apply(console, a); };
          window.addEventListener('error', e => {
            const t = e.target;
            window.__errors.push(t && t !== window && (t.src || t.href) ? 'failed to load ' + (t.src || t.href).slice(0, 80) : 'error: ' + e.message);
          }, true);
          window.addEventListener('load', () => {
            const imgs = Array.from(document.images);
            const broken = imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt || i.src.slice(0, 60));
            document.documentElement.setAttribute('data-check', JSON.stringify({ errors: window.__errors, images: imgs.length, broken: broken }));
          });
        })();
        </script>
        """;

    public static string Executable() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("chromium is not installed: run scripts/setup.sh (apt package 'chromium')");

    public static PageCheck Check(string html, string screenshot)
    {
        string exe = Executable();
        string dir = Path.GetDirectoryName(Path.GetFullPath(html))!;
        string probed = Path.Combine(dir, ".probe-" + Path.GetFileName(html));
        string text = File.ReadAllText(html);
        int head = text.IndexOf("<head>", StringComparison.Ordinal);
        File.WriteAllText(probed, head < 0 ? Probe + text : text.Insert(head + "<head>".Length, "\n" + Probe));
        try
        {
            string dom = Run(exe, ["--dump-dom", new Uri(probed).AbsoluteUri]);
            int at = dom.IndexOf("data-check=\"", StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException("the probe did not run (no data-check attribute after load)");
            int end = dom.IndexOf('"', at + 12);
            string json = System.Net.WebUtility.HtmlDecode(dom[(at + 12)..end]);
            using var doc = JsonDocument.Parse(json);
            var r = doc.RootElement;
            Run(exe, ["--window-size=1280,8000", "--screenshot=" + Path.GetFullPath(screenshot), new Uri(Path.GetFullPath(html)).AbsoluteUri]);
            return new PageCheck([.. r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)], r.GetProperty("images").GetInt32(),
                [.. r.GetProperty("broken").EnumerateArray().Select(e => e.GetString()!)], screenshot);
        }
        finally { File.Delete(probed); }
    }

    private static string Run(string exe, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                     "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "gc-chromium-" + Environment.ProcessId), "--virtual-time-budget=10000" })
            psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("chromium did not finish in 120 s"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"chromium exited {p.ExitCode}: {err.Result}");
        return stdout;
    }
}
