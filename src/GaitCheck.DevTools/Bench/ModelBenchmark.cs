using System.Diagnostics;
using GaitCheck.Core;
using GaitCheck.ModelImport.Install;
using GaitCheck.ModelImport.Tflite;
using GaitCheck.Pose;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace GaitCheck.DevTools.Bench;

/// <summary>
/// `gaitcheck bench models`: median milliseconds per inference of each converted model under ONNX Runtime
/// (2 intra-op threads, sessions as <see cref="OrtSessionFactory"/> makes them) and, in the same run on the
/// same input, the original .tflite under OpenCV DNN with 2 threads (landmark models only: OpenCV cannot load
/// the detector's DENSIFY); each model's GFLOPs counted from the graph (<see cref="FlopCounter"/>) and the
/// achieved GFLOP/s. Both runtimes compute every output of the graph; the ONNX Runtime time of
/// <see cref="LandmarkModel"/> (the three outputs GaitCheck fetches, input conversion included) is printed
/// beside it. The runtimes are timed in interleaved rounds so that they share whatever else the machine is
/// doing; a second table gives process CPU milliseconds per inference with ONE thread each, which other load
/// barely changes.
/// </summary>
public static class ModelBenchmark
{
    public sealed record Row(string Model, double Gflops, double OrtMs, double? OrtUsedMs, double? OpenCvMs, double OrtCpuMs1, double? OpenCvCpuMs1);

    private const int Warmup = 5;

    public static IReadOnlyList<Row> Run(string modelsDir, int runs, TextWriter log)
    {
        var store = new ModelStore(modelsDir);
        var tflite = SourceModels.Ensure(modelsDir, log.WriteLine);
        log.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()}; ONNX Runtime {OrtVersion()}: 2 intra-op threads, ORT_ENABLE_ALL, no spinning; " +
                      $"OpenCV {Cv2.GetVersionString()} DNN (OPENCV backend, CPU): 2 threads; {runs} interleaved timed rounds after {Warmup} warm-ups, median");
        log.WriteLine("model                 GFLOPs   ORT ms  ORT GFLOP/s  ORT 3-out ms  OpenCV ms  OpenCV GFLOP/s  ORT/OpenCV");
        var rows = new List<Row>();
        foreach (var c in ModelCatalog.Entries)
        {
            double gflops = FlopCounter.Flops(TfliteReader.Read(File.ReadAllBytes(tflite[c.Name]))) / 1e9;
            bool detector = c.Name == PoseModelNames.Detector;
            string onnx = detector ? store.DetectorPath : store.LandmarkPath(Enum.GetValues<PoseModelKind>().Single(k => PoseModelNames.Landmark(k) == c.Name));
            int n = c.Name.Contains("heavy", StringComparison.Ordinal) ? Math.Max(5, runs / 3) : runs;
            using var rgb = TestImage(c.InputSize);
            var wall = TimeInterleaved(onnx, tflite[c.Name], rgb, detector, n);
            double ortCpu = CpuMs(n, () => OrtRunner(onnx, c.InputSize, detector, threads: 1));
            double? cvCpu = detector ? null : CpuMs(n, () => OpenCvRunner(tflite[c.Name], rgb, threads: 1));
            var row = new Row(c.Name, gflops, wall.Ort, wall.Used, wall.OpenCv, ortCpu, cvCpu);
            rows.Add(row);
            log.WriteLine($"{c.Name,-20} {Inv.F(gflops, 3),7} {Inv.F(row.OrtMs, 2),8} {Inv.F(gflops / row.OrtMs * 1000, 1),12} {Opt(row.OrtUsedMs, 2),13} {Opt(row.OpenCvMs, 2),10} {Opt(row.OpenCvMs is { } m ? gflops / m * 1000 : null, 1),15} {Opt(row.OpenCvMs is { } o ? row.OrtMs / o : null, 2),11}");
        }
        log.WriteLine();
        log.WriteLine("CPU ms per inference, 1 thread each (process CPU time / runs; insensitive to other load)");
        log.WriteLine("model                 ORT cpu-ms  OpenCV cpu-ms  ORT/OpenCV");
        foreach (var r in rows)
            log.WriteLine($"{r.Model,-20} {Inv.F(r.OrtCpuMs1, 2),11} {Opt(r.OpenCvCpuMs1, 2),14} {Opt(r.OpenCvCpuMs1 is { } v ? r.OrtCpuMs1 / v : null, 2),11}");
        var full = rows.Single(r => r.Model == "pose_landmark_full");
        log.WriteLine($"target: ORT runs pose_landmark_full in <= 0.5 x OpenCV DNN's time: wall (2 threads) {Inv.F(full.OrtMs / full.OpenCvMs!.Value, 2)} x ({Met(full.OrtMs / full.OpenCvMs.Value)}), " +
                      $"CPU (1 thread) {Inv.F(full.OrtCpuMs1 / full.OpenCvCpuMs1!.Value, 2)} x ({Met(full.OrtCpuMs1 / full.OpenCvCpuMs1.Value)}); load average now {LoadAverage()}");
        Cv2.SetNumThreads(2);
        return rows;
    }

    private static (double Ort, double? Used, double? OpenCv) TimeInterleaved(string onnx, string tflite, Mat rgb, bool detector, int runs)
    {
        using var ort = OrtRunner(onnx, rgb.Width, detector, threads: 2);
        using var used = detector ? null : new LandmarkModel(onnx, intraOpThreads: 2);
        using var cv = detector ? null : OpenCvRunner(tflite, rgb, threads: 2);
        var timers = new List<(List<double> Times, Action Once)> { ([], ort.Run) };
        if (used != null) timers.Add(([], () => used.Run(rgb)));
        if (cv != null) timers.Add(([], cv.Run));
        var sw = new Stopwatch();
        for (int round = 0; round < Warmup + runs; round++)
            foreach (var (times, once) in timers)
            {
                sw.Restart();
                once();
                if (round >= Warmup) times.Add(sw.Elapsed.TotalMilliseconds);
            }
        return (Median(timers[0].Times), used != null ? Median(timers[1].Times) : null, cv != null ? Median(timers[2].Times) : null);
    }

    /// <summary>Process CPU milliseconds per run over <paramref name="runs"/> runs after warm-up (runner created and disposed outside the measurement).</summary>
    private static double CpuMs(int runs, Func<IRunner> make)
    {
        using var r = make();
        for (int i = 0; i < Warmup; i++) r.Run();
        using var p = Process.GetCurrentProcess();
        var before = p.TotalProcessorTime;
        for (int i = 0; i < runs; i++) r.Run();
        p.Refresh();
        return (p.TotalProcessorTime - before).TotalMilliseconds / runs;
    }

    private interface IRunner : IDisposable { void Run(); }

    private sealed class OrtAll(InferenceSession session, OrtValue input) : IRunner
    {
        private readonly RunOptions _run = new();
        private readonly string[] _in = [session.InputMetadata.Keys.Single()];
        private readonly string[] _out = [.. session.OutputMetadata.Keys];
        private readonly OrtValue[] _values = [input];
        public void Run() { using var r = session.Run(_run, _in, _values, _out); }
        public void Dispose() { _run.Dispose(); input.Dispose(); session.Dispose(); }
    }

    private static OrtAll OrtRunner(string onnx, int size, bool detector, int threads)
    {
        var session = OrtSessionFactory.Create(onnx, threads);
        var data = new float[size * size * 3];
        for (int i = 0; i < data.Length; i++) data[i] = detector ? (i % 255) / 127.5f - 1 : (i % 255) / 255f;
        return new OrtAll(session, OrtValue.CreateTensorValueFromMemory(data, [1, size, size, 3]));
    }

    private sealed class OpenCvAll(Net net, Mat rgb) : IRunner
    {
        private readonly string[] _names = net.GetUnconnectedOutLayersNames().Select(n => n!).ToArray();
        private readonly Mat[] _outs = net.GetUnconnectedOutLayersNames().Select(_ => new Mat()).ToArray();
        public void Run()
        {
            using var blob = CvDnn.BlobFromImage(rgb, 1.0 / 255.0, new Size(rgb.Width, rgb.Height), Scalar.All(0), swapRB: false, crop: false);
            net.SetInput(blob);
            net.Forward(_outs, _names);
        }
        public void Dispose() { foreach (var o in _outs) o.Dispose(); net.Dispose(); }
    }

    private static OpenCvAll OpenCvRunner(string tflite, Mat rgb, int threads)
    {
        Cv2.SetNumThreads(threads);
        var net = CvDnn.ReadNet(tflite) ?? throw new GaitCheckException(ExitCode.ModelInvalid, "OpenCV DNN cannot read " + tflite);
        net.SetPreferableBackend(Backend.OPENCV);
        net.SetPreferableTarget(Target.CPU);
        return new OpenCvAll(net, rgb);
    }

    private static double Median(List<double> t)
    {
        t.Sort();
        return t.Count % 2 == 1 ? t[t.Count / 2] : (t[t.Count / 2 - 1] + t[t.Count / 2]) / 2;
    }

    private static string Met(double ratio) => ratio <= 0.5 ? "met" : "NOT met";

    private static string Opt(double? v, int d) => v is { } x ? Inv.F(x, d) : "-";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string OrtVersion() => typeof(InferenceSession).Assembly.GetName().Version?.ToString(3) ?? "?";

    /// <summary>A deterministic RGB test image (smooth gradients plus a few shapes), the same for both runtimes.</summary>
    private static Mat TestImage(int size)
    {
        var m = new Mat(size, size, MatType.CV_8UC3);
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                m.Set(y, x, new Vec3b((byte)x, (byte)y, (byte)((x * 3 + y * 5) & 255)));
        Cv2.Circle(m, new Point(size / 2, size / 3), size / 8, Scalar.All(230), -1);
        Cv2.Rectangle(m, new Rect(size / 3, size / 2, size / 3, size / 3), new Scalar(30, 60, 200), -1);
        return m;
    }
}
